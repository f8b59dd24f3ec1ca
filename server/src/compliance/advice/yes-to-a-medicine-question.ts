import { isSpanishSentence } from '../text/spanish-sentence';
import { wordTokens } from '../text/word-tokens';
import { findHealthTerms } from '../vocab/health-term-index';
import { ROUTING_RE, SPANISH_MEDICINE } from './advice-rules';

/** "Can I take ibuprofen with my blood pressure pills?", "¿Puedo tomar ibuprofeno…?", "¿me tomo dos hoy?": whether to take, stop or mix something. */
const ASKS_WHETHER_TO_TAKE =
  /\b(?:can|could|should|may)\s+(?:i|we|he|she|they|my\s+[\w'’-]+)\s+(?:still\s+)?(?:take|give|mix|stop|skip|keep\s+taking|double|combine|quit|drink)\b|\bis\s+it\s+(?:ok|okay|safe|fine|alright|bad)\s+to\s+(?:take|give|mix|stop|skip|keep\s+taking|double|combine|quit|drink)\b|\b(?:puedo|podemos|debo|le\s+puedo|me\s+puedo|se\s+puede)\s+(?:tomar|dar(?:le)?|mezclar|dejar|usar|seguir\s+tomando|suspender)\b|\bme\s+tomo\b/iu;
/** "Is it ok to trim a cast at home?", "can I get my stitches wet?": whether to change what a clinician put on them. */
const ASKS_WHETHER_TO_ALTER_A_DEVICE =
  /\b(?:(?:can|could|should|may)\s+(?:i|we|he|she|they|my\s+[\w'’-]+)|is\s+it\s+(?:ok|okay|safe|fine|alright)\s+to)\s+(?:just\s+)?(?:trim|cut|snip|remove|take\s+off|loosen|adjust|shower\s+with|get|wet)\s+(?:[\w'’-]+\s+){0,3}?(?:cast|splint|brace|stitches|sutures|staples|bandage|dressing|boot|sling)s?\b/i;
/** What a Spanish question can ask to take: a pill, a syrup, a medicine named by its ending. */
const NAMES_A_SPANISH_MEDICINE = new RegExp(String.raw`\b${SPANISH_MEDICINE}`, 'i');
const YES = String.raw`(?:yes|yep|yup|sure|absolutely|of\s+course|definitely|s[ií])`;
/** "Yes, no problem", "Sí, tómeselas juntas": the reply opens by saying yes. */
const OPENS_WITH_YES = new RegExp(String.raw`^\W*${YES}(?!\p{L})[^.!?\n]*`, 'iu');
/** "Yes!", "Sí.": the yes alone, its answer in the next sentence. */
const BARE_YES = new RegExp(String.raw`^\W*${YES}\W*$`, 'iu');
/** "Sí, llame a su farmacéutico…", "Yes — please ask your pharmacist": a yes that routes. */
const SPANISH_ROUTING =
  /\b(?:llame|llámenos|pregunte|consulte|hable\s+con|su\s+(?:médico|doctor|farmacéutico|proveedor)|farmacia)\b/iu;

const NEXT_SENTENCE = /^[.!?\s]*[^.!?\n]*/u;
/** "You can keep taking it, it won't affect the scan", "It's fine to stop them": the answer without a yes, the medicine as "it". */
const TAKE_IT_ANSWER =
  /\byou\s+(?:can|could|should|may)\s+(?:safely\s+|still\s+|just\s+|definitely\s+|totally\s+)?(?:keep\s+(?:taking|using)|continue(?:\s+(?:taking|using))?|stop(?:\s+taking)?|skip|hold|take)\s+(?:it|them|that|those)\b[^.!?\n]*|\b(?:it['’]s|it\s+is)\s+(?:fine|ok(?:ay)?|safe)\s+to\s+(?:keep\s+taking|continue|take|stop|skip)\s+(?:it|them)\b[^.!?\n]*/i;

/**
 * TAKE_IT_ANSWER's match widened back to the start of its sentence, which may route ("Please ask your pharmacist whether
 * you can keep taking it"). Found by walking back, not by a leading [^.!?\n]* in the regex: that retried from every
 * character of a long sentence (a 70,000-character reply took 5.7 s).
 */
function takeItAnswer(reply: string): { index: number; text: string } | undefined {
  const m = TAKE_IT_ANSWER.exec(reply);
  if (!m) return undefined;
  let start = m.index;
  while (start > 0 && !'.!?\n'.includes(reply.charAt(start - 1))) start--;
  return { index: start, text: reply.slice(start, m.index + m[0].length) };
}

// The Spanish endings only in a Spanish comment: in English "-ol" ends "school" and "pool".
const asksAboutAMedicine = (comment: string): boolean =>
  (NAMES_A_SPANISH_MEDICINE.test(comment) && isSpanishSentence(comment)) ||
  findHealthTerms(wordTokens(comment)).some((t) => t.kind === 'medication' || t.kind === 'procedure');

/**
 * The reply's opening "yes" to a comment asking whether to take, stop or mix a medicine (or to trim a cast, wet stitches:
 * `device`), or its "you can keep taking it": the
 * answer is the advice, however short ("Yes, no problem at all."). A yes whose answer routes ("Yes! Please call our pharmacist…") answers the asking, not the
 * medicine.
 */
export function yesToAMedicineQuestion(reply: string, comment: string): { start: number; end: number; device: boolean } | undefined {
  const device = ASKS_WHETHER_TO_ALTER_A_DEVICE.test(comment);
  if (!device && !ASKS_WHETHER_TO_TAKE.test(comment)) return undefined;
  const opening = OPENS_WITH_YES.exec(reply);
  const yes = opening ? { index: opening.index, text: opening[0] } : takeItAnswer(reply);
  if (!yes) return undefined;
  // "Yes! Please call our pharmacist…": a bare yes is answered by the sentence after it.
  const answer = BARE_YES.test(yes.text)
    ? reply.slice(0, yes.text.length + (NEXT_SENTENCE.exec(reply.slice(yes.text.length))?.[0].length ?? 0))
    : yes.text;
  if (ROUTING_RE.test(answer) || SPANISH_ROUTING.test(answer) || (!device && !asksAboutAMedicine(comment))) return undefined;
  const start = yes.index + (yes.text.length - yes.text.trimStart().length);
  return { start, end: yes.index + yes.text.trimEnd().length, device };
}
