import { sentenceSpans } from '../text/sentences';
import { isSpanishSentence } from '../text/spanish-sentence';
import type { WordToken } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { GIVEN_NAME, isAmbiguousGivenName } from '../vocab/name-lexicon';
import { NOT_NAME_WORD } from '../vocab/name-stopwords';
import { adjacent, FUNCTION_WORDS, gapIs, has, INITIAL, isWord, nameOnly, NONE, spelledLikeName, TITLES } from './word-kinds';

const RELATIVES = new Set(
  `son daughter dad mom mother father husband wife grandma grandpa grandson granddaughter grandmother grandfather
   brother sister baby uncle aunt nephew niece cousin boyfriend girlfriend fiance fiancé fiancee partner friend
   neighbor neighbour stepson stepdaughter twin twins`.split(/\s+/),
);

/** Titles that are everyday words too ("miss the deadline", "has ms"): the word after them must be in no dictionary. */
const LOOSE_TITLES = new Set(['ms', 'miss']);
/** "hi jaylen,", "congrats marco": a greeting names whom it greets. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'congrats', 'congratulations', 'bye']);
/** "the hendricks family", "the okonjo twins". */
const FAMILY_HEADS = new Set(['family', 'families', 'twins', 'triplets', 'quadruplets', 'household', 'clan', 'kids', 'boys', 'girls', 'sisters', 'brothers']);
/** Words before a name that are not a relative: "big earl", "little zoe", "baby luna". */
const PET_NAME_WORDS = new Set(['big', 'little', 'lil', 'baby', 'sweet', 'brave', 'tiny', 'coach', 'nana', 'papa', 'auntie', 'granny']);
const CHARITY_WORDS = new Set(['foundation', 'fund', 'trust', 'scholarship', 'endowment', 'charitable', 'memorial']);
/** Public roles written before a name: "mayor linda hartwell", "pastor luis ortega". */
const ROLE_TITLES = new Set(
  'mayor pastor senator governor commissioner councilman councilwoman councilmember sheriff superintendent reverend rev rabbi imam bishop chief principal president representative rep judge'.split(' '),
);
const CARE_PLACES = new Set(['room', 'bed', 'bay', 'rm']);

/** A given name that is nothing else: "keisha", "jaylen", "theo" (not "grace", "will" or "iris"). */
function plainGivenName(t: WordToken): boolean {
  return nameOnly(t) && has(t, GIVEN_NAME) && !isAmbiguousGivenName(t.bare);
}

/** After "dr" or "mr": any word but a function, health or not-a-name word ("dr. brooks", "mr. green"). */
function titledSurname(t: WordToken | undefined): t is WordToken {
  return isWord(t) && !FUNCTION_WORDS.has(t.bare) && !has(t, NOT_NAME_WORD | HEALTH_WORD);
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'every', 'each', 'no']);

/** "after jack's stay": a given name's possessive, not "the rose's thorns". */
function possessiveName(t: WordToken, prev: WordToken | undefined): boolean {
  return t.bare !== t.lower && !(prev && DETERMINERS.has(prev.lower));
}

/** Nothing of the same phrase follows `t`: a stop, an emoji or the end, or a function word ("frank is", "earl 💔"). */
function endsPhrase(text: string, t: WordToken, next: WordToken | undefined): boolean {
  return !next || !next.letters || !adjacent(text, t, next) || FUNCTION_WORDS.has(next.lower);
}

/** "lily in room 208", "grace, 7,": a given name placed in a room or given an age. */
function inCarePlace(tokens: readonly WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.lower === 'in' && CARE_PLACES.has(tokens[i + 2]?.lower ?? '') && !(tokens[i + 3]?.letters ?? true);
}

const SPANISH_LETTERS = /[áéíóúñ]/;
/** One test per text before any sentence is read: most texts hold no Spanish at all. */
const MAYBE_SPANISH = /[áéíóúñ¿¡]|\b(?:de|la|el|que|los|las|en|y|se|del|por|con|una|para|es|su)\b/;
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|are|you|your|our|we|with|for)\b/;

/** Tokens in Spanish sentences: the name lists and the dictionary are English, and "de", "alta" or "si" are no names there. */
export function spanishTokens(text: string, tokens: readonly WordToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (!MAYBE_SPANISH.test(text)) return out;
  let k = 0;
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end);
    // A short sentence may hold one Spanish function word only ("la presión alta…"): its accents tell then.
    const spanish = isSpanishSentence(sentence) || (SPANISH_LETTERS.test(sentence) && !ENGLISH_WORDS.test(sentence));
    for (; k < tokens.length && tokens[k]!.start < span.end; k++) if (spanish) out[k] = 1;
  }
  return out;
}

/** A word that may be a given name: not a function, modal or calendar word ("will", "may", "june" as a month). */
const givenNameWord = (t: WordToken): boolean => has(t, GIVEN_NAME) && !has(t, NOT_NAME_WORD) && !FUNCTION_WORDS.has(t.bare);

/** Words that call someone by name right after them: "my son eli", "hi jaylen", "coach pruitt", "mayor hartwell". */
const callsByName = (w: WordToken | undefined): boolean => !!w && (RELATIVES.has(w.bare) || GREETINGS.has(w.bare) || PET_NAME_WORDS.has(w.lower) || ROLE_TITLES.has(w.lower));

/** A verb of a person's story right after a name no dictionary holds: "imani was born", "jaylen, who gave". */
const PERSON_VERBS = new Set(['was', 'is', 'has', 'had', 'who', 'said', 'says', 'came', 'got', 'went', 'gave', 'spent', 'sent', 'brought', 'told', 'asked', 'will']);

/**
 * How token i opens a name, if it does: 'name' (a surname may follow) or 'alone' (a family's name, a possessive, a
 * name in a room). The word after a title is read in markNames.
 */
function nameAt(text: string, tokens: readonly WordToken[], i: number): 'name' | 'alone' | undefined {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev?.lower === 'the' && next && FAMILY_HEADS.has(next.lower) && adjacent(text, t, next) && nameOnly(t)) return 'alone';
  if (plainGivenName(t)) return 'name';
  // "grace adeyemi", "bill hendricks": an everyday given name before a surname no dictionary holds.
  if (givenNameWord(t) && adjacent(text, t, next) && nameOnly(next)) return 'name';
  if (callsByName(prev) && adjacent(text, prev!, t) && nameOnly(t)) return 'name';
  // "thanks, tom!", "big earl 💔", "my dad frank is": a word that is a given name, called by name and closing its phrase.
  const calledBy = prev && ((GREETINGS.has(prev.bare) && gapIs(text, prev, t, ' ', ', ')) || (callsByName(prev) && adjacent(text, prev, t)));
  if (calledBy && !DETERMINERS.has(tokens[i - 2]?.lower ?? '') && givenNameWord(t) && endsPhrase(text, t, next)) return 'name';
  if (prev?.lower === 'you' && tokens[i - 2]?.lower === 'thank' && text.slice(prev.end, t.start) === ', ' && nameOnly(t)) return 'name';
  if (nameOnly(t) && spelledLikeName(t) && next && PERSON_VERBS.has(next.lower) && gapIs(text, t, next, ' ', ', ')) return 'name';
  if ((givenNameWord(t) || nameOnly(t)) && (possessiveName(t, prev) || inCarePlace(tokens, i))) return 'alone';
  return undefined;
}

/** "g. romano", "r. castellanos": an initial, a stop and a surname. */
function initialAndSurname(text: string, tokens: readonly WordToken[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.lower.length === 1 && t.lower !== 'a' && t.lower !== 'i' && text.slice(t.end, next?.start ?? t.end) === '. ' && nameOnly(next);
}

/** "k.t.", "r.t.", "j.t.": initials written with stops. */
function initialsRun(text: string, tokens: readonly WordToken[], i: number): number {
  let k = i;
  while (k < tokens.length && tokens[k]!.lower.length === 1 && tokens[k]!.letters && text.charAt(tokens[k]!.end) === '.' && (k === i || tokens[k]!.start === tokens[k - 1]!.end + 1)) k++;
  return k - i >= 2 ? k - i : 0;
}

/** Names: given names the gazetteers know and their surnames, titled names, initials, a family's name, a possessive. */
export function markNames(text: string, tokens: readonly WordToken[], caps: Uint8Array, spanish: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.letters || spanish[i] || caps[i] !== NONE) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const initials = initialsRun(text, tokens, i);
    if (initials > 0) {
      caps.fill(INITIAL, i, i + initials);
      i += initials - 1;
      continue;
    }
    if (initialAndSurname(text, tokens, i)) {
      caps[i] = caps[i + 1] = INITIAL;
      i++;
      continue;
    }
    let name: boolean;
    if (TITLES.has(t.bare) && (LOOSE_TITLES.has(t.bare) ? nameOnly(next) : titledSurname(next)) && (adjacent(text, t, next) || text.slice(t.end, next!.start) === '. ')) {
      caps[i] = caps[i + 1] = INITIAL;
      i++;
      // "dr. jaylen okafor": a second word only after a given name.
      name = plainGivenName(next!);
    } else {
      const opens = nameAt(text, tokens, i);
      if (!opens) continue;
      caps[i] = INITIAL;
      if (opens === 'alone') {
        // "the odell family foundation": a charity's name, all of it.
        const after = tokens[i + 2];
        if (next && FAMILY_HEADS.has(next.lower) && after && CHARITY_WORDS.has(after.lower) && adjacent(text, next, after)) caps[i + 1] = caps[i + 2] = INITIAL;
        continue;
      }
      name = true;
      if (prev && (ROLE_TITLES.has(prev.lower) || prev.lower === 'st') && caps[i - 1] === NONE && gapIs(text, prev, t, ' ', '. ')) caps[i - 1] = INITIAL;
    }
    if (!name) continue;
    const at = tokens[i]!;
    const after = tokens[i + 1];
    if (after && adjacent(text, at, after) && nameOnly(after)) caps[++i] = INITIAL;
    else if (after && after.lower.length === 1 && after.letters && adjacent(text, at, after) && text.charAt(after.end) === '.') caps[++i] = INITIAL;
  }
}

