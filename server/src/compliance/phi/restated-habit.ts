import { personCandidate, type PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';

/** The commenter told of their own smoking or vaping: "I've been vaping since I was 14", "fumo desde los 15". */
const OWN_HABIT_TOLD = /\b(?:smok|vap|fum)\p{L}*/iu;
const SPEAKS_OF_SELF = /\b(?:i|i['’]ve|i['’]m|me|my|yo|tengo|llevo|fumo|vapeo)\b/iu;
const NUMBER = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta)`;
/** "After 33 years of smoking", "Even after 5 years of vaping", "después de 20 años fumando": their habit's length, said back. */
const HABIT_LENGTH = new RegExp(String.raw`\b${NUMBER}\s+(?:years?|yrs)\s+of\s+(?:smoking|vaping|chewing|dipping)\b|(?<![\p{L}])${NUMBER}\s+años\s+(?:de\s+)?(?:fumar|fumando|vapear|vapeando)(?![\p{L}])`, 'giu');

/** A reply that says back how long the commenter has smoked or vaped: their own health history, in public. */
export function findRestatedHabits(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !OWN_HABIT_TOLD.test(context) || !SPEAKS_OF_SELF.test(context)) return [];
  return [...scan.text.matchAll(HABIT_LENGTH)].map((m) =>
    personCandidate(m, 'diagnosis', 'phi.diagnosis.habit-said-back', 'How long the commenter has smoked or vaped, said back in the reply'),
  );
}
