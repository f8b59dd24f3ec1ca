import { one, type ExportFormatSpec } from './format-spec';

/** Legacy "Tweet activity" CSV; promoted columns (`-` when not promoted) are ignored. */
export const xTweetActivity: ExportFormatSpec = {
  source: 'x-tweet-activity',
  family: 'x',
  label: 'X tweet activity export',
  required: [['tweet id'], ['time'], ['impressions'], ['engagements']],
  time: ['time'],
  periodLength: 'from-time',
  metrics: {
    impressions: one('impressions'),
    engagements: one('engagements'),
    clicks: one('url clicks'),
  },
  postId: ['tweet id'],
};

/** Current content export (`account_analytics_content_<start>_<end>.csv`); `Date` has no time of day. */
export const xContent: ExportFormatSpec = {
  source: 'x-content',
  family: 'x',
  label: 'X content export',
  required: [['post id'], ['date'], ['impressions'], ['engagements']],
  time: ['date'],
  periodLength: 'from-time',
  metrics: {
    impressions: one('impressions'),
    engagements: one('engagements'),
    clicks: one('url clicks'),
  },
  postId: ['post id'],
};

/** Current overview export: one row per day for the account. */
export const xOverview: ExportFormatSpec = {
  source: 'x-overview',
  family: 'x',
  label: 'X overview export',
  required: [['date'], ['impressions'], ['engagements']],
  time: ['date'],
  periodLength: 'day',
  metrics: {
    impressions: one('impressions'),
    engagements: one('engagements'),
  },
};
