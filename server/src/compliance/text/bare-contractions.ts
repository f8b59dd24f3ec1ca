import { asciiWords, hasAnyOf } from './ascii-words';
import type { Edit } from './edited-text';
import { letterCaseOf } from './letter-case';

/**
 * Contractions typed without their apostrophe ("youre", "dont", "shes"), as phones and quick replies type them, with the
 * apostrophe put back. Words that are English words without it ("were", "well", "its") and "im", which a nursing note writes for
 * intramuscular, are read so only in the places below.
 */
const WITH_APOSTROPHE: Readonly<Record<string, string>> = {
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  couldnt: "couldn't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  cant: "can't",
  youre: "you're",
  youve: "you've",
  youll: "you'll",
  youd: "you'd",
  theyre: "they're",
  theyve: "they've",
  theyll: "they'll",
  theyd: "they'd",
  weve: "we've",
  shes: "she's",
  hes: "he's",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  heres: "here's",
  wheres: "where's",
  whos: "who's",
  ive: "I've",
};
const BARE = Object.keys(WITH_APOSTROPHE);
const BARE_WORD = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’])(?:${BARE.join('|')})(?![\\p{L}\\p{M}\\p{N}'’])`, 'giu');

/**
 * Bare forms that are English words too ("well", "were", "its"), read as the contraction only where a clause begins
 * and the next word is one the contraction takes and the word does not: "Well pass it along", "were so sorry", "id
 * book one now", "its a great one" — not "get well soon", "were you seen?" or "its effects".
 */
/** What a staff member "'ll" do in a post about them ("Shell share her research"). */
const SPEAKER_WILL: ReadonlySet<string> = new Set('be have share lead speak discuss join host answer explain present talk walk see tell take show teach'.split(' '));
const AMBIGUOUS: Readonly<Record<string, { restored: string; before: ReadonlySet<string> }>> = {
  well: { restored: "we'll", before: new Set('pass share make be have see send get post tell reveal add call keep follow look reach need miss take check do update announce let bring help save hold put give forward text email mail'.split(' ')) },
  shell: { restored: "she'll", before: SPEAKER_WILL },
  hell: { restored: "he'll", before: SPEAKER_WILL },
  ill: { restored: "I'll", before: new Set('pass share make be have see send get post tell check call look ask let bring take give text email'.split(' ')) },
  were: { restored: "we're", before: new Set('so sorry glad happy thrilled excited proud here open hiring always honored honoured grateful working looking thinking sending closed all on'.split(' ')) },
  its: { restored: "it's", before: new Set('a an the so not been called time never always okay ok great true important normal hard free just really very going too such like our your my'.split(' ')) },
  im: { restored: "I'm", before: new Set('so sorry glad happy not going here sure just really still thrilled worried scared a on in at'.split(' ')) },
  id: { restored: "I'd", before: new Set('love like recommend suggest start say be go book call give rather want stop try'.split(' ')) },
  lets: { restored: "let's", before: new Set('go talk get do celebrate keep make see hear chat be take cheer welcome give raise start check'.split(' ')) },
};
const AMBIGUOUS_BARE = Object.keys(AMBIGUOUS);
/** The word, where a clause begins (the text's start, a stop, comma, dash or emoji before it, or "and", "so", "but"), and the word after it. */
const AMBIGUOUS_WORD = new RegExp(
  `(?:^|(?<=[.!?,;:\\u2014\\u2013\\p{Extended_Pictographic}]\\s*)|(?<=\\b(?:and|so|but|then)\\s))(${AMBIGUOUS_BARE.join('|')})(?=\\s+(\\p{L}+))`,
  'giu',
);

/** The bare form as the tables spell it: with the u and i flags the patterns also match "ſ" for "s" ("doeſnt", "itſ"). */
const tableKey = (typed: string): string => typed.toLowerCase().replace(/ſ/g, 's');

/** "Youre" → "You're", "DONT" → "DON'T": the apostrophe put back in the case the word was typed in. */
function restored(typed: string, word: string): string {
  if (typed === typed.toUpperCase()) return word.toUpperCase();
  return typed[0] === typed[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function ambiguousEdits(text: string, shoutedText: () => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(AMBIGUOUS_WORD)) {
    const typed = m[1] as string;
    const reading = AMBIGUOUS[tableKey(typed)]!;
    if (!reading.before.has((m[2] as string).toLowerCase()) || (typed === typed.toUpperCase() && !shoutedText())) continue;
    edits.push({ start: m.index, end: m.index + typed.length, replacement: restored(typed, reading.restored) });
  }
  return edits;
}

/** The edits that put the apostrophes back, in order; none for most texts, which a word lookup tells. */
export function bareContractionEdits(text: string): Edit[] {
  const words = asciiWords(text);
  const bare = hasAnyOf(words, BARE);
  const ambiguous = hasAnyOf(words, AMBIGUOUS_BARE);
  if (!bare && !ambiguous) return [];
  let shouted: boolean | undefined;
  // In a text that is not all capitals, "HES" or "CANT" in capitals is an abbreviation (hydroxyethyl starch).
  const shoutedText = () => (shouted ??= letterCaseOf(text) === 'upper');
  const edits: Edit[] = [];
  if (bare)
    for (const m of text.matchAll(BARE_WORD)) {
      if (m[0] === m[0].toUpperCase() && !shoutedText()) continue;
      edits.push({ start: m.index, end: m.index + m[0].length, replacement: restored(m[0], WITH_APOSTROPHE[tableKey(m[0])] as string) });
    }
  if (!ambiguous) return edits;
  return [...edits, ...ambiguousEdits(text, shoutedText)].sort((a, b) => a.start - b.start);
}
