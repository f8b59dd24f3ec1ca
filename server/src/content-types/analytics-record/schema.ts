import { UID } from '../../constants';

const system = { configurable: false, writable: false } as const;
// A function, not a shared object: Strapi writes column names into each attribute definition.
const count = () => ({ type: 'float', min: 0, required: true, default: 0, ...system }) as const;

/**
 * One channel's metrics for one day or hour. (channel, periodStart, periodLength) is unique: the import
 * replaces the row for a period it already holds, so re-importing an export never double-counts.
 */
export default {
  kind: 'collectionType',
  collectionName: 'clearpost_analytics_records',
  info: {
    singularName: 'analytics-record',
    pluralName: 'analytics-records',
    displayName: 'Analytics record',
    description: 'Imported platform metrics for one channel and period',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    channel: { type: 'relation', relation: 'manyToOne', target: UID.channel, ...system },
    periodStart: { type: 'datetime', required: true, ...system },
    periodLength: { type: 'enumeration', enum: ['day', 'hour'], required: true, ...system },
    impressions: count(),
    // Unique reach cannot be summed across periods; null when the export does not carry it.
    reach: { type: 'float', min: 0, ...system },
    engagements: count(),
    clicks: count(),
    conversions: count(),
    spend: { type: 'decimal', min: 0, required: true, default: 0, ...system },
    staffMinutes: count(),
    source: { type: 'string', maxLength: 64, required: true, ...system },
  },
};
