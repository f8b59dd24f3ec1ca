import { canonicalTerm } from '../vocab/term-synonyms';
import type { HealthTermMatch } from '../vocab/health-term-index';
import { commentersOwnTerms, namesWhatWeOffer } from './health-detail-detector';
import type { PhiScan } from './phi-scan';

/** "the stitches on your chin", "your COPD": a term the reply says is the person's own. */
const YOURS_BEFORE = /\byour\s+(?:[\w'’-]+\s+){0,2}$/i;
const YOURS_AFTER = /^\s+(?:on|in|of|to)\s+your\b/i;

const compared = (written: string): string => canonicalTerm(written).replace(/(?:ies|ic)$/, 'y').replace(/s$/, '');
const holds = (longer: string, shorter: string): boolean => ` ${longer} `.includes(` ${shorter} `);

/**
 * Whether a reply ties health to the person it greets: a term the comment gave, said back ("Hi Carlos! Many COPD
 * check-ins can be done by video" to "I have COPD"), or a term the reply calls theirs. Terms for what we offer are
 * neither ("Hi Marisol! Most plans cover flu shots").
 */
export function tiesHealthToAddressee(scan: PhiScan): boolean {
  const { text } = scan;
  let theirs: string[] | undefined;
  // Asked once per distinct term: a long reply can say the same word thousands of times.
  const answers = new Map<string, boolean>();
  const saidBack = (term: HealthTermMatch): boolean => {
    theirs ??= [...new Set(commentersOwnTerms(scan).map(compared))];
    const mine = compared(text.slice(term.start, term.end));
    let answer = answers.get(mine);
    if (answer === undefined) answers.set(mine, (answer = theirs.some((t) => holds(t, mine) || holds(mine, t))));
    return answer;
  };
  return scan.healthTerms.some(
    (term) =>
      !namesWhatWeOffer(scan, term) &&
      (YOURS_BEFORE.test(text.slice(Math.max(0, term.start - 30), term.start)) || YOURS_AFTER.test(text.slice(term.end, term.end + 12)) || (!!scan.context && saidBack(term))),
  );
}
