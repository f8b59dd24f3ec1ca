/*
 * Gate part of `npm run bench`: the live-check endpoint's latency over HTTP, and what the publish gate
 * adds to a Strapi publish. A probe middleware registered after the gate times the core publish alone
 * in the same call, so both sides of the ratio come from the same run and the same documents.
 */
import { performance } from 'node:perf_hooks';
import { bootStrapi } from '../lib/boot-strapi';
import { ms, summarise } from '../lib/stats';

const POST = 'plugin::clearpost.post';
const LIVE_CHECKS = 500;
const PUBLISHES = 150;

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
  const app = await bootStrapi();
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
    for (let i = 0; i < PUBLISHES; i += 1) {
      const doc = await strapi.documents(POST).create({ data: { title: `Bench ${i}`, body: post280(i) } as never });
      await review.submit(doc.documentId, author);
      await review.approve(doc.documentId, reviewer);
      ids.push(doc.documentId);
    }

    let coreStarted = 0;
    let coreMs = 0;
    strapi.documents.use(async (ctx, next) => {
      if (ctx.uid !== POST || ctx.action !== 'publish') return next();
      coreStarted = performance.now();
      const result = await next();
      coreMs = performance.now() - coreStarted;
      return result;
    });

    const totals: number[] = [];
    const cores: number[] = [];
    for (const documentId of ids) {
      const started = performance.now();
      await strapi.documents(POST).publish({ documentId });
      totals.push(performance.now() - started);
      cores.push(coreMs);
    }
    const total = summarise(totals);
    const core = summarise(cores);
    process.stdout.write(
      `publish with the gate (n=${total.n}): p50 ${ms(total.p50)}  p99 ${ms(total.p99)}\n` +
        `core publish alone, same calls: p50 ${ms(core.p50)}  p99 ${ms(core.p99)}\n` +
        `ratio at p50: ${(total.p50 / core.p50).toFixed(2)}  (goal ≤ 1.15)\n`
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
