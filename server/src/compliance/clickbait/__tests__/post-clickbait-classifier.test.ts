import { detectClickbait } from '../clickbait-detector';
import { postClickbaitScorer } from '../post-clickbait-classifier';
import { extractPostFeatures, POST_FEATURE_DIM } from '../post-clickbait-features';
import { ctxFor } from './test-context';

const TEASERS = [
  'Moms, you NEED to see this 😳',
  "The one thing our cardiologists wish you'd stop doing…",
  "We can't believe what we found in this year's flu season data 😮",
];

const MUST_PASS = [
  // Listicles that deliver.
  '7 foods high in fiber: lentils, black beans, raspberries, pears, oats, chia seeds and broccoli. Aim for 25–30 g a day. 🥦',
  // Urgent but factual public-health warnings.
  'URGENT: Boil-water advisory for Shelbyville until further notice. Boil tap water for one minute before drinking or making baby formula.',
  'Measles is highly contagious: one case can infect 9 of 10 unvaccinated close contacts. Check your family\'s MMR status with your doctor.',
  // Acronyms.
  'Stroke signs? Think BE FAST: Balance loss, Eyes blurry, Face drooping, Arm weakness, Speech trouble, Time to call 911.',
  'Feeling SAD as the days get shorter? Seasonal Affective Disorder is common and treatable. Behavioral Health: (555) 201-4460.',
  // Enthusiastic event post.
  'Community Health Fair this Saturday!! 🎈 Free blood pressure checks, flu shots and kids\' bike helmets. 10am–2pm at Riverside Park.',
];

describe('post clickbait model', () => {
  it('loads the committed weights with a cross-validated threshold', () => {
    const s = postClickbaitScorer();
    expect(s.threshold).toBeGreaterThan(0.1);
    expect(s.threshold).toBeLessThan(0.95);
  });

  it('scores known healthcare teasers above its threshold', () => {
    const s = postClickbaitScorer();
    for (const text of TEASERS) expect({ text, p: s.score(text) >= s.threshold }).toEqual({ text, p: true });
  });

  it('lets delivered listicles, factual warnings, acronyms and event posts through the whole detector', () => {
    for (const text of MUST_PASS) expect({ text, findings: detectClickbait(ctxFor(text)) }).toEqual({ text, findings: [] });
  });

  it('keeps every feature inside its table', () => {
    const { indices } = extractPostFeatures('Comment YES if you want our guide… 👀 STOP DOING THIS NOW');
    expect(indices.every((i) => Number.isInteger(i) && i >= 0 && i < POST_FEATURE_DIM)).toBe(true);
  });
});

describe('post teaser findings', () => {
  it('blocks a teaser the rules miss and points at the sentence that hooks', () => {
    const text = 'Big news from our Pediatrics team today. Moms, you NEED to see this 😳';
    const [f, ...rest] = detectClickbait(ctxFor(text));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'clickbait', severity: 'block', rule: 'clickbait.post-teaser-model' });
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.text).toContain('Moms, you NEED to see this');
    expect(f.message).toMatch(/clickbait/);
    expect(f.suggestion).toBeTruthy();
  });

  it('adds nothing when a rule already made the finding', () => {
    const findings = detectClickbait(ctxFor('Comment YES if you want our free sleep guide for toddlers! 👇'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.rule === 'clickbait.post-teaser-model')).toBe(false);
  });

  it('judges posts only', () => {
    expect(detectClickbait(ctxFor('Moms, you NEED to see this 😳', 'reply'))).toEqual([]);
  });
});
