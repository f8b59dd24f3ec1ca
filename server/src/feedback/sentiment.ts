import type { Sentiment } from './feedback-values';

const NEGATIVE = new Set([
  'rude',
  'terrible',
  'awful',
  'horrible',
  'worst',
  'bad',
  'poor',
  'dirty',
  'late',
  'waited',
  'waiting',
  'wait',
  'never',
  'unprofessional',
  'ignored',
  'disappointed',
  'disappointing',
  'angry',
  'upset',
  'frustrated',
  'frustrating',
  'overcharged',
  'wrong',
  'mistake',
  'incompetent',
  'painful',
  'unhelpful',
  'cold',
  'dismissive',
  'scam',
  'avoid',
  'hate',
]);
const POSITIVE = new Set([
  'great',
  'excellent',
  'amazing',
  'wonderful',
  'kind',
  'friendly',
  'caring',
  'helpful',
  'thank',
  'thanks',
  'grateful',
  'best',
  'good',
  'love',
  'loved',
  'professional',
  'clean',
  'recommend',
  'fantastic',
  'awesome',
  'attentive',
  'gentle',
  'quick',
]);
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "didn't",
  'didnt',
  "wasn't",
  'wasnt',
  "isn't",
  'isnt',
  "won't",
  'wont',
  'hardly',
  'nobody',
  'nothing',
]);
/** A negator flips the polarity of a sentiment word this many words after it. */
const NEGATION_REACH = 3;

/** Rating first (1–2 negative, 3 neutral, 4–5 positive); otherwise a small lexicon with negation. */
export function sentimentOf(input: { rating?: number | null; text: string }): Sentiment {
  if (typeof input.rating === 'number') return input.rating <= 2 ? 'negative' : input.rating === 3 ? 'neutral' : 'positive';
  const score = lexiconScore(input.text);
  return score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral';
}

export function lexiconScore(text: string): number {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  let score = 0;
  let negatedUntil = -1;
  words.forEach((raw, i) => {
    const word = raw.replace(/^'+|'+$/g, '');
    if (NEGATORS.has(word)) {
      negatedUntil = i + NEGATION_REACH;
      // "never" is also a complaint on its own ("they never called back").
      if (word === 'never') score -= 1;
      return;
    }
    const polarity = POSITIVE.has(word) ? 1 : NEGATIVE.has(word) ? -1 : 0;
    if (polarity !== 0) score += i <= negatedUntil ? -polarity : polarity;
  });
  return score;
}
