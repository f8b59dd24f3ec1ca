import { one, type ExportFormatSpec } from './format-spec';

// LinkedIn only exports .xls/.xlsx; these read a sheet saved as CSV (a description row above the header is fine).

/** Company page "Updates" export, sheet `Metrics`: one row per day. Older files say Shares for Reposts. */
export const linkedinMetrics: ExportFormatSpec = {
  source: 'linkedin-metrics',
  family: 'linkedin',
  label: 'LinkedIn page updates export (Metrics sheet)',
  required: [['date'], ['impressions (total)', 'impressions (organic)']],
  time: ['date'],
  periodLength: 'day',
  metrics: {
    impressions: [[['impressions (total)']], [['impressions (organic)'], ['impressions (sponsored)']]],
    reach: one('unique impressions (total)', 'unique impressions (organic)'),
    clicks: [[['clicks (total)']], [['clicks (organic)'], ['clicks (sponsored)']]],
    engagements: [
      [['reactions (total)'], ['comments (total)'], ['reposts (total)', 'shares (total)']],
      [
        ['reactions (organic)'],
        ['comments (organic)'],
        ['reposts (organic)', 'shares (organic)'],
        ['reactions (sponsored)'],
        ['comments (sponsored)'],
        ['reposts (sponsored)', 'shares (sponsored)'],
      ],
    ],
  },
};

/** Company page "Updates" export, sheet `All posts`: lifetime totals per post, `Created date` is MM/DD/YYYY. */
export const linkedinPosts: ExportFormatSpec = {
  source: 'linkedin-posts',
  family: 'linkedin',
  label: 'LinkedIn page updates export (All posts sheet)',
  required: [['post link', 'post title'], ['created date'], ['impressions'], ['clicks']],
  time: ['created date'],
  periodLength: 'from-time',
  metrics: {
    impressions: one('impressions'),
    clicks: one('clicks'),
    engagements: [[['likes', 'reactions'], ['comments'], ['reposts', 'shares']]],
  },
  postId: ['post link'],
  channelHint: ['posted by'],
};
