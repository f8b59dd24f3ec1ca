import fc from 'fast-check';
import { ADVICE_RULES } from '../../advice/advice-rules';
import { TEASER_RULES } from '../../clickbait/health-teaser-rules';
import { WITHHELD_PAYOFF_RULES } from '../../clickbait/withheld-payoff-rules';
import { CONFIRMATION_RULES } from '../../confirmation/confirmation-rules';
import { regExpShape } from '../regexp-words';
import { sentenceSpans } from '../sentences';
import { mayMatch, WordGatedRegExp, type GatedMatches } from '../word-gated-regexp';

const wordsOf = (re: RegExp) => regExpShape(re).alternatives.map((a) => (a.wordsOfEachPart[0] ? [...a.wordsOfEachPart[0]].sort() : undefined));

describe('regExpShape', () => {
  it('finds the word each alternative needs', () => {
    expect(wordsOf(/\b(?:doctor|surgeon)\s+is\b|\bnurses?\s+said/i)).toEqual([['doctor', 'surgeon'], ['nurse', 'nurses']]);
    // A word after a separator or \b, ended by one: "you're" is the runs "you" and "re"; "rescheduled" is not "scheduled".
    expect(wordsOf(/\byou['’]re\s+next\s+in\s+line\b/i)).toEqual([['next']]);
    expect(wordsOf(/\b(?:re)?(?:scheduled|booked)\b/)).toEqual([['booked', 'rebooked', 'rescheduled', 'scheduled']]);
    // Each alternative of a group may hold its own word.
    expect(wordsOf(/\b(?:it['’]s\s+ready|your\s+refill\s+is\s+in)\b/i)).toEqual([['ready', 'refill']]);
    // A letter that is no ASCII letter ends the run, like a space: "café" holds the run "caf".
    expect(wordsOf(/\bcafé\b/)).toEqual([['caf']]);
  });

  it('gives every part’s words, the best gate first', () => {
    const [alternative] = regExpShape(/\b(?:todav[ií]a|a[uú]n)\s+no\s+(?:podemos|se\s+puede)\s+decirlo\b/iu).alternatives;
    expect(alternative?.wordsOfEachPart[0]).toEqual(['decirlo']);
    expect(alternative?.wordsOfEachPart.map((w) => [...w].sort())).toEqual([['decirlo'], ['no'], ['podemos', 'puede']]);
  });

  it('prefers rarer words to everyday ones', () => {
    expect(wordsOf(/\bwe\s+will\s+miss\s+you\b/i)).toEqual([['miss']]);
  });

  it('says "unknown" where a word may run on into other letters or repeat without end', () => {
    expect(wordsOf(/\w+ing\b/)).toEqual([undefined]);
    expect(wordsOf(/ready/)).toEqual([undefined]);
    expect(wordsOf(/\b(?:ab)+\b/)).toEqual([undefined]);
    expect(wordsOf(/\bcall[\w-]*/)).toEqual([undefined]);
  });

  it('reads character classes, ranges and escapes as the characters they stand for', () => {
    expect(wordsOf(/\b[Cc]ast\b/)).toEqual([['cast']]);
    expect(wordsOf(/\bcas[\u0074-\u0075]\b/)).toEqual([['cast', 'casu']]);
    // A class that also takes a character that is no letter or digit is no part of a word.
    expect(wordsOf(/\bcas[t\-]\s/)).toEqual([undefined]);
    expect(wordsOf(/\bcas[a-\u00ff]\s/)).toEqual([undefined]);
    expect(wordsOf(/\bx[^a]y\b/)).toEqual([undefined]);
  });

  it('says when the words hold only for a text without "ſ" and the Kelvin sign, which u and i read as "s" and "k"', () => {
    expect(wordsOf(/\bsick\b/iu)).toEqual([['sick']]);
    expect(regExpShape(/\bsick\b/iu).foldsBeyondAscii).toBe(true);
    expect(regExpShape(/\bsick\b/i).foldsBeyondAscii).toBe(false);
    expect(regExpShape(/\bsick\b/u).foldsBeyondAscii).toBe(false);
  });

  it('leaves out what it cannot read safely', () => {
    expect(regExpShape(/\b(a)\s\1\b/).capturing).toBe(true);
    expect(regExpShape(/\b(?<who>he|she)\b|\bnurse\b/).capturing).toBe(true);
  });
});

function matchesOf(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') global.lastIndex++;
  }
  return out;
}

function gatedMatchesOf(matches: GatedMatches | undefined): string[] {
  const out: string[] = [];
  for (let m = matches?.exec() ?? null; m !== null; m = matches?.exec() ?? null) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') (matches as GatedMatches).lastIndex++;
  }
  return out;
}

describe('WordGatedRegExp', () => {
  const patterns = [
    /\b(?:he|she)\s+is\b|\bnurses?\s+said\b|x*/i,
    /\bsee\s+you\b|\bsee\s+you\s+soon\b|\bsoon\b/,
    /(?<![-‑])\b(?:stop|skip)(?:ping)?\s+(?:the|your)\s+\w+|\b\d+\s?mg\b/i,
    ...CONFIRMATION_RULES.map((r) => r.pattern),
    ...ADVICE_RULES.map((r) => r.pattern),
    ...TEASER_RULES.map((r) => r.pattern),
    ...WITHHELD_PAYOFF_RULES.map((r) => r.pattern),
  ];
  const gated = patterns.map((re) => ({ re, gated: new WordGatedRegExp(re) }));

  it('finds every match the whole regex finds, in order, on hand-made texts', () => {
    const texts = [
      'He is fine, and the nurses said so. she_is not.', 'See you soon! see you', 'Stop the statin; skipping your dose? 400mg or 5 mg',
      "It's ready for pickup — your refill is ready to be picked up", 'We’ll miss you! Our team will miss you.', 'Dr. Lee says you’re doing great',
      'You won’t believe what happened next', '', 'ſhe is', 'réady café',
    ];
    for (const text of texts) for (const { re, gated: g } of gated) expect({ re: re.source, text, m: gatedMatchesOf(g.matches(text)) }).toEqual({ re: re.source, text, m: matchesOf(re, text) });
  });

  it('finds the same matches as the whole regex on any text made of their words, separators and look-alike letters', () => {
    const pieces = fc.constantFrom(
      'he', 'she', ' is', ' ', 'nurses', 'said', 'see', 'you', 'soon', 'stop', 'ping', 'the', 'your', 'statin', '400', 'mg', "'", '’', 're', '-', '_', 'ſ', 'é', 'K',
      'ready', 'for', 'pickup', 'miss', 'team', 'will', 'we', 'll', '.', '!', '?', 'believe', 'won', 't', 'what', 'happened', 'next', 'dose', 'Dr', 'says', 'doing', 'great',
      // Words of the Spanish rules, whose u and i flags read "ſ" as "s" and the Kelvin sign as "k".
      '\u212a', 'no', 'te', 'lo', 'vas', ' a ', 'creer', 'hizo', 'una', 'sola', 'cosa', 'comenta', 'si', 'link', 'en', 'la', 'bio', 'ſi', 'ſola',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        for (const { re, gated: g } of gated) expect(gatedMatchesOf(g.matches(text))).toEqual(matchesOf(re, text));
      }),
      { numRuns: 500 },
    );
  });

  it('runs nothing on a text without any alternative’s words', () => {
    expect(new WordGatedRegExp(/\b(?:he|she)\s+is\b|\bnurses?\s+said\b/i).matches('They are fine.')).toBeUndefined();
    expect(new WordGatedRegExp(/\bhizo\s+una\s+sola\s+cosa\b|\bno\s+te\s+lo\s+vas\s+a\s+creer\b/iu).matches('Flu shots on Friday.')).toBeUndefined();
    expect(new WordGatedRegExp(/\bsoon\b/).exec('See you later')).toBeNull();
    expect(new WordGatedRegExp(/\bsoon\b/).test('See you soon')).toBe(true);
  });

  it('runs an alternative only on a text with a word of each of its parts', () => {
    const rule = new WordGatedRegExp(/\bno\s+podemos\s+decir\b|\bsee\s+you\s+soon\b/i);
    expect(rule.matches('No appointment needed, see you Friday')).toBeUndefined();
    expect(rule.exec('No podemos decir más')?.[0]).toBe('No podemos decir');
    expect(mayMatch(/\bno\s+podemos\s+decir\b/i, 'No appointment needed')).toBe(false);
  });

  it('runs every alternative of a regex with the u and i flags on a text with "ſ" or the Kelvin sign', () => {
    const spanish = new WordGatedRegExp(/\bhizo\s+una\s+sola\s+cosa\b|\bno\s+te\s+lo\s+vas\s+a\s+creer\b/iu);
    expect(spanish.exec('Hizo una ſola cosa')?.[0]).toBe('Hizo una ſola cosa');
    expect(new WordGatedRegExp(/\bkin\b/iu).test('next of \u212ain')).toBe(true);
    expect(new WordGatedRegExp(/\bkin\b/i).test('next of \u212ain')).toBe(false);
  });
});

describe('mayMatch', () => {
  const cue = /\b(?:admitted|discharged)\b|\bin\s+(?:the\s+)?icu\b/i;

  it('is false only for a text without any word the regex needs', () => {
    expect(mayMatch(cue, 'Flu shots on Friday.')).toBe(false);
    expect(mayMatch(cue, 'She was admitted Friday.')).toBe(true);
    // "ICU" alone is a word it needs, though "in the ICU" is not in the text: a gate, not a match.
    expect(mayMatch(cue, 'Our ICU team.')).toBe(true);
    expect(mayMatch(/\bsick\b/iu, 'Get well soon')).toBe(false);
    expect(mayMatch(/\bsick\b/iu, 'ſick day')).toBe(true);
    // A regex whose words cannot be told may always match.
    expect(mayMatch(/\w+ing\b/, 'nothing here')).toBe(true);
  });

  it('is true for a text whenever the regex matches one of its sentences', () => {
    const rules = [...CONFIRMATION_RULES, ...ADVICE_RULES].map((r) => r.pattern);
    const pieces = fc.constantFrom('He', ' was', ' admitted', '. ', '! ', '\n', 'see you', ' soon', 'ready', ' for pickup', 'stop', ' the', ' statin', ' you', 'you’re', ' doing great', '_', 'é', ' ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        for (const span of sentenceSpans(text)) {
          const sentence = text.slice(span.start, span.end);
          for (const re of [cue, ...rules]) if (re.test(sentence)) expect(mayMatch(re, text)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
