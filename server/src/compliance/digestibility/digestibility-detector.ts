import type { Detector, DetectorContext, Finding, Platform, Severity } from '../types';
import { findHashtags, findLinks, type Span } from './hashtags-and-links';
import { measureLength } from './platform-length';
import { fleschKincaid } from './readability';

/** Below this many words a grade level says more about one long word than about the text. */
export const MIN_WORDS_FOR_READABILITY = 30;

const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X', linkedin: 'LinkedIn' };

function finding(ctx: DetectorContext, span: Span, type: string, severity: Severity, rule: string, message: string, suggestion?: string): Finding {
  return {
    category: 'digestibility',
    type,
    start: span.start,
    end: span.end,
    text: ctx.text.slice(span.start, span.end),
    severity,
    message,
    ...(suggestion ? { suggestion } : {}),
    rule,
  };
}

function lengthFindings(ctx: DetectorContext, platform: Platform): Finding[] {
  const limit = ctx.options.platformLimits[platform];
  const recommended = ctx.options.recommendedLengths[platform];
  const measured = measureLength(ctx.text, platform, [limit, recommended]);
  const name = PLATFORM_NAMES[platform];
  const unit = platform === 'x' ? 'weighted characters (links count 23, emoji 2)' : 'characters';
  const over = measured.overflowAt(limit);
  if (over !== undefined) {
    return [
      finding(ctx, { start: over, end: ctx.text.length }, 'length', 'block', `digestibility.length.${platform}.limit`,
        `${name} rejects posts over ${limit} ${unit}; this one is ${measured.length}. The highlighted part would not fit.`,
        `Cut at least ${measured.length - limit} ${platform === 'x' ? 'weighted characters' : 'characters'}.`),
    ];
  }
  const past = measured.overflowAt(recommended);
  if (past === undefined) return [];
  return [
    finding(ctx, { start: past, end: ctx.text.length }, 'length', 'warn', `digestibility.length.${platform}.recommended`,
      `At ${measured.length} ${unit} this is longer than the ${recommended} we recommend for ${name}; readers often stop before the end.`,
      'Shorten it, or move detail behind a link.'),
  ];
}

function readabilityFindings(ctx: DetectorContext): Finding[] {
  const stats = fleschKincaid(ctx.text);
  if (stats.words < MIN_WORDS_FOR_READABILITY || stats.grade <= ctx.options.readabilityGrade) return [];
  return [
    finding(ctx, { start: 0, end: ctx.text.length }, 'readability', 'warn', 'digestibility.readability',
      `Reads at about grade ${stats.grade.toFixed(1)}; aim for grade ${ctx.options.readabilityGrade} or below so most people can follow it.`,
      'Use shorter sentences and everyday words.'),
  ];
}

function excessFinding(ctx: DetectorContext, spans: Span[], max: number, type: string, noun: string): Finding[] {
  if (spans.length <= max) return [];
  const extra = { start: spans[max].start, end: spans[spans.length - 1].end };
  return [
    finding(ctx, extra, type, 'warn', `digestibility.${type}`,
      `${spans.length} ${noun} — more than ${max} makes the post look like spam and buries the message.`,
      `Keep the ${max} that matter most.`),
  ];
}

/** Length per platform, reading grade, hashtag and link counts. Alt text gets only the length-free checks. */
export const detectDigestibility: Detector = (ctx) => {
  if (ctx.text.trim() === '') return [];
  const findings: Finding[] = [];
  if (ctx.platform && ctx.kind !== 'alt-text') findings.push(...lengthFindings(ctx, ctx.platform));
  findings.push(...readabilityFindings(ctx));
  findings.push(...excessFinding(ctx, findHashtags(ctx.text), ctx.options.maxHashtags, 'hashtags', 'hashtags'));
  findings.push(...excessFinding(ctx, findLinks(ctx.text), ctx.options.maxLinks, 'links', 'links'));
  return findings;
};
