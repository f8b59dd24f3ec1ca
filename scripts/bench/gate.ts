/*
 * Gate part of `npm run bench`: the live-check endpoint's latency over HTTP, and what the publish gate
 * adds to a Strapi publish: the same approved posts published through the document service with the
 * plugin (gate and all), through the same document service with the plugin's middlewares switched off
 * (Strapi's own still on), and through Strapi's bare repository (no middleware at all), in turn, in one run.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bootStrapi } from '../lib/boot-strapi';
import { DIST_DIR } from '../lib/paths';
import { installPluginMiddlewareSwitch, type PluginMiddlewareSwitch } from '../lib/plugin-middleware-switch';
import { ms, summarise } from '../lib/stats';
import { strapiCorePublish } from '../lib/strapi-core-publish';

const POST = 'plugin::clearpost.post';
const LIVE_CHECKS = 500;
const PUBLISHES = 150;
const SETTLE_MS = 15;

const SENTENCES = [
  'Flu shots are available at all three of our clinics this month, no appointment needed.',
  'Our Oak Hill clinic now opens at 7am on weekdays for early lab draws.',
  'Join our dietitians for a free cooking class about heart-healthy meals on Thursday evening.',
  'Sun safety tip: reapply sunscreen every two hours and after swimming.',
  'We are hiring nurses for our new urgent care center. Apply on our careers page.',
  'Walking 20 minutes a day lowers blood pressure for many adults; ask your doctor what suits you.',
];

function post280(i: number): string {
  let text = '';
  for (let k = 0; text.length < 260; k += 1) text += `${SENTENCES[(i + k) % SENTENCES.length]} `;
  return text.slice(0, 280).trim();
}

export async function run(): Promise<void> {
  let plugin: PluginMiddlewareSwitch | undefined;
  const app = await bootStrapi({
    beforeLoad: (strapi) => {
      plugin = installPluginMiddlewareSwitch(strapi, path.join(DIST_DIR, 'server'));
    },
  });
  const pluginSwitch = plugin!;
  try {
    const strapi = app.strapi;
    const register = await fetch(`${app.baseUrl}/admin/register-admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ firstname: 'Bench', lastname: 'Admin', email: 'bench@clearpost.test', password: 'Clearpost-Bench-1' }),
    });
    const { token } = ((await register.json()) as { data: { token: string } }).data;

    const latencies: number[] = [];
    for (let i = 0; i < LIVE_CHECKS + 20; i += 1) {
      const started = performance.now();
      const res = await fetch(`${app.baseUrl}/clearpost/compliance/check`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ text: post280(i), kind: 'post', platform: 'x' }),
      });
      await res.json();
      if (i >= 20) latencies.push(performance.now() - started);
    }
    const live = summarise(latencies);
    // Baseline: Strapi's own authenticated admin round trip, same token, same run.
    const baseline: number[] = [];
    for (let i = 0; i < LIVE_CHECKS + 20; i += 1) {
      const started = performance.now();
      const res = await fetch(`${app.baseUrl}/admin/users/me`, { headers: { authorization: `Bearer ${token}` } });
      await res.json();
      if (i >= 20) baseline.push(performance.now() - started);
    }
    const bare = summarise(baseline);
    process.stdout.write(
      `live check over HTTP, 280-char posts (n=${live.n}): p50 ${ms(live.p50)}  p99 ${ms(live.p99)}  (goal p99 < 50 ms)\n` +
        `baseline GET /admin/users/me, same token (n=${bare.n}): p50 ${ms(bare.p50)}  p99 ${ms(bare.p99)}\n`
    );

    const review = strapi.plugin('clearpost').service('review');
    const author = { id: 9001, firstname: 'Ed', lastname: 'Itor' };
    const reviewer = { id: 9002, firstname: 'Re', lastname: 'Viewer' };
    const ids: string[] = [];
    for (let i = 0; i < PUBLISHES * 3; i += 1) {
      const doc = await strapi.documents(POST).create({ data: { title: `Bench ${i}`, body: post280(i) } as never });
      await review.submit(doc.documentId, author);
      await review.approve(doc.documentId, reviewer);
      ids.push(doc.documentId);
    }
    // Scheduled a week ahead, so the delivery is planned and recorded but never attempted during the bench.
    const withChannel: string[] = [];
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    for (let i = 0; i < PUBLISHES; i += 1) {
      const doc = await strapi
        .documents(POST)
        .create({ data: { title: `Bench scheduled ${i}`, body: post280(i), scheduleMode: 'at-time', scheduledAt: nextWeek } as never });
      await review.submit(doc.documentId, author);
      await review.approve(doc.documentId, reviewer);
      withChannel.push(doc.documentId);
    }

    // Take turns over identical approved posts so drift on this shared machine hits all three ways.
    const repositoryPublish = strapiCorePublish(POST);
    const ways = [
      (documentId: string) => strapi.documents(POST).publish({ documentId }),
      (documentId: string) => pluginSwitch.without(() => strapi.documents(POST).publish({ documentId })),
      (documentId: string) => repositoryPublish({ documentId }),
    ];
    // Strapi emits the entry event (a deep read) after the commit, unawaited: let it finish after each
    // publish, or it runs inside the next publish's timing and bills one way for another's work.
    const timed = async (publish: () => Promise<unknown>): Promise<number> => {
      const started = performance.now();
      await publish();
      const elapsed = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return elapsed;
    };
    const times: number[][] = ways.map(() => []);
    for (const [i, documentId] of ids.entries()) times[i % ways.length]!.push(await timed(() => ways[i % ways.length]!(documentId)));
    const [gated, strapiOnly, repository] = times.map(summarise) as [ReturnType<typeof summarise>, ReturnType<typeof summarise>, ReturnType<typeof summarise>];

    // The runs above have no channel enabled, so the plugin's publish plans no delivery. With one enabled,
    // the same publish also ranks channels and records a publication: the plugin's own work, not the gate.
    await strapi
      .documents('plugin::clearpost.channel' as never)
      .create({ data: { name: 'Bench Facebook', platform: 'facebook', accountId: 'bench', enabled: true, timezone: 'UTC' } } as never);
    const scheduled: number[] = [];
    for (const documentId of withChannel) scheduled.push(await timed(() => strapi.documents(POST).publish({ documentId })));
    const delivering = summarise(scheduled);
    process.stdout.write(
      `publish through the document service, with the plugin (n=${gated.n}): p50 ${ms(gated.p50)}  p99 ${ms(gated.p99)}\n` +
        `same document service, the plugin's middlewares off (n=${strapiOnly.n}): p50 ${ms(strapiOnly.p50)}  p99 ${ms(strapiOnly.p99)}\n` +
        `Strapi's bare repository, no middleware at all (n=${repository.n}): p50 ${ms(repository.p50)}  p99 ${ms(repository.p99)}\n` +
        `ratio at p50, with the plugin vs without it: ${(gated.p50 / strapiOnly.p50).toFixed(2)}  (goal ≤ 1.15); vs the bare repository: ${(gated.p50 / repository.p50).toFixed(2)}\n` +
        `  (no channel enabled in those runs; with one enabled the publish also plans and records its delivery:\n` +
        `   n=${delivering.n} p50 ${ms(delivering.p50)}  p99 ${ms(delivering.p99)}, ${(delivering.p50 / strapiOnly.p50).toFixed(2)}× Strapi's publish — not part of the gate's ratio)\n`
    );
  } finally {
    await app.destroy();
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
