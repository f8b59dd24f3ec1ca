/**
 * What the ROI engine needs from one analytics row. The analytics importer's rows fit this shape once
 * the caller has attached the channel they belong to.
 */
export interface ChannelAnalyticsRecord {
  channelId: string;
  periodStart: Date;
  periodLength: 'day' | 'hour';
  impressions: number;
  engagements: number;
  clicks: number;
  conversions: number;
  spend: number;
  staffMinutes: number;
}
