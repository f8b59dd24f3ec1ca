import { isCapitalised, isAllCaps, type WordToken } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { AMBIGUOUS_GIVEN_NAME, COMMON_WORD, GIVEN_NAME } from '../vocab/name-lexicon';
import { NOT_NAME_WORD, PERSON_TITLE } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { CUE_WORDS } from './phone-detector';

/** Labels that put a person's number right after their name: "cell# 410-...", "home: (410) ...". */
const NUMBER_LABELS = new Set(['cell', 'home', 'work', 'phone', 'tel', 'mobile', 'pager']);
/** The label's mark, then the number's first digit. */
const NUMBER_AFTER_LABEL = /^[ \t]*[#:.]?[ \t]*(?:#[ \t]*)?\(?\d{3}/;

/** Endings of derived English words the everyday list may miss ("Management", "Radiology", "Nursing"). */
const ENGLISH_ENDING = /(?:tion|sion|ment|ness|ity|ing|logy|ics|ance|ence)$/;

/** A capitalised word that may be part of a person's name: no function, everyday, health or title word. */
function nameWord(t: WordToken | undefined): t is WordToken {
  if (!t || !t.letters || t.raw.length < 2 || !isCapitalised(t.raw) || isAllCaps(t.raw) || ENGLISH_ENDING.test(t.bare)) return false;
  if ((t.bareClasses & (NOT_NAME_WORD | HEALTH_WORD | PERSON_TITLE)) !== 0) return false;
  return (t.bareClasses & COMMON_WORD) === 0 || (t.bareClasses & (GIVEN_NAME | AMBIGUOUS_GIVEN_NAME)) === GIVEN_NAME;
}

/**
 * "Lopie Certusi cell# 410-322-1419": two or three capitalised words right before a phone label and
 * its number are the name of the person to call, listed in any gazetteer or not. A contact line in
 * a note is a relative's or proxy's; the number itself is found by the phone rules. Notes only.
 */
export function findContactNames(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  // Only in notes: the everyday-word list misses words like "front" and "desk", and a post's "Front Desk phone" is no person.
  if (!scan.clinical || scan.caseless || scan.longestDigitRun < 3 || !scan.hasWordOf(CUE_WORDS)) return out;
  const { tokens, text } = scan;
  for (let k = 2; k < tokens.length; k++) {
    const label = tokens[k] as WordToken;
    if ((label.classes & CUE_WORDS) === 0 || !NUMBER_LABELS.has(label.lower) || !NUMBER_AFTER_LABEL.test(text.slice(label.end, label.end + 10))) continue;
    let from = k;
    while (from > 0 && k - from < 3 && nameWord(tokens[from - 1]) && text.slice((tokens[from - 1] as WordToken).end, (tokens[from] as WordToken).start) === ' ') from--;
    if (k - from < 2) continue;
    const start = (tokens[from] as WordToken).start;
    const end = (tokens[k - 1] as WordToken).end;
    const words = tokens.slice(from, k).map((t) => t.bare);
    if (words.every((w) => scan.dir.nameWords.has(w)) || words.some((w) => scan.dir.orgWords.has(w))) continue;
    out.push({ type: 'name', start, end, link: 'contextual', rule: 'phi.name.contact', why: "A person's name" });
  }
  return out;
}
