import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { execAll } from '../text/exec-all';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { isMissTheVerb } from '../vocab/name-stopwords';

/**
 * "Mr I remained on pressors", "MS S.'s care": a title and one initial stand in for a patient's name.
 * The initial must stand alone, so "MS A+O", "MS X3" and "MS/MR" in charting are left alone.
 */
const TITLE_INITIAL = /\b(?:mr|mrs|ms|miss)\.?[ \t]{1,2}([A-Z])(?:\.|(?=['’]s\b))?(?=[ \t]|[,;:)]|['’]s\b|$)(?![ \t]*[&+/])/gim;
/** The title sits between a `\b` and a period or blank, so it is a whole ASCII run; texts without one skip the scan. */
const TITLES = ['mr', 'mrs', 'ms', 'miss'];

export function findTitleInitials(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  if (!hasAnyOf(asciiWords(scan.text), TITLES)) return out;
  for (const m of execAll(TITLE_INITIAL, scan.text)) {
    if (isMissTheVerb(m[0], scan.caseless)) continue;
    out.push({ type: 'name', start: m.index, end: m.index + m[0].length, link: 'contextual', rule: 'phi.name.title-initial', why: "A person's initial after a title" });
  }
  return out;
}
