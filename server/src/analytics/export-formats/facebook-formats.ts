import { one, type ExportFormatSpec } from './format-spec';

/** Meta Business Suite post-level CSV (UTF-8 with BOM, lifetime totals per post). */
export const facebookPosts: ExportFormatSpec = {
  source: 'facebook-posts',
  family: 'facebook',
  label: 'Facebook post export',
  required: [['post id'], ['publish time'], ['reach', 'views'], ['page id', 'page name', 'reactions, comments and shares']],
  time: ['publish time'],
  periodLength: 'from-time',
  metrics: {
    impressions: one('views', 'impressions'),
    reach: one('reach'),
    engagements: [[['reactions, comments and shares']], [['reactions'], ['comments'], ['shares']]],
    clicks: [[['total clicks']], [['link clicks'], ['other clicks']]],
  },
  postId: ['post id'],
  accountId: ['page id'],
  channelHint: ['page name'],
};

/**
 * Meta page-level daily CSV: UTF-16 LE, `sep=,`, then the metric name, then `"Date","Primary"`.
 * Follows and visits are recognised but carry nothing the ROI engine uses.
 */
export const facebookPageDaily: ExportFormatSpec = {
  source: 'facebook-page-daily',
  family: 'facebook',
  label: 'Facebook page daily export',
  required: [['date'], ['primary']],
  time: ['date'],
  periodLength: 'day',
  metrics: {},
  preambleMetric: {
    column: ['primary'],
    names: {
      views: 'impressions',
      viewers: 'reach',
      'content interactions': 'engagements',
      'facebook link clicks': 'clicks',
      'facebook follows': null,
      'facebook visits': null,
    },
  },
};

/** The classic Insights post export. */
export const facebookLegacyPosts: ExportFormatSpec = {
  source: 'facebook-legacy-posts',
  family: 'facebook',
  label: 'Facebook classic Insights export',
  required: [['posted'], ['lifetime post total reach'], ['lifetime engaged users']],
  time: ['posted'],
  periodLength: 'from-time',
  metrics: {
    impressions: one('lifetime post total impressions'),
    reach: one('lifetime post total reach'),
    engagements: one('lifetime engaged users'),
  },
  postId: ['post id'],
};
