export type MetricName = 'impressions' | 'reach' | 'engagements' | 'clicks' | 'conversions' | 'spend' | 'staffMinutes';

export const FORMAT_FAMILIES = ['facebook', 'instagram', 'x', 'linkedin', 'generic'] as const;
export type FormatFamily = (typeof FORMAT_FAMILIES)[number];

/** One column, by any of its header names (normalised: lower case, single spaces). */
export type ColumnAliases = readonly string[];

/** The sum of whichever of these columns the file has. */
export type MetricSource = readonly ColumnAliases[];

export interface ExportFormatSpec {
  /** Names the variant in rows and messages, e.g. 'facebook-posts'. */
  source: string;
  family: FormatFamily;
  label: string;
  /** The subset of headers that identifies the format: one alias of each entry must be present. */
  required: readonly ColumnAliases[];
  time: ColumnAliases;
  /** 'from-time' gives 'hour' when the time cell carries a time of day, else 'day'. */
  periodLength: 'day' | 'hour' | 'from-time';
  periodLengthColumn?: ColumnAliases;
  /** Per metric, alternative sources in order of preference; the first with a column present is used. */
  metrics: Partial<Record<MetricName, readonly MetricSource[]>>;
  postId?: ColumnAliases;
  accountId?: ColumnAliases;
  channelHint?: ColumnAliases;
  /** For one-metric files whose metric is named on a line above the header (Meta page exports). */
  preambleMetric?: { column: ColumnAliases; names: Readonly<Record<string, MetricName | null>> };
}

export function one(...aliases: string[]): readonly MetricSource[] {
  return [[aliases]];
}
