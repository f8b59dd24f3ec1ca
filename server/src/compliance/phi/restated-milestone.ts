import { personCandidate, type PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';

const NUMBER_WORDS: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };
/** "3 years clear of melanoma", "five years cancer-free", "two years sober": a health milestone. */
const MILESTONE = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:clear|cancer[- ]free|in\s+remission|sober|seizure[- ]free|smoke[- ]free)\b/gi;
const PREGNANT = /\b(?:pregnant|expecting)\b/i;
const MULTIPLE = /\b(?:twins|triplets)\b/i;
const MULTIPLES = new RegExp(MULTIPLE.source, 'gi');

const numberOf = (word: string): string => NUMBER_WORDS[word.toLowerCase()] ?? word;

/**
 * "Three years clear, that's huge!" after "I'm 3 years clear of melanoma", "Congrats on the twins!" after "pregnant w/
 * twins": the commenter's health milestone or pregnancy, said back in public.
 */
export function findRestatedMilestones(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context) return [];
  const out: PhiCandidate[] = [];
  const given = new Set([...context.matchAll(MILESTONE)].map((m) => numberOf(m[1] as string)));
  if (given.size > 0) {
    for (const m of scan.text.matchAll(MILESTONE)) {
      if (!given.has(numberOf(m[1] as string))) continue;
      out.push(personCandidate(m, 'diagnosis', 'phi.diagnosis.restated-milestone', 'The health milestone the commenter shared, said back in the reply'));
    }
  }
  if (PREGNANT.test(context) && MULTIPLE.test(context)) {
    for (const m of scan.text.matchAll(MULTIPLES)) {
      out.push(personCandidate(m, 'diagnosis', 'phi.diagnosis.restated-milestone', 'The pregnancy the commenter shared, said back in the reply'));
    }
  }
  return out;
}
