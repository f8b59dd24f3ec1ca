import modelFile from '../phi-risk-model.json';
import { createPhiRiskScorer, phiRiskScorer } from '../phi-risk-classifier';
import { phiRiskFeatures } from '../phi-risk-features';
import type { PhiRiskModelFile } from '../phi-risk-model-format';

// Phrasings written for these tests, not taken from the training data.
const TIES: Array<[string, string, string]> = [
  ['reply', 'Sending love while your dad recovers from his bypass 💙', 'Dad had bypass surgery Monday'],
  ['reply', 'So sorry the vertigo came back, hang in there.', 'vertigo is back ugh'],
  // "Glad the new inhaler is making mornings easier for your son!" scores 0.43 with the session-17 model (the gate still
  // blocks it, as confirmation).
  ['reply', 'Glad your son is breathing easier on the new inhaler!', "Son's breathing is way better"],
];
const CLEAN: Array<[string, string, string]> = [
  ['reply', "Thanks for the kind words! We'll pass them along to the team.", 'Dad had bypass surgery Monday'],
  ['reply', 'Please call our 24/7 nurse line at (555) 201-4100 so a nurse can help.', 'Chest pain since this morning'],
  ['reply', 'If you notice swelling or redness around a wound, call your provider.', 'Any tips for healing a scrape?'],
  ['post', 'Heart disease is the leading cause of death for women. Know the signs.', ''],
  ['post', 'Join our free diabetes class Thursday at 6pm in Conference Room 2.', ''],
];

describe('phi-risk classifier', () => {
  const scorer = phiRiskScorer();

  it('loads the committed model with a threshold chosen by cross-validation', () => {
    const m = (modelFile as PhiRiskModelFile).labels.phi;
    expect(scorer.threshold).toBe(m.threshold);
    expect(scorer.threshold).toBeGreaterThanOrEqual(0.2);
    expect(scorer.threshold).toBeLessThanOrEqual(0.9);
    expect(Object.keys(m.weights).length).toBeGreaterThan(100);
    expect(m.cv.precision).toBeGreaterThan(0.8);
  });

  it.each(TIES)('scores a %s tying a health detail to a person at or above the threshold: %s', (kind, text, context) => {
    expect(scorer.score(text, kind as 'post' | 'reply', context)).toBeGreaterThanOrEqual(scorer.threshold);
  });

  it.each(CLEAN)('scores a clean %s below the threshold: %s', (kind, text, context) => {
    expect(scorer.score(text, kind as 'post' | 'reply', context)).toBeLessThan(scorer.threshold);
  });

  it('scores 0 for a sentence with no health or care word, without collecting features', () => {
    expect(phiRiskFeatures("What's the name on the account?", 'post')).toBeUndefined();
    expect(phiRiskFeatures('Thank you, Carol, for the lovely note!', 'reply', 'You are all wonderful')).toBeUndefined();
    expect(scorer.score("What's the name on the account?", 'post')).toBe(0);
  });

  it('counts a restated health word only in a reply to a comment that named it', () => {
    const restated = phiRiskFeatures('Hope the migraines ease up soon!', 'reply', 'My migraine is back');
    const unrelated = phiRiskFeatures('Hope the migraines ease up soon!', 'reply', 'Rough week at work for me');
    expect(restated).toBeDefined();
    expect(unrelated).toBeDefined();
    expect(restated!.filter((f) => !unrelated!.includes(f)).length).toBeGreaterThan(0);
  });

  it('reads no names in a Title Case headline', () => {
    const headline = phiRiskFeatures('Local Mom Shares Her Surprising Recovery Story', 'post');
    const sentence = phiRiskFeatures('Our friend Dana shares her surprising recovery story', 'post');
    expect(headline).toBeDefined();
    expect(sentence).toBeDefined();
    expect(scorer.score('Local Mom Shares Her Surprising Recovery Story', 'post')).toBeLessThan(
      scorer.score('Our friend Dana shares her surprising recovery story', 'post'),
    );
  });

  it('scores empty and odd input as finite probabilities', () => {
    for (const text of ['', '   ', '😀'.repeat(50), '?!'.repeat(300), 'pain '.repeat(2000)]) {
      const s = scorer.score(text, 'reply', text);
      expect(Number.isFinite(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('refuses a model trained on another feature space', () => {
    const other = { ...(modelFile as PhiRiskModelFile), featureBits: 12 };
    expect(() => createPhiRiskScorer(other)).toThrow(/npm run train:phi-risk/);
  });
});
