/* ROI bench: streaming import of a 100k-row export, and planning 1,000 posts over 10 channels. */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { parseAnalyticsCsv } from '../../server/src/analytics';
import { buildRoiModel, createSchedules, planPost, type ChannelAnalyticsRecord } from '../../server/src/roi';

const MB = 1024 * 1024;

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** Samples RSS while `work` runs; returns elapsed ms and the peak RSS seen. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakRss: number; startRss: number }> {
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 5);
  const start = process.hrtime.bigint();
  const result = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return { result, ms, peakRss, startRss };
}

async function writeFacebookExport(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('\uFEFFPost ID,Page ID,Page name,Description,Publish time,Post type,Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,Total clicks,Link clicks,Other Clicks\r\n');
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < rows; i += 1) {
    const at = new Date(start + i * 311_000);
    const stamp = `${String(at.getUTCMonth() + 1).padStart(2, '0')}/${String(at.getUTCDate()).padStart(2, '0')}/${at.getUTCFullYear()} ${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    const views = 1000 + ((i * 7919) % 50_000);
    const views1k = views.toLocaleString('en-US');
    // One row in 1,000 is broken on purpose so rejection is part of the cost.
    const publish = i % 1000 === 999 ? 'not a date' : stamp;
    await write(`1029_${i},1029,Riverside Clinic,"Flu shots, walk-in, today",${publish},Photos,Lifetime,"${views1k}",${Math.floor(views * 0.8)},${i % 300},${i % 200},${i % 60},${i % 40},${i % 90},${i % 50},${i % 40}\r\n`);
  }
  out.end();
  await once(out, 'finish');
}

async function benchImport(): Promise<void> {
  const rows = 100_000;
  const dir = mkdtempSync(path.join(tmpdir(), 'clearpost-roi-bench-'));
  const file = path.join(dir, 'facebook-posts.csv');
  try {
    await writeFacebookExport(file, rows);
    const size = statSync(file).size;
    process.stdout.write(`import: ${rows.toLocaleString('en-US')}-row Facebook post export, ${mb(size)} on disk\n`);

    const baseline = await measure(async () => {
      let n = 0;
      for await (const record of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }))) {
        n += (record as string[]).length > 0 ? 1 : 0;
      }
      return n;
    });
    process.stdout.write(
      `  baseline bare csv-parse stream:    ${baseline.ms.toFixed(0)} ms, ${((rows / baseline.ms) * 1000).toFixed(0)} rows/s, peak RSS ${mb(baseline.peakRss)} (start ${mb(baseline.startRss)})\n`,
    );

    const ours = await measure(async () => {
      const parsed = parseAnalyticsCsv(createReadStream(file), { format: 'auto', timezone: 'America/New_York' });
      let impressions = 0;
      for await (const row of parsed) impressions += row.impressions;
      return { summary: parsed.summary, impressions };
    });
    const { summary } = ours.result;
    process.stdout.write(
      `  parseAnalyticsCsv (detect+zod):    ${ours.ms.toFixed(0)} ms, ${((rows / ours.ms) * 1000).toFixed(0)} rows/s, peak RSS ${mb(ours.peakRss)} (start ${mb(ours.startRss)})\n` +
        `    source ${summary.source}, encoding ${summary.encoding}, accepted ${summary.accepted}, rejected ${summary.rejectedCount} (first: line ${summary.rejected[0]?.line}: ${summary.rejected[0]?.reason})\n` +
        `    overhead vs bare csv-parse: ×${(ours.ms / baseline.ms).toFixed(2)} time, RSS growth ${mb(ours.peakRss - ours.startRss)} for a ${mb(size)} file\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London'];
const PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin'] as const;

function yearOfHourlyAnalytics(channelIds: string[], now: number): ChannelAnalyticsRecord[] {
  const records: ChannelAnalyticsRecord[] = [];
  const hours = 365 * 24;
  channelIds.forEach((channelId, c) => {
    for (let h = hours; h >= 1; h -= 1) {
      const at = now - h * 3_600_000;
      const hourOfDay = new Date(at).getUTCHours();
      const impressions = 200 + ((h * 31 + c * 17) % 400);
      records.push({
        channelId,
        periodStart: new Date(at),
        periodLength: 'hour',
        impressions,
        engagements: Math.round(impressions * (0.01 + 0.004 * c + (hourOfDay === 14 + (c % 4) ? 0.03 : 0))),
        clicks: (h + c) % 7,
        conversions: (h + c) % (40 + c * 9) === 0 ? 1 : 0,
        spend: c % 3 === 0 ? 0.4 : 0.1,
        staffMinutes: h % 24 === 0 ? 15 : 0,
      });
    }
  });
  return records;
}

async function benchPlan(): Promise<void> {
  const now = Date.UTC(2026, 2, 2, 12);
  const channels = Array.from({ length: 10 }, (_, i) => ({
    id: `ch${i}`,
    platform: PLATFORMS[i % PLATFORMS.length]!,
    name: `Channel ${i}`,
    timezone: ZONES[i % ZONES.length]!,
    dailyCap: 2 + (i % 3),
    minGapMinutes: 90,
  }));
  const records = yearOfHourlyAnalytics(
    channels.map((c) => c.id),
    now,
  );
  const config = { topK: 3, explorationShare: 0.1, seed: 42, windowDays: 365, horizonDays: 60, roiFloor: -1, valuePerConversion: 150, hourlyRate: 45 };
  const posts = Array.from({ length: 1000 }, (_, i) => ({ id: `post-${i}`, earliestAt: new Date(now + (i % 90) * 86_400_000) }));

  process.stdout.write(`plan: ${posts.length} posts × ${channels.length} channels, ${records.length.toLocaleString('en-US')} hourly analytics records (a year)\n`);
  const baseline = await measure(async () => {
    let sum = 0;
    for (const r of records) sum += r.engagements / (r.impressions || 1);
    return sum;
  });
  process.stdout.write(`  baseline one pass over the records: ${baseline.ms.toFixed(1)} ms\n`);
  const model = await measure(async () => buildRoiModel({ channels, records, config, now: new Date(now) }));
  process.stdout.write(`  build model (estimates + 10 heatmaps): ${model.ms.toFixed(0)} ms\n`);
  const planned = await measure(async () => {
    const schedules = createSchedules(model.result.channels);
    return posts.map((post) => planPost(model.result, post, schedules));
  });
  const picks = planned.result.reduce((n, p) => n + p.picks.length, 0);
  const explored = planned.result.filter((p) => p.picks.some((k) => k.mode === 'exploration')).length;
  process.stdout.write(
    `  plan ${posts.length} posts: ${planned.ms.toFixed(0)} ms (${(planned.ms / posts.length).toFixed(2)} ms/post), ${picks} picks, ${explored} posts with an exploration pick\n` +
      `  total: ${(model.ms + planned.ms).toFixed(0)} ms\n` +
      `  e.g. ${planned.result[0]!.picks.map((p) => `${p.at.toISOString()} ${p.reason}`).join('\n       ')}\n`,
  );
}

export async function run(): Promise<void> {
  await benchImport();
  await benchPlan();
}

if (require.main === module) {
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
