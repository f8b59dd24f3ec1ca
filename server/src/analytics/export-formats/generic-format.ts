import { one, type ExportFormatSpec } from './format-spec';

/**
 * Clearpost's own template, for data from anywhere else (ad platforms, a CRM's conversions).
 * Header names are case-insensitive; spaces may replace underscores.
 * - period_start (required): ISO 8601, e.g. 2026-03-10T09:00:00Z; a date-only value means a whole day;
 *   without an offset it is read in the import's time zone.
 * - period_length: day | hour (default: hour when period_start has a time of day, else day).
 * - impressions, engagements, clicks, conversions (required): counts.
 * - reach, spend, staff_minutes (optional): reach may be blank; spend is money; staff_minutes is time spent.
 * - channel, account_id, post_id (optional): text used to match rows to a channel and a post.
 */
export const GENERIC_TEMPLATE_HEADERS = [
  'period_start',
  'period_length',
  'channel',
  'account_id',
  'post_id',
  'impressions',
  'reach',
  'engagements',
  'clicks',
  'conversions',
  'spend',
  'staff_minutes',
] as const;

export const GENERIC_TEMPLATE_REQUIRED = ['period_start', 'impressions', 'engagements', 'clicks', 'conversions'] as const;

export const GENERIC_TEMPLATE_EXAMPLE =
  `${GENERIC_TEMPLATE_HEADERS.join(',')}\n` +
  '2026-03-10T09:00:00-05:00,hour,Clinic LinkedIn,,,1200,950,48,30,2,15.50,20\n';

const col = (name: string): string[] => [name, name.replace(/_/g, ' ')];

export const genericTemplate: ExportFormatSpec = {
  source: 'generic',
  family: 'generic',
  label: 'Clearpost analytics template',
  required: GENERIC_TEMPLATE_REQUIRED.map(col),
  time: col('period_start'),
  periodLength: 'from-time',
  periodLengthColumn: col('period_length'),
  metrics: {
    impressions: one(...col('impressions')),
    reach: one(...col('reach')),
    engagements: one(...col('engagements')),
    clicks: one(...col('clicks')),
    conversions: one(...col('conversions')),
    spend: one(...col('spend')),
    staffMinutes: one(...col('staff_minutes')),
  },
  postId: col('post_id'),
  accountId: col('account_id'),
  channelHint: col('channel'),
};
