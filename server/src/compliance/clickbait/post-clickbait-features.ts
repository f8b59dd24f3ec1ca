/**
 * Features for the healthcare-post clickbait model: the headline model's hashed words, bigrams and
 * char n-grams (same hashing, folded into a smaller table because the training set is a few hundred
 * posts), plus flags for the habits of marketing teasers that news headlines lack.
 */
import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { collectFeatures, styleHash, type FeatureVector } from './clickbait-features';

export const POST_FEATURE_BITS = 16;
export const POST_FEATURE_DIM = 1 << POST_FEATURE_BITS;
const MASK = POST_FEATURE_DIM - 1;

// Trailing "…" or "..." (emoji and closing punctuation after it allowed): the sentence trails off unfinished.
const TRAILING_ELLIPSIS_RE = /(?:…|\.\.\.)[\s\p{Extended_Pictographic}\u200d\ufe0f)"'”’]*$/u;
// A post that opens by addressing or ordering the reader ("Moms,", "Parents, stop", "You", "Don't").
const READER_OPENER_RE =
  /^\W*(?:(?:moms?|dads?|parents|ladies|women|men|seniors|grandparents|guys|friends|everyone|hey\s+\w+)\b\s*[,!:]|you(?:['’](?:re|ll|ve))?\b|your\b|stop\b|don['’]?t\b|never\b|wait\b|read\s+this\b|before\s+you\b|if\s+you\b|think\s+you\b)/i;
const ENGAGEMENT_RE =
  /\b(?:comment|share|tag|like|react|type|drop|double[-\s]tap|say)\b[^.!?\n]{0,40}\b(?:if|below|someone|friends?|who|yes|amen|in\s+the\s+comments)\b/i;
/** ENGAGEMENT_RE's first words, each a whole ASCII word of any match ("double" of "double-tap"): without one it cannot match. */
const ENGAGEMENT_WORDS = ['comment', 'share', 'tag', 'like', 'react', 'type', 'drop', 'double', 'say'];
const SHOCK_EMOJI_RE = /[👀😱🤯😳😨😬🤫😮]/u;
// Words that deliver: a phone number, a colon introducing a list, figures with units or times.
const DELIVERS_RE = /\(\d{3}\)\s?\d{3}-\d{4}|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|:\s*[^,:]{2,50},[^,]{2,50},/i;
const SHOUT_WORD_RE = /\b[A-Z]{3,}\b/g;
const SHOUTING_COMMON = new Set(['COVID', 'CDC', 'FDA', 'AED', 'CPR', 'MRI', 'COPD', 'ADHD', 'HIV', 'SPF', 'RSV', 'HPV', 'MMR', 'RICE', 'FAST', 'SAD', 'PSA']);

function shoutedWords(raw: string): number {
  let n = 0;
  SHOUT_WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHOUT_WORD_RE.exec(raw)) !== null) if (!SHOUTING_COMMON.has(m[0])) n++;
  return n;
}

/** Like collectFeatures, into the same reused scratch buffer, with buckets in the post model's table. */
export function collectPostFeatures(raw: string): { buckets: Int32Array; count: number } {
  const { buckets, count: base } = collectFeatures(raw);
  let count = base;
  for (let i = 0; i < count; i++) buckets[i] &= MASK;
  const flag = (name: string) => {
    buckets[count++] = styleHash(name) & MASK;
  };
  const trimmed = raw.trimEnd();
  // Cheap exact gates first: the ellipsis regex needs an ellipsis, the engagement regex one of its words.
  if ((trimmed.includes('…') || trimmed.includes('...')) && TRAILING_ELLIPSIS_RE.test(trimmed)) flag('post:trailing-ellipsis');
  if (READER_OPENER_RE.test(raw)) flag('post:reader-opener');
  if (hasAnyOf(asciiWords(raw), ENGAGEMENT_WORDS) && ENGAGEMENT_RE.test(raw)) flag('post:engagement');
  if (SHOCK_EMOJI_RE.test(raw)) flag('post:shock-emoji');
  if (DELIVERS_RE.test(raw)) flag('post:delivers');
  const shouted = shoutedWords(raw);
  if (shouted >= 1) flag('post:shout');
  if (shouted >= 3) flag('post:shout-many');
  return { buckets, count };
}

export function extractPostFeatures(raw: string): FeatureVector {
  const { buckets, count } = collectPostFeatures(raw);
  const indices = Array.from(buckets.subarray(0, count));
  return { indices, value: indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0 };
}
