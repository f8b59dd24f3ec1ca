import { detectUnroutedCrisis } from './advice/crisis-routing';
import { detectMedicalAdvice } from './advice/medical-advice-detector';
import { detectClickbait } from './clickbait/clickbait-detector';
import { detectPatientConfirmation } from './confirmation/patient-confirmation-detector';
import { resolveOptions } from './default-options';
import { detectDigestibility } from './digestibility/digestibility-detector';
import { EMPTY_DIRECTORY, indexDirectory } from './directory/directory-index';
import { isChartingNote } from './phi/charting-note';
import { addressedHandleFindings } from './phi/social-handle';
import { detectPhi } from './phi/phi-detector';
import { detectPhiRisk } from './phi-risk/phi-risk-detector';
import { detectReplyRisk } from './reply-risk/reply-risk-detector';
import { detectTemplateIssues } from './template/template-rules';
import { append } from './text/append';
import { canonicalText } from './text/canonical-text';
import { letterCaseOf } from './text/letter-case';
import { recasedComment, unshouted } from './text/recased-comment';
import type { EditedText } from './text/edited-text';
import { respellInformal } from './text/informal-spelling';
import { KeptSpans } from './text/kept-spans';
import { withoutTrailingHashtags } from './text/trailing-hashtags';
import { wordTokens } from './text/word-tokens';
import { truecasedText } from './truecase/truecased-text';
import type { CheckInput, ComplianceReport, Detector, DetectorContext, Directory, Finding } from './types';

export const ENGINE_VERSION = '0.1.0';

export const DETECTORS: readonly Detector[] = [
  detectPhi,
  detectPatientConfirmation,
  detectMedicalAdvice,
  // Reads the comment, not the reply's wording: no second pass over chat spellings.
  detectUnroutedCrisis,
  detectClickbait,
  detectDigestibility,
  detectTemplateIssues,
];

/** The detectors whose phrase rules are written for "you", "your", "with" or "tomorrow": they also read chat spellings written out. */
const PHRASE_DETECTORS: readonly Detector[] = [detectPatientConfirmation, detectMedicalAdvice, detectClickbait];

/** "so glad u felt taken care of w/ us": the phrase detectors' findings on the respelled text, at the original offsets. */
function detectInChatSpelling(ctx: DetectorContext): Finding[] {
  const respelled = respellInformal(ctx.text);
  if (!respelled) return [];
  const out: Finding[] = [];
  for (const detect of PHRASE_DETECTORS)
    for (const f of detect({ ...ctx, text: respelled.text })) {
      const start = respelled.originalStart(f.start);
      const end = respelled.originalEnd(f.end);
      out.push({ ...f, start, end, text: ctx.text.slice(start, end) });
    }
  return out;
}

const SEVERITY_RANK = { block: 0, warn: 1 } as const;

/** Sorted by start; of overlapping findings with the same category and type, the most severe (then longest) stays. */
export function normaliseFindings(text: string, findings: readonly Finding[]): Finding[] {
  const valid = findings
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .map((f) => (f.text === text.slice(f.start, f.end) ? f : { ...f, text: text.slice(f.start, f.end) }));
  const ranked = [...valid].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  // A check has a handful of category and type pairs, so a list beats a map keyed by a joined string.
  const groups: Array<{ category: string; type: string; spans: KeptSpans }> = [];
  for (const f of ranked) {
    let group = groups.find((g) => g.category === f.category && g.type === f.type);
    if (!group) groups.push((group = { category: f.category, type: f.type, spans: new KeptSpans() }));
    const spans = group.spans;
    if (spans.collides(f.start, f.end)) continue;
    spans.add(f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every detector's findings, in `ctx.text`'s offsets; length is measured on `writtenCtx.text`, where every character counts. */
function findingsOf(ctx: DetectorContext, modelCtx: DetectorContext, writtenCtx = ctx): Finding[] {
  const findings: Finding[] = [];
  for (const detect of DETECTORS) append(findings, detect(detect === detectDigestibility ? writtenCtx : ctx));
  append(findings, detectInChatSpelling(ctx));
  // The trained models speak only where the rules found nothing to block in their categories.
  append(findings, detectReplyRisk(modelCtx.text === ctx.text ? ctx : { ...ctx, text: modelCtx.text }, findings, modelCtx.context));
  append(findings, detectPhiRisk(modelCtx, findings));
  return findings;
}

/** The findings on the canonical text at the offsets of the text as written (length findings are there already). */
function findingsAsWritten(ctx: DetectorContext, modelCtx: DetectorContext, canonical: EditedText, written: string): Finding[] {
  return findingsOf(ctx, modelCtx, { ...ctx, text: written }).map((f) => {
    if (f.category === 'digestibility') return f;
    const start = canonical.originalStart(f.start);
    const end = canonical.originalEnd(f.end);
    return { ...f, start, end, text: written.slice(start, end) };
  });
}

/**
 * The comment as its writer meant it: canonical, without the emoji and @tags it opens with ("@RiversideFH is it true…" addresses
 * it to someone), and read in lower case when typed in capitals.
 */
function commentAsTyped(comment: string): string {
  return unshouted(canonicalText(comment, { leadingEmoji: true, leadingHandles: true })?.text ?? comment);
}

/**
 * A post or comment typed all in lower case, read with the capitals its writer left out (names, places, sentence
 * starts). Not a clinical note: the rules for charting read it in the case it was charted in.
 */
function withCapitals(typed: string, directory: Directory): string {
  return letterCaseOf(typed) === 'lower' && !isChartingNote(wordTokens(typed)) ? truecasedText(typed, directory) : typed;
}

export function check(input: CheckInput): ComplianceReport {
  // Any text is read without how a platform frames it (an opening emoji or label, a closing thread counter), a reply also
  // without the handles it opens with (reported on their own) and the signature it ends with.
  const isReply = input.kind === 'reply';
  const canonical = canonicalText(input.text, { leadingEmoji: true, leadingLabel: true, threadCounter: true, ...(isReply && { leadingHandles: true, signature: true }) });
  const directory = input.directory ?? EMPTY_DIRECTORY;
  const text = withCapitals(canonical?.text ?? input.text, directory);
  const comment = input.context === undefined ? undefined : commentAsTyped(input.context);
  const ctx: DetectorContext = {
    text,
    kind: input.kind,
    platform: input.platform,
    context: comment === undefined ? undefined : recasedComment(withCapitals(comment, directory), text, indexDirectory(directory).orgWords),
    directory,
    options: resolveOptions(input.options),
  };
  // The models learnt from comments as their writers typed them, and read them so: recased, the words of an event's
  // name said back ("our next NICU Reunion") would count as a name to the phi-risk model.
  const modelText = withoutTrailingHashtags(text);
  const modelCtx = ctx.context === comment && modelText === text ? ctx : { ...ctx, text: modelText, context: comment };
  const findings = canonical ? findingsAsWritten(ctx, modelCtx, canonical, input.text) : findingsOf(ctx, modelCtx);
  if (isReply) append(findings, addressedHandleFindings(input.text, indexDirectory(directory)));
  const normalised = normaliseFindings(input.text, findings);
  return { verdict: normalised.some((f) => f.severity === 'block') ? 'block' : 'pass', findings: normalised };
}
