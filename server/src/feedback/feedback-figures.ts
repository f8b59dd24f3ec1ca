import type { Sentiment } from './feedback-values';

export interface FigureInput {
  rating: number | null;
  sentiment: Sentiment | null;
  receivedAt: Date;
  firstResponseAt: Date | null;
  /** The provider or department the item concerns; items without one are grouped under "unassigned". */
  group: { key: string; label: string } | null;
}

export interface MonthFigure {
  month: string;
  volume: number;
  averageRating: number | null;
}

export interface GroupFigures {
  key: string;
  label: string;
  volume: number;
  averageRating: number | null;
  negativeShare: number;
  /** Median hours from receipt to the first response (reply or offline contact), over answered items. */
  medianHoursToFirstResponse: number | null;
  answered: number;
  byMonth: MonthFigure[];
}

export const UNASSIGNED = { key: 'unassigned', label: 'Not assigned to a provider or department' } as const;

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const average = (values: readonly number[]): number | null =>
  values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length);

/** "2026-11" for a moment in the organisation's time zone. */
export function monthIn(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  return `${year}-${month}`;
}

/** Volume, average rating (overall and by month), share negative and median time to first response per group. */
export function feedbackFigures(items: readonly FigureInput[], timeZone: string): GroupFigures[] {
  const groups = new Map<string, { label: string; items: FigureInput[] }>();
  for (const item of items) {
    const group = item.group ?? UNASSIGNED;
    const entry = groups.get(group.key) ?? { label: group.label, items: [] };
    entry.items.push(item);
    groups.set(group.key, entry);
  }
  return [...groups.entries()]
    .map(([key, { label, items: members }]) => {
      const ratings = members.flatMap((m) => (m.rating === null ? [] : [m.rating]));
      const hours = members.flatMap((m) =>
        m.firstResponseAt ? [(m.firstResponseAt.getTime() - m.receivedAt.getTime()) / 3_600_000] : []
      );
      const months = new Map<string, FigureInput[]>();
      for (const m of members) {
        const month = monthIn(timeZone, m.receivedAt);
        months.set(month, [...(months.get(month) ?? []), m]);
      }
      const medianHours = median(hours.map((h) => Math.max(0, h)));
      return {
        key,
        label,
        volume: members.length,
        averageRating: average(ratings),
        negativeShare: round(members.filter((m) => m.sentiment === 'negative').length / members.length, 4),
        medianHoursToFirstResponse: medianHours === null ? null : round(medianHours),
        answered: hours.length,
        byMonth: [...months.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([month, inMonth]) => ({
            month,
            volume: inMonth.length,
            averageRating: average(inMonth.flatMap((m) => (m.rating === null ? [] : [m.rating]))),
          })),
      };
    })
    .sort((a, b) => b.volume - a.volume || a.label.localeCompare(b.label));
}
