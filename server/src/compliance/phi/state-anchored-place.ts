import { isDirectoryLocation } from '../directory/directory-index';
import { isCapitalised, type WordToken } from '../text/word-tokens';
import { isHealthWord } from '../vocab/health-term-index';
import { isCommonWord, isGivenName, isKnownPlace } from '../vocab/name-lexicon';
import { isNotNameWord } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';

const STATE_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
/** Codes that are also credentials or charting shorthand ("Smith, MD", "CA", "MS", "NC"): they need a cue that a place is meant. */
const AMBIGUOUS_CODES = new Set('AL CA CO CT DE GA HI ID IN LA MA MD ME MI MO MS NC NE OH OK OR PA SC TX VA'.split(' '));
/** Codes that are English words in shouted text ("..., IN THIS CASE"): they must also end their phrase. */
const WORD_CODES = new Set(['IN', 'OR', 'ME', 'HI', 'OK', 'OH']);

const STATE_NAMES = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada new-hampshire new-jersey new-mexico new-york north-carolina north-dakota ohio oklahoma oregon pennsylvania rhode-island
  south-carolina south-dakota tennessee texas utah vermont virginia washington west-virginia wisconsin wyoming`
  .split(/\s+/)
  .filter(Boolean)
  .map((s) => s.split('-'));

/** State names by their first word, longest first, so "West Virginia" wins over "Virginia". */
const STATES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const words of STATE_NAMES) {
  const list = STATES_BY_FIRST_WORD.get(words[0] as string) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  STATES_BY_FIRST_WORD.set(words[0] as string, list);
}

/** Whether a state's name can begin with `lower` ("north", "new"): a cheap test before isStateName builds a pair to ask. */
export const opensAStateName = (lower: string): boolean => STATES_BY_FIRST_WORD.has(lower);

/** True when `lower` (words separated by single spaces) is the name of a US state: "rhode island". */
export function isStateName(lower: string): boolean {
  const words = lower.split(' ');
  return (STATES_BY_FIRST_WORD.get(words[0] as string) ?? []).some((name) => name.join(' ') === lower);
}

/** Words right before a town that make it where someone lives, comes from or was treated. */
const PLACE_CUE_WORDS = new Set(['from', 'in', 'to', 'near', 'of', 'at', 'outside', 'around', 'lives', 'resides', 'moved', 'native', 'visiting']);
const UNIVERSITY_WORDS = new Set(['u', 'univ', 'university']);
const ZIP_AFTER = /^\s\d{5}(?:-\d{4})?(?!\d)/;
/** Where a code ends its phrase: punctuation, a line break, the end, or a ZIP code. */
const CODE_ENDS_PHRASE = /^(?:[ \t]*(?:[.,;:!?)\]"'”]|\r?\n|$)|\s\d{5}(?:-\d{4})?(?!\d))/;

interface StateMention {
  /** Token index of the state's first and one past its last word. */
  from: number;
  to: number;
  code: boolean;
}

/** "Washington Ave.", "Virginia Street": a street named for the state, after its name. */
const STREET_AFTER_STATE = /^\s(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Rd\.|Parkway)(?![\p{L}])/u;

/** The state written at token `k`, if any: a capitalised two-letter code or a full name in the text's case. */
function stateAt(scan: PhiScan, k: number): StateMention | undefined {
  const t = scan.tokens[k] as WordToken;
  if (t.raw.length === 2 && STATE_CODES.has(t.raw)) {
    const after = scan.text.charAt(t.end);
    // "MD." ends a sentence; "MD-" or "MA2" is something else.
    if (after && /[\p{L}\d\-/&+]/u.test(after)) return undefined;
    return { from: k, to: k + 1, code: true };
  }
  const names = STATES_BY_FIRST_WORD.get(t.bare);
  if (!names || (!scan.caseless && !isCapitalised(t.raw))) return undefined;
  for (const words of names) {
    let ok = true;
    for (let i = 1; i < words.length && ok; i++) {
      const next = scan.tokens[k + i];
      ok = !!next && next.bare === words[i] && scan.text.slice((scan.tokens[k + i - 1] as WordToken).end, next.start) === ' ';
    }
    if (!ok) continue;
    const nameEnd = (scan.tokens[k + words.length - 1] as WordToken).end;
    return STREET_AFTER_STATE.test(scan.text.slice(nameEnd, nameEnd + 12)) ? undefined : { from: k, to: k + words.length, code: false };
  }
  return undefined;
}

function atSentenceStart(scan: PhiScan, t: WordToken): boolean {
  return scan.sentenceOf(t.start).start === t.start || /[\n:;]\s*$/.test(scan.text.slice(Math.max(0, t.start - 3), t.start));
}

/** A word that can be part of a town's name in this text. */
function townWord(scan: PhiScan, t: WordToken): boolean {
  if (!t.letters || t.raw.length < 3 || isNotNameWord(t.bare) || isHealthWord(t.bare) || scan.dir.orgWords.has(t.bare) || STATES_BY_FIRST_WORD.has(t.bare)) return false;
  if (!scan.caseless && !isCapitalised(t.raw)) return false;
  // Capital letters carry no signal in shouted or lower-case text, and a sentence's first word is always capitalised.
  if (isCommonWord(t.bare) && (scan.caseless || atSentenceStart(scan, t))) return false;
  return true;
}

/** Token indexes [from, to) of the town right before a state, or undefined. */
function townBefore(scan: PhiScan, state: StateMention): { from: number; to: number } | undefined {
  const { tokens, text } = scan;
  const last = tokens[state.from - 1];
  if (!last) return undefined;
  const gap = text.slice(last.end, (tokens[state.from] as WordToken).start);
  const comma = /^,\s?$/.test(gap);
  // "Salem, MA" needs its comma; "towson maryland" may go without.
  if (!comma && (state.code || gap !== ' ')) return undefined;
  let from = state.from;
  while (from > 0 && state.from - from < 3) {
    const t = tokens[from - 1] as WordToken;
    if (!townWord(scan, t)) break;
    if (from < state.from && text.slice(t.end, (tokens[from] as WordToken).start) !== ' ') break;
    from--;
  }
  if (from === state.from) return undefined;
  // Without a comma a state that is also a given name ("Virginia") may be a person's: "Mary Virginia".
  if (!comma && (isGivenName((tokens[state.from] as WordToken).bare) || isGivenName((tokens[from] as WordToken).bare))) return undefined;
  return { from, to: state.from };
}

/** A two-letter code that is also a word or a credential needs a cue that the town is a place. */
function cuedAsPlace(scan: PhiScan, town: { from: number; to: number }, state: StateMention): boolean {
  const codeEnd = (scan.tokens[state.to - 1] as WordToken).end;
  const code = (scan.tokens[state.from] as WordToken).raw;
  if (WORD_CODES.has(code) && !CODE_ENDS_PHRASE.test(scan.text.slice(codeEnd, codeEnd + 12))) return false;
  // "John Smith, MD" is a clinician with a credential.
  const first = (scan.tokens[town.from] as WordToken).bare;
  if (isGivenName(first) && !isKnownPlace(first)) return false;
  const before = scan.tokens[town.from - 1];
  if (before && PLACE_CUE_WORDS.has(before.lower)) return true;
  if (ZIP_AFTER.test(scan.text.slice(codeEnd, codeEnd + 12))) return true;
  const name = scan.tokens.slice(town.from, town.to).map((t) => t.bare).join(' ');
  return isKnownPlace(name) && !isGivenName(name);
}

/**
 * Places anchored by a US state: the town in "Salem, MA" or "from Lowell, Massachusetts", and a
 * university hospital named for its state ("U Maryland"). The state alone is left alone: naming
 * only a state does not narrow a person down (HIPAA's Safe Harbor lets it stay).
 */
export function findStateAnchoredPlaces(scan: PhiScan): PhiCandidate[] {
  const { tokens, text } = scan;
  const out: PhiCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const state = stateAt(scan, k);
    if (!state) continue;
    const prev = tokens[k - 1] as WordToken;
    const beforePrev = tokens[k - 2];
    // "U Maryland", "University of Maryland": a hospital named for its state.
    const ofWord = prev.lower === 'of' && !!beforePrev && UNIVERSITY_WORDS.has(beforePrev.lower);
    if (!state.code && (UNIVERSITY_WORDS.has(prev.lower) || ofWord)) {
      const start = (ofWord ? (beforePrev as WordToken) : prev).start;
      const end = (tokens[state.to - 1] as WordToken).end;
      if (!isDirectoryLocation(scan.dir, text.slice(start, end))) {
        out.push({ type: 'location', start, end, link: 'contextual', rule: 'phi.location.facility', why: 'Where someone was treated narrows down who they are' });
      }
      k = state.to - 1;
      continue;
    }
    const town = townBefore(scan, state);
    if (!town || (state.code && AMBIGUOUS_CODES.has((tokens[k] as WordToken).raw) && !cuedAsPlace(scan, town, state))) continue;
    const start = (tokens[town.from] as WordToken).start;
    const end = (tokens[town.to - 1] as WordToken).end;
    if (isDirectoryLocation(scan.dir, text.slice(start, (tokens[state.to - 1] as WordToken).end))) continue;
    out.push({ type: 'location', start, end, link: 'contextual', rule: 'phi.location.town-state', why: 'A town named with its state narrows down where someone lives or was treated' });
    k = state.to - 1;
  }
  return out;
}
