import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { ABOUT_SOMEONE_RE } from '../text/about-someone';
import { wordTokens } from '../text/word-tokens';
import { findHealthTerms } from '../vocab/health-term-index';
import { WordGatedRegExp } from '../text/word-gated-regexp';
import type { Detector, DetectorContext, Finding } from '../types';
import { ADVICE_RULES, CARE_CONTENT_RE, CAUTION_RE, DRUG_RE, ROUTING_RE } from './advice-rules';
import { clauseFinder, type ClauseBounds } from './reply-clauses';
import { yesToAMedicineQuestion } from './yes-to-a-medicine-question';

// A post speaks to one person when it opens with a handle or a named greeting.
const ADDRESSED_POST_RE = /^\s*(?:@\w+|(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear)\s+@?[A-Z][\w-]*\s*[,!—–-])/;

const DIGIT_RE = /\d/;

/** "helps the body use insulin", "people who take statins", "our nurses use numbing cream": someone other than the reader takes or gives it. */
const SOMEONE_ELSE_TAKES = /\b(?:the\s+body|your\s+body|cells|people|patients|adults|many|most|who|which|we|nurses|doctors|team|staff|pediatricians|dentists|clinicians|providers|pharmacists|therapists)\s+(?:doesn['’]t\s+|does\s+not\s+|can['’]t\s+|cannot\s+)?\S$/i;
/** "The American Academy of Dermatology recommends…": a public body's guidance for everyone, quoted without "you". */
const PUBLIC_GUIDANCE = /\b(?:CDC|FDA|WHO|USPSTF|AAP|AAD|ACOG|American\s+(?:Academy|Heart|Cancer|Diabetes|College)(?:\s+(?:of|[A-Z][a-z]+)){0,4})\s+(?:recommends|advises|suggests)\b/;
/** "General guidelines suggest…", "our team's general tips:", "Many heart guidelines suggest under 2,300 mg": education for anyone, labelled as such. */
const GENERAL_GUIDANCE = /\bgeneral\s+(?:tips|guidelines|guidance|recommendations)\b|\b(?:many|most|national|dietary|current)\s+(?:[\w-]+\s+)?guidelines\s+(?:suggest|recommend|say|advise|call\s+for)\b/i;
/** "Las guías generales recomiendan menos de 2,300 mg de sodio al día": the same, in Spanish. */
const SPANISH_GENERAL_GUIDANCE = /(?<![\p{L}])(?:las\s+)?gu[ií]as\s+(?:generales|nacionales|actuales|diet[eé]ticas|m[eé]dicas)\s+(?:recomiendan|sugieren|aconsejan|indican)(?![\p{L}])/iu;
/** "tu", "te", "usted": the Spanish sentence speaks to the reader. */
const SPANISH_YOU = /(?<![\p{L}])(?:tu|tus|te|ti|usted|ustedes)(?![\p{L}])/iu;
/** "you", "your" — but "ask your provider" routes, it does not address the advice to the reader. */
const YOU = /\byou(?:['’]re|['’]ll)?\b|\byour\b(?!\s+(?:own\s+)?(?:provider|doctor|pharmacist|clinician|care\s+team))/i;

/** "Any tips for staying healthy while fasting this month?": tips asked for everyone, about no one's own symptoms. */
const GENERAL_TIPS_QUESTION = /^\W*(?:any|some|your|best|good|quick)\s+tips\s+(?:for|on|about)\b/i;
/** "Any tips for a sore throat?" is asked by someone who has one: a condition or symptom in the question makes it theirs. */
const asksGeneralTips = (comment: string | undefined): boolean =>
  !!comment && GENERAL_TIPS_QUESTION.test(comment) && !ABOUT_SOMEONE_RE.test(comment) && findHealthTerms(wordTokens(comment)).length === 0;

function quotesPublicGuidance(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('!', at), text.lastIndexOf('?', at)) + 1;
  const stop = text.slice(at).search(/[.!?](?:\s|$)/);
  const sentence = text.slice(start, stop < 0 ? text.length : at + stop);
  return ((PUBLIC_GUIDANCE.test(sentence) || GENERAL_GUIDANCE.test(sentence)) && !YOU.test(sentence)) || (SPANISH_GENERAL_GUIDANCE.test(sentence) && !SPANISH_YOU.test(sentence));
}

interface ClauseFacts {
  care(): boolean;
  routes(): boolean;
  /** A caution ("don't", "never", "before you stop") that ends at or before `end` in this clause. */
  cautionBefore(end: number): boolean;
}

/** What a clause says, each read at most once however many rule matches fall in it. */
function clauseFacts(text: string, clause: ClauseBounds): ClauseFacts {
  const clauseText = text.slice(clause.start, clause.end);
  let care: boolean | undefined;
  let routes: boolean | undefined;
  let cautionEnd: number | undefined;
  return {
    care: () => (care ??= CARE_CONTENT_RE.test(clauseText)),
    routes: () => (routes ??= ROUTING_RE.test(clauseText)),
    cautionBefore: (end) => {
      if (cautionEnd === undefined) {
        const m = CAUTION_RE.exec(clauseText);
        cautionEnd = m ? clause.start + m.index + m[0].length : Infinity;
      }
      return cautionEnd <= end;
    },
  };
}

const COMPILED = ADVICE_RULES.map((rule) => ({ ...rule, gated: new WordGatedRegExp(rule.pattern) }));

function appliesTo(ctx: DetectorContext): boolean {
  // A reply template is a reply that has not been sent yet.
  if (ctx.kind === 'reply' || ctx.kind === 'template') return true;
  return ctx.kind === 'post' && ADDRESSED_POST_RE.test(ctx.text);
}

function finding(ctx: DetectorContext, start: number, end: number, type: string, rule: string, message: string): Finding {
  return {
    category: 'medical-advice',
    type,
    start,
    end,
    text: ctx.text.slice(start, end),
    severity: 'block',
    message,
    suggestion:
      'Route instead of advising, e.g. "Please call our 24/7 nurse line at … — a provider can talk this through with you. If it is an emergency, call 911."',
    rule,
  };
}

/** Individual diagnostic, dosing or treatment guidance, including hedged advice and false reassurance. */
export const detectMedicalAdvice: Detector = (ctx) => {
  if (!appliesTo(ctx) || ctx.text.trim() === '') return [];
  const text = ctx.text;
  const findings: Finding[] = [];
  const words = asciiWords(text);
  let hasDigit: boolean | undefined;
  let generalTips: boolean | undefined;
  // Read once per check, and once per clause: per match, a long reply with many matches in one clause was quadratic.
  const commentHas: Partial<Record<'care' | 'drug', boolean>> = {};
  const commentHolds = (what: 'care' | 'drug'): boolean => (commentHas[what] ??= !!ctx.context && (what === 'drug' ? DRUG_RE : CARE_CONTENT_RE).test(ctx.context));
  let clauseOf: ((from: number, to: number) => ClauseBounds) | undefined;
  const byClause = new Map<number, ClauseFacts>();
  const facts = (bounds: ClauseBounds): ClauseFacts => {
    // A match can span a boundary ("3–5 g"), so clauses that share a start may differ in their end.
    const key = bounds.start * (text.length + 1) + bounds.end;
    let found = byClause.get(key);
    if (!found) byClause.set(key, (found = clauseFacts(text, bounds)));
    return found;
  };
  for (const rule of COMPILED) {
    if (!hasAnyOf(words, rule.keyWords) && !(rule.orDigit && (hasDigit ??= DIGIT_RE.test(text)))) continue;
    if (rule.commentAsks && !(ctx.context && rule.commentAsks.test(ctx.context))) continue;
    const matches = rule.gated.matches(text);
    if (matches === undefined) continue;
    let m: RegExpExecArray | null;
    while ((m = matches.exec()) !== null) {
      if (m[0].length === 0) {
        matches.lastIndex++;
        continue;
      }
      if (rule.type === 'treatment' && (generalTips ??= ctx.kind === 'reply' && asksGeneralTips(ctx.context))) break;
      if (rule.type === 'treatment' && SOMEONE_ELSE_TAKES.test(text.slice(Math.max(0, m.index - 20), m.index + 1))) continue;
      const clause = facts((clauseOf ??= clauseFinder(text))(m.index, m.index + m[0].length));
      const careContent =
        (rule.needsCareContent || rule.routingExcuses) && (clause.care() || (rule.careContentInComment !== undefined && commentHolds(rule.careContentInComment)));
      if (rule.needsCareContent && !careContent) continue;
      if (rule.routingExcuses && !careContent && clause.routes()) continue;
      if (rule.type !== 'diagnosis' && rule.type !== 'discourages-care' && clause.cautionBefore(m.index + 1)) continue;
      if ((rule.type === 'dosing' || rule.type === 'treatment') && quotesPublicGuidance(text, m.index)) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      findings.push(finding(ctx, start, end, rule.type, rule.id, rule.message));
      break;
    }
  }
  if (findings.length === 0 && ctx.kind === 'reply' && ctx.context) {
    const yes = yesToAMedicineQuestion(text, ctx.context);
    if (yes)
      findings.push(
        yes.device
          ? finding(ctx, yes.start, yes.end, 'treatment', 'advice.yes-to-device-question', 'Answers yes to whether this person may change a cast, splint or wound dressing. Only their care team can say that.')
          : finding(ctx, yes.start, yes.end, 'dose-change', 'advice.yes-to-medicine-question', 'Answers yes to whether this person should take, stop or mix a medicine. Only their prescriber or pharmacist can say that.'),
      );
  }
  return findings;
};
