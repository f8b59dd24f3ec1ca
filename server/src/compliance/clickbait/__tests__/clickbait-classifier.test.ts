import { clickbaitScorer } from '../clickbait-classifier';
import { extractFeatures } from '../clickbait-features';

describe('clickbait classifier', () => {
  it('ignores casing, so news-desk title case carries no signal', () => {
    const s = clickbaitScorer();
    const a = s.score('City Council Approves Budget For New Bridge');
    const b = s.score('city council approves budget for new bridge');
    expect(a).toBeCloseTo(b, 10);
  });

  it('scores obvious bait above the threshold and plain news below it', () => {
    const s = clickbaitScorer();
    expect(s.score('21 things every nurse secretly wishes you knew')).toBeGreaterThan(s.threshold);
    expect(s.score('State legislature delays vote on hospital funding bill')).toBeLessThan(s.threshold);
  });

  it('produces the same features for the same text (deterministic hashing)', () => {
    expect(extractFeatures('Why you should drink water').indices).toEqual(extractFeatures('Why you should drink water').indices);
  });
});

describe('clickbait features on odd input', () => {
  it('scores punctuation-only and very long text without overflowing its buffers', () => {
    const s = clickbaitScorer();
    for (const text of ['?!'.repeat(400), '', '😀'.repeat(300), 'a '.repeat(2000)]) {
      const p = s.score(text);
      expect(Number.isFinite(p)).toBe(true);
    }
    expect(extractFeatures('?!'.repeat(400)).indices.every((i) => Number.isInteger(i))).toBe(true);
  });
});
