import modelFile from '../reply-risk-model.json';
import { createReplyRiskScorer, replyRiskScorer } from '../reply-risk-classifier';
import { FEATURE_BITS, replyRiskFeatures } from '../reply-risk-features';
import type { ReplyRiskModelFile } from '../reply-risk-model-format';
import { sentenceSpans } from '../../text/sentences';

// Phrasings written for these tests, not taken from the training data.
const CONFIRMS = [
  ['Loved the dental team', 'Thank you so much! The hygienists were thrilled you stopped by, and your next cleaning is booked for March.'],
  ['So grateful to the surgery team', "As your surgeon, I'm delighted the repair is holding up so well."],
];
const ADVISES = [
  ['Can I stop my blood pressure pills?', 'You might want to stop them for a few days and see how you feel.'],
  ["My son's fever won't break", 'Alternate Motrin and Tylenol every three hours and he should be fine by morning, no need to bring him in.'],
];
const ROUTES = [
  ["My son's fever won't break", 'Please call our 24/7 nurse line at (555) 201-4100 so a nurse can help. If he is hard to wake or struggling to breathe, call 911.'],
  ['Feeling hopeless lately', "We're so sorry you're struggling. Please call or text 988 any time, day or night. Our Behavioral Health team is here too: (555) 201-4460."],
  ['Is this rash something to worry about?', "A rash can have many causes, so it's worth having it looked at. Dermatology can see you: (555) 201-4430."],
  ['What are your weekend hours?', 'Urgent Care is open 8am to 8pm on Saturdays and Sundays.'],
];

describe('reply-risk classifier', () => {
  const scorer = replyRiskScorer();

  it('loads the committed model with a threshold per category chosen by cross-validation within the false-block budget', () => {
    for (const label of ['patient-confirmation', 'medical-advice'] as const) {
      const m = (modelFile as ReplyRiskModelFile).labels[label];
      expect(scorer.thresholds[label]).toBeGreaterThan(0.1);
      expect(scorer.thresholds[label]).toBeLessThan(0.95);
      expect(Object.keys(m.weights).length).toBeGreaterThan(100);
      expect(m.cv.newlyBlocked).toBeLessThanOrEqual(0.055);
      expect(m.cv.precision).toBeGreaterThan(0.8);
    }
  });

  it.each(CONFIRMS)('scores a confirming reply above the threshold: %s', (context, text) => {
    expect(scorer.score(text, context)['patient-confirmation']).toBeGreaterThanOrEqual(scorer.thresholds['patient-confirmation']);
  });

  it.each(ADVISES)('scores individual advice above the threshold: %s', (context, text) => {
    expect(scorer.score(text, context)['medical-advice']).toBeGreaterThanOrEqual(scorer.thresholds['medical-advice']);
  });

  it.each(ROUTES)('lets routing and general replies pass on both categories: %s', (context, text) => {
    const s = scorer.score(text, context);
    expect(s['patient-confirmation']).toBeLessThan(scorer.thresholds['patient-confirmation']);
    expect(s['medical-advice']).toBeLessThan(scorer.thresholds['medical-advice']);
  });

  it('scores empty and odd input as finite probabilities', () => {
    for (const text of ['', '   ', '😀'.repeat(50), '?!'.repeat(300), 'a '.repeat(2000)]) {
      const s = scorer.score(text, text);
      expect(Number.isFinite(s['patient-confirmation'])).toBe(true);
      expect(Number.isFinite(s['medical-advice'])).toBe(true);
    }
  });

  it('gives two drugs the same class features ("take <drug>") beside their own words', () => {
    const a = replyRiskFeatures('take naproxen');
    const b = new Set(replyRiskFeatures('take ibuprofen'));
    const shared = a.filter((f) => b.has(f));
    // take, ^ take, <drug>, take <drug> are shared; each drug keeps its word, its bigram and its end bigram.
    expect(shared).toHaveLength(4);
    expect(a).toHaveLength(7);
  });

  it('lists each feature once, whatever the repetition', () => {
    const features = replyRiskFeatures('take it take it take it');
    expect(new Set(features).size).toBe(features.length);
  });

  it('a model without weights scores every reply at its bias', () => {
    const empty = createReplyRiskScorer({
      version: 1,
      featureBits: FEATURE_BITS,
      trainedOn: 'test',
      labels: {
        'patient-confirmation': { bias: 0, threshold: 0.5, weights: {}, cv: { precision: 0, recall: 0, falsePositiveRate: 0 } },
        'medical-advice': { bias: 0, threshold: 0.5, weights: {}, cv: { precision: 0, recall: 0, falsePositiveRate: 0 } },
      },
    });
    expect(empty.score('Great to see you back!')['patient-confirmation']).toBeCloseTo(0.5, 10);
  });
});

describe('reply-risk features', () => {
  it('reads curly apostrophes and capitals as the straight, lower-case word', () => {
    expect(replyRiskFeatures('Don’t TAKE it')).toEqual(replyRiskFeatures("don't take it"));
  });

  it('keeps hyphenated and apostrophe words whole, and splits on a dangling joiner', () => {
    expect(replyRiskFeatures('x-ray')).not.toEqual(replyRiskFeatures('x ray'));
    expect(replyRiskFeatures('x- ray')).toEqual(replyRiskFeatures('x ray'));
  });
});

describe('reply-risk scoreSpans', () => {
  it('scores each sentence exactly as scoring its text alone', () => {
    const scorer = replyRiskScorer();
    const text = "Hi Dana! Your MRI results came back Tuesday; take 400 mg Advil twice a day.\nCall (555) 201-4000 if it's worse — don’t wait.";
    const context = 'My knee still hurts after the scan, what should I take?';
    const spans = sentenceSpans(text);
    expect(spans.length).toBe(5);
    expect(scorer.scoreSpans(text, spans, context)).toEqual(spans.map((s) => scorer.score(text.slice(s.start, s.end), context)));
    expect(scorer.scoreSpans(text, spans.slice(1, 3))).toEqual(spans.slice(1, 3).map((s) => scorer.score(text.slice(s.start, s.end))));
  });
});
