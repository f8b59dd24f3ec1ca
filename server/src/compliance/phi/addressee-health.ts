import { canonicalTerm } from '../vocab/term-synonyms';
import type { HealthTermMatch } from '../vocab/health-term-index';
import { SHOT_WORDS } from '../vocab/service-words';
import { commentersOwnTerms, namesWhatWeOffer, statedForEveryone, supposedAround } from './health-detail-detector';
import type { PhiScan } from './phi-scan';

/** "the stitches on your chin", "your COPD", "your mom is facing cancer": a term the reply says is the person's or their family's ("if your child has trouble breathing" supposes). */
const YOURS_BEFORE = /(?<!\b(?:if|when|whenever|unless|once|until|in\s+case)\s+)\byour\s+(?:(?:mom|mother|dad|father|husband|wife|partner|son|daughter|child|kid|baby|sister|brother|grand(?:ma|pa|mother|father|son|daughter))\s+(?:[\w'’-]+\s+){0,3}|(?:[\w'’-]+\s+){0,2})$/i;
const YOURS_AFTER = /^\s+(?:on|in|of|to)\s+your\b/i;

/** "flu shots", "sports physicals": a service anyone gets, said back as what we offer, not what they have. */
const ROUTINE_SERVICE = new RegExp(String.raw`\b(?:${SHOT_WORDS}|physicals?)$`, 'i');

/** "Most tonsil surgeries are same-day", "Any fever of 100.4°F in a baby": a term said of many, not of them; "Many COPD check-ins can be done by video" still answers about their visits. */
const QUANTIFIED_BEFORE = /\b(?:some|most|many|any|all|every)\s+(?:[\p{L}'’-]+\s+)?$/iu;
const THEIR_VISITS_AFTER = /^\s+(?:check-?ins?|check-?ups?|visits?|appointments?|follow-?ups?)\b/i;

/** Compared as one name: "torn pec" and "pec tears", "diabetic" and "diabetes". */
const compared = (written: string): string =>
  canonicalTerm(written)
    .replace(/(?:ies|ic)$/, 'y')
    .replace(/s$/, '')
    .replace(/^torn (.+)$/, '$1 tear');
const holds = (longer: string, shorter: string): boolean => ` ${longer} `.includes(` ${shorter} `);

/**
 * Whether a reply ties health to the person it greets: a term the comment gave, said back ("Hi Carlos! Many COPD
 * check-ins can be done by video" to "I have COPD"), or a term the reply calls theirs. Terms for what we offer are
 * neither ("Hi Marisol! Most plans cover flu shots"), unless they are the commenter's own medicine said back.
 */
export function tiesHealthToAddressee(scan: PhiScan): boolean {
  const { text } = scan;
  let theirs: string[] | undefined;
  // Asked once per distinct term: a long reply can say the same word thousands of times.
  const answers = new Map<string, boolean>();
  const quantified = (term: HealthTermMatch): boolean => QUANTIFIED_BEFORE.test(text.slice(Math.max(0, term.start - 30), term.start)) && !THEIR_VISITS_AFTER.test(text.slice(term.end, term.end + 16));
  const saidBack = (term: HealthTermMatch): boolean => {
    const written = text.slice(term.start, term.end);
    if (ROUTINE_SERVICE.test(written)) return false;
    theirs ??= [...new Set(commentersOwnTerms(scan).map(compared))];
    const mine = compared(written);
    let answer = answers.get(mine);
    if (answer === undefined) answers.set(mine, (answer = theirs.some((t) => holds(t, mine) || holds(mine, t))));
    // How this mention is framed is asked only of a term of theirs.
    return answer && !supposedAround(scan, term) && !statedForEveryone(text, term.start, term.end) && !quantified(term);
  };
  return scan.healthTerms.some((term) =>
    // "Hi Jorge! Tobramycin refill requests can go through the portal" to "need my tobramycin refill": a medicine of theirs is theirs however it is offered.
    namesWhatWeOffer(scan, term)
      ? term.kind === 'medication' && !!scan.context && saidBack(term)
      : ((YOURS_BEFORE.test(text.slice(Math.max(0, term.start - 30), term.start)) || YOURS_AFTER.test(text.slice(term.end, term.end + 12))) && !supposedAround(scan, term)) || (!!scan.context && saidBack(term)),
  );
}
