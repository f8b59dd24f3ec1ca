import type { QuestionCategory } from '../constants';
import type { Sentiment } from './feedback-values';
import { questionCategoryOf } from './question-category';
import { sentimentOf } from './sentiment';

export interface Triage {
  sentiment: Sentiment;
  category: QuestionCategory;
}

export const triage = (item: { rating?: number | null; text: string }): Triage => ({
  sentiment: sentimentOf(item),
  category: questionCategoryOf(item.text),
});

const SENTIMENT_RANK: Record<Sentiment, number> = { negative: 0, neutral: 1, positive: 2 };

/** Negative first, then the oldest first: the longest-waiting unhappy person is answered first. */
export function inboxOrder<T extends { sentiment: Sentiment | null; receivedAt: Date }>(a: T, b: T): number {
  const rank = (s: Sentiment | null) => (s === null ? 1 : SENTIMENT_RANK[s]);
  return rank(a.sentiment) - rank(b.sentiment) || a.receivedAt.getTime() - b.receivedAt.getTime();
}

export const ageHours = (receivedAt: Date, now: Date): number =>
  Math.max(0, Math.round(((now.getTime() - receivedAt.getTime()) / 3_600_000) * 10) / 10);
