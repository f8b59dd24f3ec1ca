import { personCandidate, type PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';
import { MONTH_NAMES } from '../vocab/months';

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  un: '1', una: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10',
};
/** "3 years clear of melanoma", "five years cancer-free", "two years sober": a health milestone. */
const MILESTONE = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:clear|cancer[- ]free|in\s+remission|sober|seizure[- ]free|smoke[- ]free)\b/gi;
/** "un año sin fumar", "seis meses sobria", "dos años libre de cáncer": the same milestones in Spanish. */
const SPANISH_MILESTONE =
  /(?<![\p{L}\d])(\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:años?|meses|mes)\s+(?:sin\s+(?:fumar|beber|tomar|vapear|alcohol|drogas|convulsiones|c[aá]ncer)|sobri[oa]s?|limpi[oa]s?|libres?\s+de\s+(?:c[aá]ncer|humo|tabaco|alcohol))(?![\p{L}])/giu;
const PREGNANT = /\b(?:pregnant|expecting)\b/i;
const MULTIPLE = /\b(?:twins|triplets)\b/i;
const MULTIPLES = new RegExp(MULTIPLE.source, 'gi');

/** "due in March", "due date is early June", "expecting in May": when the commenter's baby is due. */
const DUE_MONTH = new RegExp(String.raw`\b(?:due|expecting|edd)\b(?:\s+date)?(?:\s+(?:is|in|on|at|around|by|the\s+end\s+of|early|mid|late))*[\s-]+(${MONTH_NAMES})\b`, 'i');

/** "A March baby!", "due in March": the month the commenter's baby is due, said back. */
function dueMonthSaidBack(month: string): RegExp {
  return new RegExp(String.raw`\b${month}\s+(?:baby|babies|arrival|bundle|little\s+one|due\s+date)\b|\bdue\s+(?:date\s+)?(?:in|on|around)\s+(?:early\s+|mid-?\s*|late\s+)?${month}\b`, 'gi');
}

const numberOf = (word: string): string => NUMBER_WORDS[word.toLowerCase()] ?? word;

/**
 * "Three years clear, that's huge!" after "I'm 3 years clear of melanoma", "Congrats on the twins!" after "pregnant w/
 * twins": the commenter's health milestone or pregnancy, said back in public.
 */
export function findRestatedMilestones(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context) return [];
  const out: PhiCandidate[] = [];
  for (const milestone of [MILESTONE, SPANISH_MILESTONE]) {
    const given = new Set([...context.matchAll(milestone)].map((m) => numberOf(m[1] as string)));
    if (given.size === 0) continue;
    for (const m of scan.text.matchAll(milestone)) {
      if (!given.has(numberOf(m[1] as string))) continue;
      out.push(personCandidate(m, 'diagnosis', 'phi.diagnosis.restated-milestone', 'The health milestone the commenter shared, said back in the reply'));
    }
  }
  if (PREGNANT.test(context) && MULTIPLE.test(context)) {
    for (const m of scan.text.matchAll(MULTIPLES)) {
      out.push(personCandidate(m, 'diagnosis', 'phi.diagnosis.restated-milestone', 'The pregnancy the commenter shared, said back in the reply'));
    }
  }
  const due = DUE_MONTH.exec(context);
  if (due) {
    for (const m of scan.text.matchAll(dueMonthSaidBack((due[1] as string).toLowerCase()))) {
      out.push(personCandidate(m, 'date', 'phi.date.restated-due-date', 'The month the commenter’s baby is due, said back in the reply'));
    }
  }
  return out;
}
