import type { DetectorContext, Finding } from '../types';
import { isSpanishSentence } from '../text/spanish-sentence';
import { POST_FEATURES, postClickbaitScorer, spanishPostClickbaitScorer } from './post-clickbait-classifier';
import type { ClickbaitScorer } from './clickbait-classifier';
import { splitSegments } from './post-segments';

/**
 * The post model judges the whole post (it was trained on whole posts); when it blocks, the finding
 * points at the sentence that scores highest on its own, so the editor sees which line is the hook.
 */
const ANSWER_OPENER = /^\s*(?:nope|no|yes|yep|yup|nah|not really|true|false|myth|fact|actually|it depends|short answer)\b/i;

/** "1) … 2) … 3) …", "1. …", "1️⃣ …": a numbered item of a list the post spells out. */
const NUMBERED_ITEM = /(?<![\p{L}\d.,])(\d{1,2})(?:[).]\s|\uFE0F?\u20E3)/gu;

/** "5 signs your snoring might be more than snoring: 1) … 5) …": a list counted from 1 to at least 3 delivers what the hook promised. */
function spellsOutNumberedList(text: string): boolean {
  let next = 1;
  for (const m of text.matchAll(NUMBERED_ITEM)) if (Number(m[1]) === next) next++;
  return next > 3;
}

export function postTeaserFindings(ctx: DetectorContext): Finding[] {
  if (spellsOutNumberedList(ctx.text)) return [];
  // Both post models read the same features: collected once, in a buffer nothing else writes before the second reads it.
  const features = POST_FEATURES.collect(ctx.text);
  const english = postClickbaitScorer();
  const englishP = english.scoreFeatures(features);
  if (englishP >= english.threshold) return teaserFindings(ctx, english, englishP, 'clickbait.post-teaser-model');
  if (!ctx.options.spanishClickbaitModel || !isSpanishSentence(ctx.text)) return [];
  const spanish = spanishPostClickbaitScorer();
  const spanishP = spanish.scoreFeatures(features);
  return spanishP >= spanish.threshold ? teaserFindings(ctx, spanish, spanishP, 'clickbait.post-teaser-model-es') : [];
}

/** The finding of a post model that blocks `ctx`, on the sentence that scores highest on its own; none for a question it answers. */
function teaserFindings(ctx: DetectorContext, scorer: ClickbaitScorer, p: number, rule: string): Finding[] {
  let best = { start: 0, end: ctx.text.length, p: -1 };
  for (const seg of splitSegments(ctx.text)) {
    const segP = scorer.score(seg.text);
    if (segP > best.p) best = { start: seg.start, end: seg.end, p: segP };
  }
  // "Does cracking your knuckles cause arthritis? Nope! Studies haven't found a link.": asked and answered.
  if (ctx.text.slice(best.start, best.end).trimEnd().endsWith('?') && ANSWER_OPENER.test(ctx.text.slice(best.end))) return [];
  return [
    {
      category: 'clickbait',
      type: 'teaser',
      start: best.start,
      end: best.end,
      text: ctx.text.slice(best.start, best.end),
      severity: 'block',
      message: `Reads like a clickbait teaser: it hooks or withholds instead of informing (post model confidence ${Math.round(p * 100)}%).`,
      suggestion: 'Say the actual point in the post: the tip, the finding or the date. Invite questions instead of likes, tags or clicks.',
      rule,
    },
  ];
}
