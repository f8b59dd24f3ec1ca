import fc from 'fast-check';
import { TEASER_RULES } from '../../clickbait/health-teaser-rules';
import { asciiWords, hasAnyOf, hasRunStartingWith, registeredWordListCount } from '../ascii-words';
import { execAll } from '../exec-all';

describe('asciiWords', () => {
  it('lists lower-case ASCII letter-and-digit runs, and the letters of a run that goes on with digits', () => {
    expect([...asciiWords('Room12B: don’t ÉtRick x-ray, ROOM 5pm')].sort()).toEqual(['5pm', 'don', 'ray', 'room', 'room12b', 't', 'trick', 'x'].sort());
  });
});

describe('asciiWords cache', () => {
  it('answers for the text asked, however texts alternate', () => {
    const texts = ['room 4', 'see you soon', 'room 4', 'flu shots', 'see you soon', 'room 4'];
    for (const text of texts) expect([...asciiWords(text)].sort()).toEqual(text.split(' ').sort());
  });
});

describe('hasAnyOf', () => {
  const texts = [
    'Room12B: don’t ÉtRick x-ray, ROOM 5pm', 'rm4b and RM 7', 'Take 400MG of Tylenol_x now', 'straße ROUTE66 hwy-1', '', '😀 ice—rest ICE',
    'abc123def 123abc a1 A', 'go goes going; GO!', 'patients’ patient-care',
  ];
  const lists = [
    ['room', 'rm'], ['room12b'], ['trick'], ['5pm', 'x'], ['don'], ['t'], ['ray', 'xray'], ['400mg', 'mg'], ['tylenol'], ['tylenol_x'],
    ['route', 'route66', 'hwy'], ['straße', 'stra'], ['abc', 'def'], ['abc123def'], ['123abc', '123'], ['a1', 'a'], ['go', 'goes'], ['going'],
    ['Room'], ['ice', 'rest'], ['patient', 'care'], ['patients'], [], ['r'], ['ro', 'roo'],
  ];

  it('registers a list written afresh at each call once, by its words', () => {
    const words = asciiWords('the only pediatric dentist in town');
    expect(hasAnyOf(words, ['only', 'solely'])).toBe(true);
    const registered = registeredWordListCount();
    for (let i = 0; i < 50; i++) {
      expect(hasAnyOf(words, ['only', 'solely'])).toBe(true);
      expect(hasRunStartingWith(words, ['pedi', 'paedi'])).toBe(true);
      expect(hasAnyOf(asciiWords(`call ${i} now`), ['only', 'solely'])).toBe(false);
    }
    expect(registeredWordListCount()).toBe(registered + 1);
  });

  it('answers from its word trie exactly what a lookup in the word set answers', () => {
    for (const text of texts) {
      const words = asciiWords(text);
      const set = new Set(words);
      for (const list of lists) expect({ text, list, has: hasAnyOf(words, list) }).toEqual({ text, list, has: list.some((w) => set.has(w)) });
    }
  });

  it('agrees with the word set for any text, however long the runs that leave the trie', () => {
    const pieces = fc.constantFrom('room', 'ro', 'rooms', 'rm', '4', '12b', 'x', 'ray', 'xray', 'don', 't', "'", ' ', '-', 'É', 'R', 'OOM', 'abc', '123', '_');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const words = asciiWords(text);
        const set = new Set(words);
        for (const list of lists) expect(hasAnyOf(words, list)).toBe(list.some((w) => set.has(w)));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes any other set as it is', () => {
    expect(hasAnyOf(new Set(['Room']), ['Room'])).toBe(true);
    expect(hasAnyOf(new Set(['room']), ['rm'])).toBe(false);
  });
});

describe('hasRunStartingWith', () => {
  const prefixes = [['mrn', 'id'], ['room'], ['ro', 'x'], ['12'], ['driver'], ['licenc', 'licens'], ['abc1'], ['t'], []];

  it('agrees with the runs for any text, whether or not hasAnyOf asked the trie first', () => {
    const pieces = fc.constantFrom('mrn', 'MRN', 'AB', 'id', 'ideas', 'room', 'ro', 'rm', '4', '12b', 'x', "'", ' ', '-', '#', 'É', 'abc', '123', '_', 'driver', "'s", 'license');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const words = asciiWords(text);
        const runs = [...new Set(words)];
        for (const list of prefixes) expect(hasRunStartingWith(words, list)).toBe(runs.some((w) => list.some((p) => w.startsWith(p))));
        expect(hasAnyOf(words, ['room', 'rm'])).toBe(runs.includes('room') || runs.includes('rm'));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a key word that runs straight into a code', () => {
    expect(hasRunStartingWith(asciiWords('see MRNab1234 today'), ['mrn'])).toBe(true);
    expect(hasRunStartingWith(asciiWords('see amrn1234 today'), ['mrn'])).toBe(false);
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
