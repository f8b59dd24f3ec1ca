import { isCommonWord, isKnownName } from '../vocab/name-lexicon';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';

/**
 * "Hernandez, J. (negative) and Pruitt, K. (positive…)": a roster written surname first, then an initial. The initial
 * must end its item (a bracket, a comma, "and" or the line's end follows), so "Washington, D.C." is left alone.
 */
const SURNAME_THEN_INITIAL = /\b(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?),[ \t](\p{Lu})\.(?=[ \t]*(?:[(;,&]|and\b|$))/gmu;

export function findInvertedNames(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  if (scan.caseless || !scan.text.includes(',')) return out;
  for (const m of scan.text.matchAll(SURNAME_THEN_INITIAL)) {
    const surname = (m[1] as string).toLowerCase();
    if (!isKnownName(surname) || isCommonWord(surname) || scan.dir.nameWords.has(surname) || scan.dir.orgWords.has(surname)) continue;
    const start = m.index ?? 0;
    out.push({ type: 'name', start, end: start + m[0].length, link: 'contextual', rule: 'phi.name.surname-initial', why: 'A surname and an initial, written roster style' });
  }
  return out;
}
