import { z } from 'zod';
import { FORMAT_FAMILIES } from '../analytics/export-formats/format-spec';
import { isValidTimeZone } from '../roi/zoned-time';
import type { ChannelTotals } from '../roi/channel-totals';

export { analyticsJsonImportSchema } from '../analytics/analytics-row';

const booleanField = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The text fields of the multipart CSV upload (the file itself is the `file` part). */
export const csvImportFields = z
  .object({
    channelId: z.string().min(1).max(64),
    format: z.enum([...FORMAT_FAMILIES, 'auto']).optional(),
    skipBadRows: booleanField.optional(),
    /** Zone for timestamps without an offset; default: the channel's time zone. */
    timezone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as "America/Chicago"').optional(),
    dateOrder: z.enum(['mdy', 'dmy']).optional(),
  })
  .strict();
export type CsvImportFields = z.output<typeof csvImportFields>;

export interface RejectedRowView {
  line: number;
  reason: string;
}

export interface ImportResponse {
  channelDocumentId: string;
  /** The export variant recognised, e.g. 'facebook-posts'; 'json' for the JSON endpoint. */
  source: string;
  /** Rows read and kept. */
  accepted: number;
  /** Records written (rows that share a period are added into one). */
  written: number;
  /** Records already stored for the same periods, now replaced. */
  replaced: number;
  rejectedCount: number;
  rejected: RejectedRowView[];
}

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());

export const roiQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const heatmapQuery = z.object({ channelId: z.string().min(1).max(64) }).strict();

export interface ChannelRoi {
  channelDocumentId: string;
  name: string;
  platform: string;
  enabled: boolean;
  totals: ChannelTotals;
  cost: number;
  /** Observed ROI ((conversions × value − cost) / cost), no shrinkage. */
  roi: number | null;
  /** ROI at the posterior-mean conversion rate and at the ends of the credible interval. */
  expectedRoi: number | null;
  roiLow: number | null;
  roiHigh: number | null;
  conversionRate: { mean: number; low: number; high: number };
  costPerConversion: number | null;
  costPerClick: number | null;
  engagementRate: number | null;
  /** Position in the planner's ranking; null when ranking cannot pick it (see note). */
  rank: number | null;
  note: string | null;
}

export interface RoiSummaryResponse {
  from: string;
  to: string;
  credibleLevel: number;
  rankBy: 'lower' | 'mean';
  valuePerConversion: number;
  hourlyRate: number;
  orgConversionRate: number;
  channels: ChannelRoi[];
}

export interface HeatmapResponse {
  channelDocumentId: string;
  timezone: string;
  from: string;
  to: string;
  overallRate: number;
  /** 7 rows (Mon…Sun) × 24 hours in the channel's time zone. */
  cells: Array<Array<{ weekday: number; hour: number; impressions: number; engagements: number; samples: number; rate: number | null; smoothedRate: number }>>;
  topSlots: Array<{ weekday: number; hour: number; label: string; smoothedRate: number; samples: number }>;
}

export interface PlanResponse {
  picks: Array<{ channelDocumentId: string; platform: string; at: string; reason: string }>;
  skipped: Array<{ channelDocumentId: string; reason: string }>;
}
