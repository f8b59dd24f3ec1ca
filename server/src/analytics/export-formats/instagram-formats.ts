import { one, type ExportFormatSpec } from './format-spec';

/** Meta Business Suite Instagram posts CSV; column order varies, so everything is by name. */
export const instagramPosts: ExportFormatSpec = {
  source: 'instagram-posts',
  family: 'instagram',
  label: 'Instagram post export',
  required: [['post id'], ['publish time'], ['reach', 'views'], ['account id', 'account username'], ['likes']],
  time: ['publish time'],
  periodLength: 'from-time',
  metrics: {
    impressions: one('views', 'impressions'),
    reach: one('reach'),
    engagements: [[['likes'], ['comments'], ['shares'], ['saves']]],
  },
  postId: ['post id'],
  accountId: ['account id'],
  channelHint: ['account username', 'account name'],
};
