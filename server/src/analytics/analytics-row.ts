import { z } from 'zod';

export const PERIOD_LENGTHS = ['day', 'hour'] as const;
export type PeriodLength = (typeof PERIOD_LENGTHS)[number];

const count = z.number().finite().nonnegative();

/**
 * One normalised analytics row. Additive metrics an export does not carry are 0 (so sums and ROI stay
 * defined); `reach` is null when not exported, because unique reach cannot be summed and 0 would be a lie.
 * Post-level exports give lifetime totals attributed to the publish time.
 */
export const analyticsRowSchema = z.object({
  /** 1-based line in the file where the row starts. */
  line: z.number().int().positive(),
  /** UTC instant the period (or the post) starts. */
  periodStart: z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'invalid date' }),
  /** 'hour' when the time of day is known (post publish times, hourly rows), else 'day'. */
  periodLength: z.enum(PERIOD_LENGTHS),
  impressions: count,
  reach: count.nullable(),
  engagements: count,
  clicks: count,
  conversions: count,
  spend: count,
  staffMinutes: count,
  postId: z.string().min(1).optional(),
  accountId: z.string().min(1).optional(),
  /** A name that may identify the channel: page name, account username or the generic `channel` column. */
  channelHint: z.string().min(1).optional(),
  /** Which export variant the row came from, e.g. 'facebook-posts'. */
  source: z.string().min(1),
});

export type AnalyticsRow = z.output<typeof analyticsRowSchema>;

export interface RejectedRow {
  line: number;
  reason: string;
}

const metric = count.default(0);

/** One row of the JSON import endpoint; timestamps must carry an offset or Z so they are unambiguous. */
export const analyticsJsonRowSchema = z
  .object({
    periodStart: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    periodLength: z.enum(PERIOD_LENGTHS).default('day'),
    impressions: metric,
    reach: count.nullable().default(null),
    engagements: metric,
    clicks: metric,
    conversions: metric,
    spend: metric,
    staffMinutes: metric,
    postId: z.string().min(1).optional(),
    accountId: z.string().min(1).optional(),
  })
  .strict();

export const analyticsJsonImportSchema = z
  .object({
    channelId: z.string().min(1),
    rows: z.array(analyticsJsonRowSchema).min(1).max(100_000),
  })
  .strict();

export type AnalyticsJsonRow = z.output<typeof analyticsJsonRowSchema>;
export type AnalyticsJsonImport = z.output<typeof analyticsJsonImportSchema>;
