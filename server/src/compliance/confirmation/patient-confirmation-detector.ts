import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { WordGatedRegExp } from '../text/word-gated-regexp';
import type { Detector, DetectorContext, Finding } from '../types';
import {
  AFFIRMING_REPLY,
  ANSWERS_YES,
  ASKS_IF_HERE_OR_READY,
  ASKS_IF_STAYING,
  ASKS_IF_STILL_ON,
  ASKS_IF_WE_HOLD_THEIRS,
  ASKS_TO_PICK_UP_THEIRS,
  CONFIRMATION_RULES,
  CONTEXT_OWN_CARE,
  isGenericMention,
  MESSAGE_FOR_SOMEONE_STAYING,
  NAMES_WHO_IT_WAS,
  OTHER_VISIT_CONTEXT,
  POINTS_TO_THEIR_UNIT,
  SAYS_ALL_SET,
  SAYS_WE_DO,
  SPANISH_AFFIRMING_REPLY,
  SPANISH_ANSWERS_READY,
  SPANISH_ASKS_FOR_A_COPY,
  SPANISH_ASKS_IF_READY,
  SPANISH_CONTEXT_OWN_CARE,
  SAYS_WE_HOLD_THEM,
  SPANISH_ASKS_IF_WE_HOLD_THEIRS,
  SPANISH_SAYS_WE_DO,
  SPANISH_SENDS_IT,
  TAKES_THE_MESSAGE,
  TAKES_THE_THANKS,
  TELLS_OF_WHO_CARED,
  THANKS_FOR_OWN_VISIT,
  WAS_OUR_PATIENT_CONTEXT,
} from './confirmation-rules';

const COMPILED = CONFIRMATION_RULES.map((rule) => ({ ...rule, gated: new WordGatedRegExp(rule.pattern) }));
const SENTENCE_START_RE = /[.!?\n][^.!?\n]*$/;
/** "presenting 'Fuel for Your 5K' on Tuesday": inside a quoted title, "your" is the title's, not the reader's. */
const OPEN_QUOTE_BEFORE = /(?:^|[\s(])['"‘“][^'"’”]*$/;

function sentencePrefix(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 200), index);
  const m = SENTENCE_START_RE.exec(before);
  return m ? m[0].slice(1) : before;
}

function finding(ctx: DetectorContext, start: number, end: number, rule: string, message: string): Finding {
  return {
    category: 'patient-confirmation',
    type: 'confirms-patient',
    start,
    end,
    text: ctx.text.slice(start, end),
    severity: 'block',
    message,
    suggestion: 'Reply without saying or implying they were seen here, e.g. "We\'d love to help — please call Patient Relations."',
    rule,
  };
}

/** A comment that speaks of care, and the reply wording that affirms it: each pair read only when no rule found anything. */
const CONTEXT_AFFIRMATIONS: ReadonlyArray<{ context: RegExp; reply: RegExp; rule: string; message: string }> = [
  { context: CONTEXT_OWN_CARE, reply: AFFIRMING_REPLY, rule: 'confirmation.affirms-commenter-care', message: 'The commenter mentions their own care here, and this reply affirms it.' },
  { context: SPANISH_CONTEXT_OWN_CARE, reply: SPANISH_AFFIRMING_REPLY, rule: 'confirmation.affirms-commenter-care', message: 'The commenter tells of their own care by one of ours, and this reply affirms it (in Spanish).' },
  { context: ASKS_IF_HERE_OR_READY, reply: ANSWERS_YES, rule: 'confirmation.answers-yes', message: 'The commenter asks whether their relative was or is here, and this reply says yes.' },
  { context: ASKS_IF_STILL_ON, reply: SAYS_ALL_SET, rule: 'confirmation.answers-yes', message: 'The commenter asks whether their own booking stands, and this reply says it does.' },
  { context: ASKS_IF_WE_HOLD_THEIRS, reply: SAYS_WE_DO, rule: 'confirmation.answers-yes', message: 'The commenter asks whether we hold their records, and this reply says we do.' },
  { context: ASKS_TO_PICK_UP_THEIRS, reply: SAYS_WE_HOLD_THEM, rule: 'confirmation.answers-yes', message: 'The commenter asks to pick up what they or a relative left with us, and this reply says we hold it.' },
  { context: SPANISH_ASKS_IF_WE_HOLD_THEIRS, reply: SPANISH_SAYS_WE_DO, rule: 'confirmation.answers-yes', message: 'The commenter asks whether we hold their records, and this reply says we do (in Spanish).' },
  { context: SPANISH_ASKS_FOR_A_COPY, reply: SPANISH_SENDS_IT, rule: 'confirmation.answers-yes', message: 'The commenter asks us for a copy of their own care document, and this reply says we will send it (in Spanish).' },
  { context: SPANISH_ASKS_IF_READY, reply: SPANISH_ANSWERS_READY, rule: 'confirmation.answers-yes', message: 'The commenter asks whether their results are in, and this reply says yes (in Spanish).' },
  { context: ASKS_IF_STAYING, reply: POINTS_TO_THEIR_UNIT, rule: 'confirmation.answers-yes', message: 'The commenter asks whether someone is staying with us, and this reply points to the unit where they would be visited.' },
  { context: MESSAGE_FOR_SOMEONE_STAYING, reply: TAKES_THE_MESSAGE, rule: 'confirmation.takes-message-to-patient', message: 'The commenter sends a message to someone staying with us, and this reply says it will reach them.' },
  { context: THANKS_FOR_OWN_VISIT, reply: TAKES_THE_THANKS, rule: 'confirmation.takes-thanks-for-visit', message: 'The commenter thanks us for their own visit, and this reply takes the thanks, which confirms the visit.' },
  { context: TELLS_OF_WHO_CARED, reply: NAMES_WHO_IT_WAS, rule: 'confirmation.names-who-cared', message: 'The commenter tells of one of our people who cared for them, and this reply names who it was.' },
];

/** Replies and templates that reveal or affirm that someone is or was our patient. */
export const detectPatientConfirmation: Detector = (ctx) => {
  if ((ctx.kind !== 'reply' && ctx.kind !== 'template') || ctx.text.trim() === '') return [];
  const findings: Finding[] = [];
  const words = asciiWords(ctx.text);
  const otherVisit = !!ctx.context && OTHER_VISIT_CONTEXT.test(ctx.context) && !WAS_OUR_PATIENT_CONTEXT.test(ctx.context);
  for (const rule of COMPILED) {
    if (!hasAnyOf(words, rule.keyWords) || (otherVisit && rule.notForOtherVisits)) continue;
    const matches = rule.gated.matches(ctx.text);
    if (matches === undefined) continue;
    let m: RegExpExecArray | null;
    while ((m = matches.exec()) !== null) {
      if (rule.skipGeneric) {
        const prefix = sentencePrefix(ctx.text, m.index);
        if (isGenericMention(prefix, m[0]) || OPEN_QUOTE_BEFORE.test(prefix)) continue;
      }
      findings.push(finding(ctx, m.index, m.index + m[0].length, rule.id, rule.message));
      break;
    }
  }
  if (findings.length === 0 && ctx.context) {
    for (const affirmation of CONTEXT_AFFIRMATIONS) {
      if (!affirmation.context.test(ctx.context)) continue;
      const m = affirmation.reply.exec(ctx.text);
      if (!m) continue;
      findings.push(finding(ctx, m.index, m.index + m[0].length, affirmation.rule, affirmation.message));
      break;
    }
  }
  return findings;
};
