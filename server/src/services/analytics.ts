import type { Core } from '@strapi/strapi';
import { AnalyticsImportError } from '../analytics/analytics-import-error';
import type { AnalyticsJsonImport, AnalyticsRow } from '../analytics/analytics-row';
import { parseAnalyticsCsv } from '../analytics/parse-analytics-csv';
import type { CsvInput } from '../analytics/text-decoding';
import { PLUGIN_ID, UID } from '../constants';
import { ValidationError } from '../errors';
import type { CsvImportFields, HeatmapResponse, ImportResponse, RoiSummaryResponse } from '../contracts/analytics';
import { platformMismatch, sameAccount } from '../insights/export-family';
import { mergeByPeriod, periodKey, type PeriodMetrics } from '../insights/period-merge';
import type { PlannableChannel } from '../insights/post-planning';
import { summariseRoi } from '../insights/roi-summary';
import { insertAnalyticsRecords } from '../storage/analytics-record-writer';
import type { ChannelAnalyticsRecord } from '../roi/analytics-record';
import { buildEngagementHeatmap } from '../roi/engagement-heatmap';
import { parseRoiConfig, type RoiConfig } from '../roi/roi-config';

const DAY_MS = 86_400_000;
const DELETE_CHUNK = 500;
// Any constant works; it only has to be the same for every instance sharing the database.
const PG_IMPORT_LOCK = 0x0c1eaa;
const CHANNELS_CACHE_MS = 30_000;

export interface ChannelRow extends PlannableChannel {
  id: number;
  accountId: string | null;
}

interface StoredRecord {
  periodStart: string | Date;
  periodLength: 'day' | 'hour';
  impressions: number | string;
  engagements: number | string;
  clicks: number | string;
  conversions: number | string;
  spend: number | string;
  staffMinutes: number | string;
  channel: { documentId: string } | null;
}

const CHANNEL_FIELDS = ['id', 'documentId', 'platform', 'name', 'accountId', 'timezone', 'enabled', 'dailyCap', 'minGapMinutes'];

function fieldError(field: string, message: string): InstanceType<typeof ValidationError> {
  return new ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message: `${field}: ${message}`, name: 'ValidationError' }] });
}

function toMetrics(row: Omit<PeriodMetrics, 'source'>, source: string): PeriodMetrics {
  return {
    periodStart: row.periodStart,
    periodLength: row.periodLength,
    impressions: row.impressions,
    reach: row.reach,
    engagements: row.engagements,
    clicks: row.clicks,
    conversions: row.conversions,
    spend: row.spend,
    staffMinutes: row.staffMinutes,
    source,
  };
}

/** Analytics import (CSV and JSON), ROI summaries and best-time heatmaps, over stored analytics records. */
export const createAnalyticsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let tail: Promise<unknown> = Promise.resolve();
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };

  // Parsed once per config object: the planner asks for it on every publish.
  let parsedRoi: { source: unknown; config: RoiConfig } | null = null;
  const roiConfig = (): RoiConfig => {
    // Keyed by the config object itself: `?? {}` here would make a new key, and a new parse, every call.
    const source = strapi.plugin(PLUGIN_ID).config('roi');
    if (!parsedRoi || parsedRoi.source !== source) parsedRoi = { source, config: parseRoiConfig(source ?? {}) };
    return parsedRoi.config;
  };

  // Read on every publish by the planner; writes in this process invalidate it (see bootstrap), other
  // instances' writes show within CHANNELS_CACHE_MS.
  let cachedChannels: { rows: readonly ChannelRow[]; at: number } | null = null;
  const channels = async (): Promise<ChannelRow[]> => {
    if (!cachedChannels || Date.now() - cachedChannels.at >= CHANNELS_CACHE_MS) {
      const rows = (await strapi.db.query(UID.channel).findMany({ select: CHANNEL_FIELDS, orderBy: { name: 'asc' } })) as ChannelRow[];
      cachedChannels = { rows: rows.map((c) => Object.freeze({ ...c, enabled: Boolean(c.enabled) })), at: Date.now() };
    }
    return [...cachedChannels.rows];
  };

  const channelFor = async (field: string, documentId: string): Promise<ChannelRow> => {
    const row = (await strapi.db.query(UID.channel).findOne({ where: { documentId }, select: CHANNEL_FIELDS })) as ChannelRow | null;
    if (!row) throw fieldError(field, `no channel with documentId '${documentId}'`);
    return { ...row, enabled: Boolean(row.enabled) };
  };

  /** Replaces the channel's records for every period in `records`, all or nothing. */
  const replacePeriods = (channel: ChannelRow, records: PeriodMetrics[]) =>
    serialised(() =>
      strapi.db.transaction(async ({ trx }) => {
        if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(?, ?)', [PG_IMPORT_LOCK, channel.id]);
        const times = records.map((r) => r.periodStart.getTime());
        const existing = (await strapi.db.query(UID.analyticsRecord).findMany({
          where: {
            channel: { id: channel.id },
            periodStart: { $gte: new Date(Math.min(...times)), $lte: new Date(Math.max(...times)) },
          },
          select: ['id', 'periodStart', 'periodLength'],
        })) as Array<{ id: number; periodStart: string | Date; periodLength: 'day' | 'hour' }>;
        const wanted = new Set(records.map((r) => periodKey(r.periodStart, r.periodLength)));
        const stale = existing.filter((e) => wanted.has(periodKey(new Date(e.periodStart), e.periodLength))).map((e) => e.id);
        for (let i = 0; i < stale.length; i += DELETE_CHUNK) {
          await strapi.db.query(UID.analyticsRecord).deleteMany({ where: { id: { $in: stale.slice(i, i + DELETE_CHUNK) } } });
        }
        await insertAnalyticsRecords(strapi, trx, channel.id, records);
        return { written: records.length, replaced: stale.length };
      }),
    );

  const loadRecords = async (from: Date, to: Date, channelId?: number): Promise<ChannelAnalyticsRecord[]> => {
    const rows = (await strapi.db.query(UID.analyticsRecord).findMany({
      where: { periodStart: { $gte: from, $lt: to }, ...(channelId === undefined ? {} : { channel: { id: channelId } }) },
      select: ['periodStart', 'periodLength', 'impressions', 'engagements', 'clicks', 'conversions', 'spend', 'staffMinutes'],
      populate: { channel: { select: ['documentId'] } },
    })) as StoredRecord[];
    return rows
      .filter((r) => r.channel !== null)
      .map((r) => ({
        channelId: r.channel!.documentId,
        periodStart: new Date(r.periodStart),
        periodLength: r.periodLength,
        impressions: Number(r.impressions),
        engagements: Number(r.engagements),
        clicks: Number(r.clicks),
        conversions: Number(r.conversions),
        spend: Number(r.spend),
        staffMinutes: Number(r.staffMinutes),
      }));
  };

  return {
    roiConfig,
    channels,

    /** Channel rows changed: the next read goes to the database. */
    invalidateChannels(): void {
      cachedChannels = null;
    },
    loadRecords,

    async importCsv(fields: CsvImportFields, input: CsvInput): Promise<ImportResponse> {
      const channel = await channelFor('channelId', fields.channelId);
      const parsed = parseAnalyticsCsv(input, {
        format: fields.format ?? 'auto',
        timezone: fields.timezone ?? channel.timezone,
        dateOrder: fields.dateOrder ?? 'mdy',
      });
      const rows: AnalyticsRow[] = [];
      const accountRejects: Array<{ line: number; reason: string }> = [];
      try {
        for await (const row of parsed) {
          if (rows.length === 0 && accountRejects.length === 0) {
            const mismatch = platformMismatch(parsed.summary.source, channel.platform, channel.name);
            if (mismatch) throw fieldError('file', mismatch);
          }
          if (row.accountId && channel.accountId && !sameAccount(row.accountId, channel.accountId)) {
            accountRejects.push({ line: row.line, reason: `account '${row.accountId}' is not this channel's account '${channel.accountId}'` });
          } else rows.push(row);
        }
      } catch (error) {
        if (error instanceof AnalyticsImportError) {
          throw new ValidationError(`file: ${error.message}`, { code: error.code, errors: [{ path: ['file'], message: `file: ${error.message}`, name: 'ValidationError' }] });
        }
        throw error;
      }
      const rejected = [...parsed.summary.rejected, ...accountRejects].sort((a, b) => a.line - b.line);
      const rejectedCount = parsed.summary.rejectedCount + accountRejects.length;
      const source = parsed.summary.source ?? 'unknown';
      if (rejectedCount > 0 && !fields.skipBadRows) {
        throw new ValidationError(
          `${rejectedCount} row${rejectedCount === 1 ? '' : 's'} rejected, nothing imported (fix them, or send skipBadRows=true to import the rest): ` +
            rejected
              .slice(0, 5)
              .map((r) => `line ${r.line}: ${r.reason}`)
              .join('; '),
          { accepted: rows.length, rejectedCount, rejected },
        );
      }
      if (rows.length === 0) throw fieldError('file', 'the file holds no rows to import');
      const merged = [...mergeByPeriod(rows.map((r) => toMetrics(r, r.source))).values()];
      const { written, replaced } = await replacePeriods(channel, merged);
      return { channelDocumentId: channel.documentId, source, accepted: rows.length, written, replaced, rejectedCount, rejected };
    },

    async importJson(body: AnalyticsJsonImport): Promise<ImportResponse> {
      const channel = await channelFor('channelId', body.channelId);
      const rejected = body.rows.flatMap((row, i) =>
        row.accountId && channel.accountId && !sameAccount(row.accountId, channel.accountId)
          ? [{ line: i + 1, reason: `rows.${i}.accountId: account '${row.accountId}' is not this channel's account '${channel.accountId}'` }]
          : [],
      );
      if (rejected.length > 0) {
        throw new ValidationError(`${rejected.length} row(s) rejected, nothing imported: ${rejected[0]!.reason}`, { accepted: 0, rejectedCount: rejected.length, rejected });
      }
      const merged = [...mergeByPeriod(body.rows.map((r) => toMetrics(r, 'json'))).values()];
      const { written, replaced } = await replacePeriods(channel, merged);
      return { channelDocumentId: channel.documentId, source: 'json', accepted: body.rows.length, written, replaced, rejectedCount: 0, rejected: [] };
    },

    async roiSummary(range: { from?: Date; to?: Date }): Promise<RoiSummaryResponse> {
      const config = roiConfig();
      const to = range.to ?? new Date();
      const from = range.from ?? new Date(to.getTime() - config.windowDays * DAY_MS);
      if (from.getTime() >= to.getTime()) throw fieldError('from', 'must be before to');
      return summariseRoi(await channels(), await loadRecords(from, to), config, from, to);
    },

    async heatmap(channelDocumentId: string): Promise<HeatmapResponse> {
      const config = roiConfig();
      const channel = await channelFor('channelId', channelDocumentId);
      const to = new Date();
      const from = new Date(to.getTime() - config.windowDays * DAY_MS);
      const records = await loadRecords(from, to, channel.id);
      const heatmap = buildEngagementHeatmap(records, channel.timezone, { priorImpressions: config.heatmapPriorImpressions, from, to });
      return {
        channelDocumentId: channel.documentId,
        timezone: heatmap.timezone,
        from: from.toISOString(),
        to: to.toISOString(),
        overallRate: heatmap.overallRate,
        cells: heatmap.cells,
        topSlots: heatmap.ranking.slice(0, config.topSlots),
      };
    },
  };
};

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
