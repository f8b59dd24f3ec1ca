import { TEASER_RULES } from '../../clickbait/health-teaser-rules';
import { asciiWords, hasAnyOf } from '../ascii-words';
import { execAll } from '../exec-all';

describe('asciiWords', () => {
  it('lists lower-case ASCII letter-and-digit runs, and the letters of a run that goes on with digits', () => {
    expect([...asciiWords('Room12B: don’t ÉtRick x-ray, ROOM 5pm')].sort()).toEqual(['5pm', 'don', 'ray', 'room', 'room12b', 't', 'trick', 'x'].sort());
  });
});

describe('teaser rule gates', () => {
  // Texts each rule matches, including words glued to punctuation, hyphens, capitals and non-ASCII letters.
  const matching = [
    "Doctors DON'T want you to know this", 'The secret doctors use', 'this one weird trick-or-treat hack',
    'You won’t believe it', 'It will blow your mind', 'what happened next', "here's what happens",
    'It may SURPRISE you', 'everyone is talking about it', 'Number 7 will shock', 'no. 3 is going to', 'nobody saw it coming',
    'weren’t what we expected', 'We’ll reveal it tomorrow', 'results in the comments', 'Part 2 drops Friday', 'stay tuned!',
    'the answer comes tomorrow', 'Find out which one', 'guess what?!', 'can you guess', 'Tap the link', 'link in bio to see',
    'Like if you agree', 'tag a friend', 'comment "yes"', 'type amen', 'guess it in the comments', 'drop a ❤️ if', 'share with everyone',
    'Are you making this mistake?', 'really?!', 'lose 10 lbs overnight', 'miracle cure', 'burns belly fat fast', 'éone weird tip',
  ];

  it('never skip a rule on a text it matches', () => {
    let matched = 0;
    for (const text of matching) {
      const words = asciiWords(text);
      for (const rule of TEASER_RULES) {
        if (!rule.pattern.test(text)) continue;
        matched++;
        expect({ text, rule: rule.id, gate: hasAnyOf(words, rule.anyOf) || !!rule.orIncludes?.some((s) => text.includes(s)) }).toEqual({ text, rule: rule.id, gate: true });
      }
    }
    expect(matched).toBeGreaterThanOrEqual(matching.length);
  });
});

describe('execAll', () => {
  it('returns what matchAll returns, empty matches and astral characters included', () => {
    const text = 'a😀b 12 c';
    for (const re of [/\d+/g, /x*/g, /x*/gu, /(?:)/gu, /\b\w/g]) {
      expect(execAll(re, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
    }
  });
});
