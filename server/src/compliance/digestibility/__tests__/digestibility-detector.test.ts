import twitter from 'twitter-text';
import fc from 'fast-check';
import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import type { CheckOptions, DetectorContext, Platform, TextKind } from '../../types';
import { detectDigestibility } from '../digestibility-detector';
import { findHashtags, findLinks } from '../hashtags-and-links';
import { countSyllables, fleschKincaid } from '../readability';
import { measureX, xWeightedLength } from '../x-weighted-length';

const options: CheckOptions = {
  ...DEFAULT_CHECK_OPTIONS,
  platformLimits: { x: 280, instagram: 2200, linkedin: 3000, facebook: 63206 },
  recommendedLengths: { x: 240, instagram: 1000, linkedin: 1300, facebook: 500 },
  readabilityGrade: 8,
  maxHashtags: 3,
  maxLinks: 1,
};
const ctx = (text: string, platform?: Platform, kind: TextKind = 'post'): DetectorContext => ({
  text,
  kind,
  platform,
  directory: { staff: [], departments: [] },
  options,
});
const types = (text: string, platform?: Platform, kind: TextKind = 'post'): string[] =>
  detectDigestibility(ctx(text, platform, kind)).map((f) => `${f.type}:${f.severity}`);

describe('X weighted length', () => {
  it('counts a URL as 23 whatever its length', () => {
    const url = 'https://riverside.example.org/' + 'a'.repeat(120);
    expect(xWeightedLength(`Read more ${url}`)).toBe(10 + 23);
    expect(twitter.parseTweet(`Read more ${url}`).weightedLength).toBe(33);
  });

  it('counts emoji sequences and CJK as 2', () => {
    for (const t of ['👩🏽‍⚕️', '🇨🇦', '❤️', '1️⃣', '健康', 'Flu shots 💉💉 today', '© Riverside ®']) {
      expect(xWeightedLength(t)).toBe(twitter.parseTweet(t).weightedLength);
    }
  });

  it('matches twitter-text near the limits on mixed random text', () => {
    const pieces = ['a', 'Z', ' ', '.', 'é', 'e\u0301', '日', '😀', '👍🏾', '👨‍👩‍👧', '🇫🇷', ' https://t.co/x ', ' cdc.gov ', '#flu', '—', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const exact = twitter.parseTweet(text).weightedLength;
        const near = measureX(text, [280, 240]).length;
        if (Math.abs(exact - 280) <= 6 || Math.abs(exact - 240) <= 6) expect(near).toBe(exact);
        expect(Math.abs(near - exact)).toBeLessThanOrEqual(6);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('platform length', () => {
  it('blocks an X post over 280 weighted characters even when it is short in characters', () => {
    const text = '🩺'.repeat(141); // 141 emoji × 2 = 282
    expect(text.length).toBeLessThan(290);
    expect(types(text, 'x')).toContain('length:block');
  });

  it('lets a long URL through on X because it counts 23', () => {
    const text = 'New clinic hours: https://riverside.example.org/' + 'x'.repeat(300);
    expect(types(text, 'x')).not.toContain('length:block');
  });

  it('warns between the recommended and hard limits', () => {
    expect(types('a'.repeat(250), 'x')).toEqual(['length:warn']);
    expect(types('a'.repeat(1200), 'instagram')).toEqual(['length:warn']);
    expect(types('a'.repeat(2300), 'instagram')).toEqual(['length:block']);
  });

  it('counts code points, not UTF-16 units, off X', () => {
    expect(types('😀'.repeat(1000), 'instagram')).toEqual([]);
    expect(types('😀'.repeat(1001), 'instagram')).toEqual(['length:warn']);
  });

  it('highlights the part past the limit with exact offsets', () => {
    const text = 'b'.repeat(300);
    const [f] = detectDigestibility(ctx(text, 'x'));
    expect(f.start).toBe(280);
    expect(f.text).toBe(text.slice(f.start, f.end));
  });

  it('checks no length without a platform, and none for alt text', () => {
    expect(types('a'.repeat(5000))).toEqual([]);
    expect(types('a'.repeat(5000), 'x', 'alt-text')).toEqual([]);
  });
});

describe('readability', () => {
  it('counts syllables plausibly', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('water')).toBe(2);
    expect(countSyllables('hospital')).toBe(3);
    expect(countSyllables('make')).toBe(1);
    expect(countSyllables('medication')).toBe(4);
  });

  it('warns on dense clinical prose of 30+ words', () => {
    const dense =
      'Individuals experiencing persistent cardiovascular symptomatology should consider comprehensive diagnostic evaluation, including electrocardiographic monitoring and echocardiographic assessment, particularly when accompanied by exertional dyspnea, palpitations or unexplained fatigue affecting functional capacity in otherwise healthy adults.';
    expect(fleschKincaid(dense).grade).toBeGreaterThan(12);
    expect(types(dense, 'facebook')).toContain('readability:warn');
  });

  it('leaves plain writing and short posts alone', () => {
    const plain =
      'Flu shots are free this week. Come to any front desk. It takes five minutes. Bring your card if you have one. Kids can get one too. We are open until six each day.';
    expect(types(plain, 'facebook')).not.toContain('readability:warn');
    expect(types('Electroencephalography appointments available.', 'facebook')).toEqual([]);
  });
});

describe('hashtags and links', () => {
  it('warns above the hashtag limit, highlighting the extras', () => {
    const text = 'Get moving! #health #fitness #walk #heart #summer';
    const f = detectDigestibility(ctx(text)).find((x) => x.type === 'hashtags');
    expect(f?.severity).toBe('warn');
    expect(f?.text).toBe('#heart #summer');
  });

  it('does not count anchors or numbers as hashtags', () => {
    expect(findHashtags('Room #4, call #1 and visit #MentalHealthMonth').length).toBe(1);
  });

  it('warns above the link limit and ignores e-mail addresses', () => {
    expect(findLinks('Mail us at help@riverside.org')).toEqual([]);
    expect(types('See https://a.example.org and www.cdc.gov today')).toContain('links:warn');
    expect(types('See https://a.example.org today')).toEqual([]);
  });

  it('applies length-free checks to alt text', () => {
    expect(types('#a #b #c #d photo', undefined, 'alt-text')).toContain('hashtags:warn');
  });
});
