import type { WordToken } from '../text/word-tokens';
import { isAllCaps, isCapitalised } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { AMBIGUOUS_GIVEN_NAME, COMMON_WORD, GIVEN_NAME, KNOWN_NAME } from '../vocab/name-lexicon';
import { NOT_NAME_WORD, PERSON_TITLE } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { firstTokenAt, isTitleCased } from './title-case';

/** Surname particles: "Anouk van Dijk", "Luis de la Cruz", "Karl von der Heide". */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ten', 'ter', 'bin', 'ibn', 'al', 'el']);
/** Endings that mark a surname in many languages ("krylova", "kowalski", "jørgensen"). */
const SURNAME_SHAPE = /(?:ov|ova|ová|ev|eva|ski|ska|sky|wicz|vić|ić|sson|ssen|sen|poulos|escu|enko|ovich|ovic|dóttir|dottir|ainen|inen|aki|oglu|oğlu|yan|ian|ez|elli|etti|ini|azzi|ucci|stein|berg|mann|ström|qvist)$/;
const NON_ASCII = /[^\x00-\x7f]/;

/** The token after `i` when one space (or an initial's ". ") separates them. */
function next(scan: PhiScan, i: number): WordToken | undefined {
  const a = scan.tokens[i];
  const b = scan.tokens[i + 1];
  if (!a || !b) return undefined;
  const gap = scan.text.slice(a.end, b.start);
  return gap === ' ' || (a.raw.length === 1 && (gap === '. ' || gap === '.')) ? b : undefined;
}

function isInitial(t: WordToken): boolean {
  return t.raw.length === 1 && /\p{L}/u.test(t.raw) && t.raw !== 'I' && t.raw !== 'A' && t.raw !== 'a';
}

/** A word that is nothing but a name: no function, organisation, health or everyday word. */
function plainNameWord(t: WordToken, scan: PhiScan): boolean {
  const w = t.bare;
  return t.letters && w.length >= 2 && (t.bareClasses & (NOT_NAME_WORD | HEALTH_WORD | COMMON_WORD)) === 0 && !scan.dir.orgWords.has(w);
}

/** A capitalised surname after a first name, even when the surname is also a word or condition ("Janet Burns"). */
function surnameAfterGiven(t: WordToken, scan: PhiScan): boolean {
  if (!isCapitalised(t.raw) || isAllCaps(t.raw) || !t.letters || (t.bareClasses & NOT_NAME_WORD) !== 0 || scan.dir.orgWords.has(t.bare)) return false;
  return plainNameWord(t, scan) || (t.bareClasses & (KNOWN_NAME | GIVEN_NAME)) === KNOWN_NAME;
}

/** In all-lower-case text, a surname after a first name is known or shaped like one ("olga krylova"). */
function lowerSurname(t: WordToken, scan: PhiScan): boolean {
  return plainNameWord(t, scan) && t.raw.length >= 3 && ((t.bareClasses & KNOWN_NAME) !== 0 || SURNAME_SHAPE.test(t.bare) || NON_ASCII.test(t.bare));
}

function widenForward(scan: PhiScan, last: number, allLower: boolean): number {
  let end = last;
  for (let n = 0; n < 3; n++) {
    const cur = scan.tokens[end] as WordToken;
    const given = (cur.bareClasses & (GIVEN_NAME | AMBIGUOUS_GIVEN_NAME)) === GIVEN_NAME;
    const t = next(scan, end);
    if (!t) break;
    if (PARTICLES.has(t.raw)) {
      // "Valeria M. de Mill Creek": after an initial, "de" says where the person is from.
      if (isInitial(cur)) break;
      // One or two particles, then a capitalised surname.
      let k = end + 1;
      const second = next(scan, k);
      if (second && PARTICLES.has(second.raw)) k++;
      const surname = next(scan, k);
      if (!surname || !isCapitalised(surname.raw) || !plainNameWord(surname, scan)) break;
      end = k + 1;
      continue;
    }
    if (allLower) {
      if (isInitial(t) && next(scan, end + 1) && lowerSurname(next(scan, end + 1) as WordToken, scan)) end += 2;
      else if ((given || isInitial(cur)) && lowerSurname(t, scan)) end++;
      else break;
      continue;
    }
    if ((given || isInitial(cur)) && surnameAfterGiven(t, scan)) end++;
    else break;
    // A surname that is also a word ends the name ("Janet Burns", not "Janet Burns Needs").
    if (!plainNameWord(t, scan)) break;
  }
  return end;
}

function widenBackward(scan: PhiScan, first: number): number {
  let start = first;
  for (let n = 0; n < 2 && start > 0; n++) {
    const p = scan.tokens[start - 1] as WordToken;
    if (next(scan, start - 1) !== scan.tokens[start]) break;
    // "Szabina J Gelencsér": a middle initial, then the first name before it.
    if (isInitial(p) && isCapitalised(p.raw) && start - 2 >= 0) {
      const q = scan.tokens[start - 2] as WordToken;
      if (next(scan, start - 2) === p && isCapitalised(q.raw) && !isAllCaps(q.raw) && plainNameWord(q, scan) && (q.bareClasses & PERSON_TITLE) === 0) {
        start -= 2;
        continue;
      }
      break;
    }
    if (!isCapitalised(p.raw) || isAllCaps(p.raw) || p.raw.length < 3 || /['’]/.test(p.raw) || !plainNameWord(p, scan) || (p.bareClasses & PERSON_TITLE) !== 0) break;
    start--;
  }
  return start;
}

/**
 * Widens found names over the rest of the person's name: a first name before a surname ("Bojka Žilih"),
 * a surname after a first name that is also a word ("Janet Burns"), particles ("Dyan van Gijn") and,
 * in all-lower-case text, a surname shaped like one ("olga krylova").
 */
export function widenNames(scan: PhiScan, names: PhiCandidate[]): PhiCandidate[] {
  if (names.length === 0) return names;
  const allLower = scan.allLower;
  return names.map((c) => {
    const first = firstTokenAt(scan.tokens, c.start);
    // The token that ends the name (an initial's period may follow it).
    const last = firstTokenAt(scan.tokens, c.end) - 1;
    if (scan.tokens[first]?.start !== c.start || last < first) return c;
    // A name found by its title ("Dr Medelsohn") starts at the title.
    const firstToken = scan.tokens[first] as WordToken;
    if (!allLower && isTitleCased(scan, c.start, c.start, c.end)) return c;
    // Before a first name stands a role ("Trainer Tom", "Senator Ted"); only a surname found alone gets its first name back.
    const surnameOnly = (firstToken.classes & PERSON_TITLE) === 0 && (firstToken.bareClasses & GIVEN_NAME) === 0;
    const from = allLower || !surnameOnly ? first : widenBackward(scan, first);
    const to = widenForward(scan, last, allLower);
    if (from === first && to === last) return c;
    const lastToken = scan.tokens[to] as WordToken;
    const end = to === last ? c.end : lastToken.end + (lastToken.raw.length === 1 && scan.text[lastToken.end] === '.' ? 1 : 0);
    return { ...c, start: (scan.tokens[from] as WordToken).start, end };
  });
}
