import { isDirectoryLocation } from '../directory/directory-index';
import { isCapitalised, type WordToken } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { COMMON_WORD, GIVEN_NAME } from '../vocab/name-lexicon';
import { NOT_NAME_WORD } from '../vocab/name-stopwords';
import { wordClass } from '../vocab/word-classes';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { isStateName } from './state-anchored-place';

/** Heads written in lower case after the name they end ("from the Riverbend neighborhood"), so "the" must come before the name. */
const LOWER_CASE_HEADS = new Set(['neighborhood', 'neighbourhood', 'subdivision']);
/**
 * Words that end the name of a region smaller than a state: "Eastern Shore", "Gulf Coast", "Orange County".
 * Not "peninsula" or "islands": those name areas too large to narrow anyone down ("the Korean Peninsula").
 */
export const REGION_HEAD = wordClass([...'shore coast valley county island panhandle'.split(' '), ...LOWER_CASE_HEADS]);
/** "Myrtle Beach", "Charleston Harbor", "Carson City": the last word of a place's name, capitalised. */
export const PLACE_NAME_HEAD = /^(?:Beach|Harbor|Harbour|Bay|Springs|Falls|Island|Heights|Valley|City|County|Parish|Shores|Lakes|Gardens|Estates)$/;
// COMPASS and REGION_CUE are sets, not word classes: they are asked only of the word or two before a region head.
/** Compass words open a region's name though they are ordinary words (and some never-a-name words). */
const COMPASS = new Set('north south east west northern southern eastern western upper lower central northeast northwest southeast southwest'.split(' '));
/** Words before a region that make it where someone lives, comes from or went ("from the Eastern Shore"). */
const REGION_CUE = new Set('from in on to near at of around outside'.split(' '));

/** "the Harlow County Extension Office", "Orange County Fair": the region names an institution or a venue. */
const INSTITUTION_AFTER =
  /^\s+(?:Extension|Office|Fair|Fairgrounds|Courthouse|Library|Health|Department|Sheriff|Hospital|Commission|Schools?|Community|College|Farm\s+Bureau|Airport|Park|Museum|Board|Council|Clerk|Historical|Chamber|Rodeo|Expo|Humane|YMCA|4-H|Credit\s+Union|Bank|Church|Clinic|Medical\s+Center|Water|Electric|Transit|Bancorp|Market|Mall|Grocery|Foods|Plaza|Shopping\s+Center|Cinema|Theat(?:er|re)|Stadium|Arena)\b/;

/** A word that can open a region's name in this text: capitalised in mixed case, and no function or health word. */
function regionWord(scan: PhiScan, t: WordToken | undefined): t is WordToken {
  if (!t || !t.letters || t.raw.length < 3 || (t.bareClasses & HEALTH_WORD) !== 0) return false;
  if (!scan.caseless && !isCapitalised(t.raw)) return false;
  if (COMPASS.has(t.bare)) return true;
  // In shouted or lower-case text only a compass word or a word no everyday list knows can open the name.
  return (t.bareClasses & NOT_NAME_WORD) === 0 && !(scan.caseless && (t.bareClasses & COMMON_WORD) !== 0);
}

/** The cue right before token `k`, skipping one "the": index of the cue, or -1. */
function cueBefore(scan: PhiScan, k: number): number {
  let j = k - 1;
  const the = scan.tokens[j];
  if (the && the.lower === 'the') j--;
  const cue = scan.tokens[j];
  return cue && REGION_CUE.has(cue.lower) ? j : -1;
}

/**
 * Regions smaller than a state, named with a place word ("FROM THE EASTERN SHORE", "lives on the Gulf
 * Coast"). HIPAA's Safe Harbor treats every geographic unit smaller than a state as identifying. A cue
 * word must come first: without it "Storm eyes Gulf Coast" is news, not where someone lives.
 */
export function findRegionPlaces(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  if (!scan.hasWordOf(REGION_HEAD)) return out;
  const { tokens, text } = scan;
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k] as WordToken;
    const lowerCaseHead = LOWER_CASE_HEADS.has(head.bare);
    if ((head.bareClasses & REGION_HEAD) === 0 || (!scan.caseless && !isCapitalised(head.raw) && !lowerCaseHead)) continue;
    // One or two name words right before the head, one space apart.
    let from = k;
    while (from > 0 && k - from < 2) {
      const prev = tokens[from - 1];
      // "Australia's Sunshine Coast": a possessive names the country around the region, not the region.
      if (!regionWord(scan, prev) || prev.lower !== prev.bare || text.slice(prev.end, (tokens[from] as WordToken).start) !== ' ') break;
      from--;
    }
    const cue = from === k ? -1 : cueBefore(scan, from);
    if (cue < 0) continue;
    // "Tick season is here in the Miami Valley": what has come to the region, not who lives there.
    if (tokens[cue]?.lower === 'in' && tokens[cue - 1]?.lower === 'here') continue;
    if (lowerCaseHead && scan.tokens[from - 1]?.lower !== 'the') continue;
    // "spoke to Mary Shore": a given name alone before the head is a person's (the name rules judge it).
    const first = tokens[from] as WordToken;
    if (from === k - 1 && (first.bareClasses & GIVEN_NAME) !== 0 && !COMPASS.has(first.bare)) continue;
    const start = (tokens[from] as WordToken).start;
    // "Rhode Island" is a state: naming only a state does not narrow a person down.
    if (isStateName(text.slice(start, head.end).toLowerCase())) continue;
    if (isDirectoryLocation(scan.dir, text.slice(start, head.end))) continue;
    if (INSTITUTION_AFTER.test(text.slice(head.end, head.end + 24))) continue;
    out.push({ type: 'location', start, end: head.end, link: 'contextual', rule: 'phi.location.region', why: 'A region smaller than a state narrows down where someone lives' });
  }
  return out;
}
