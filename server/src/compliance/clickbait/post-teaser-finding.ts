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

/** "The most common mistake?", "The #1 culprit?", "The most common thing they told us?": a hook of a few words, which a post answers at once or never. */
const FRAGMENT_QUESTION =
  /^\W*(?:the\s+)?(?:most\s+common|biggest|number\s+one|#1|top|main|real|sneakiest|worst)(?:\s+[\p{L}'’-]+){1,4}\s*\?\s*$/iu;
/**
 * The next sentence says something (a capitalised word, then words), with no link, arrow or call to click or comment; it may
 * be quoted ("The most common thing they told us? 'I thought I just had to live with it.'").
 */
const NEXT_SENTENCE = /^\s*['"‘“]?(\p{Lu}[^.!?\n]*(?:\s+[\p{L}'’-]+){2}[^.!?\n]*)/u;
const STILL_WITHHELD = /👇|⬇|👉|\blink\b|\bbio\b|\bcomment|\bclick|\btap\b|\bswipe|\bwatch\b|\bfind\s+out\b|\bguess\b|\bstay\s+tuned\b|\btomorrow\b/i;

function answeredByNextSentence(rest: string): boolean {
  const next = NEXT_SENTENCE.exec(rest);
  return next !== null && !STILL_WITHHELD.test(next[1] as string);
}

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
  // "The most common mistake? Talking during the reading.": a question of a few words, answered by the next sentence.
  if (FRAGMENT_QUESTION.test(ctx.text.slice(best.start, best.end)) && answeredByNextSentence(ctx.text.slice(best.end))) return [];
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
