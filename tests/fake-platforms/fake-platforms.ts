import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFacebookFake } from './facebook-routes';
import { mediaType, parseBody, readBody, writeReply } from './http-io';
import { createInstagramFake } from './instagram-routes';
import { createLinkedInFake } from './linkedin-routes';
import {
  FAKE_PLATFORMS,
  type Behaviour,
  type FakeContext,
  type FakePlatform,
  type PlatformFake,
  type RecordedRequest,
  type SeedComment,
} from './types';
import { createWebhookFake, FAKE_WEBHOOK_SECRET } from './webhook-routes';
import { createXFake } from './x-routes';

/** Paths the adapters append to, per platform (the real APIs' version segments included). */
const BASE_PATHS: Record<FakePlatform, string> = {
  facebook: '/facebook/v25.0',
  instagram: '/instagram/v25.0',
  x: '/x/2',
  linkedin: '/linkedin/rest',
  webhook: '/webhook/hooks/clearpost',
};

// A 1×1 PNG so adapters can exercise "download the public URL" without the internet.
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface FakePlatforms {
  /** http://127.0.0.1:<port> */
  url: string;
  baseUrlFor(platform: FakePlatform): string;
  /** A public-looking URL served by the fake: GET <url>/assets/pixel.png. */
  assetUrl: string;
  webhookSecret: string;
  /** Every request the fake accepted (2xx from the platform checks), oldest first. */
  requests: RecordedRequest[];
  /** Every request, including rejected and scripted ones. */
  received: RecordedRequest[];
  script(platform: FakePlatform, behaviours: Behaviour[]): void;
  /** Seeds a comment (facebook, instagram) or a mention (x) for the inbox endpoints; returns its id. */
  addComment(platform: 'facebook' | 'instagram' | 'x', comment: SeedComment): string;
  reset(): void;
  close(): Promise<void>;
}

export interface FakeOptions {
  webhookSecret?: string;
}

function pathMatches(match: Behaviour['match'], pathWithQuery: string): boolean {
  if (match === undefined) return true;
  return typeof match === 'string' ? pathWithQuery.includes(match) : match.test(pathWithQuery);
}

export async function startFakePlatforms(options: FakeOptions = {}): Promise<FakePlatforms> {
  const webhookSecret = options.webhookSecret ?? FAKE_WEBHOOK_SECRET;
  const fakes: Record<FakePlatform, PlatformFake> = {
    facebook: createFacebookFake(),
    instagram: createInstagramFake(),
    x: createXFake(),
    linkedin: createLinkedInFake(),
    webhook: createWebhookFake(webhookSecret),
  };
  const queues = new Map<FakePlatform, Behaviour[]>();
  const requests: RecordedRequest[] = [];
  const received: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let origin = '';

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? '/', origin);
    const [, prefix = ''] = url.pathname.split('/');
    if (prefix === 'assets' && url.pathname === '/assets/pixel.png') {
      writeReply(res, { status: 200, body: PIXEL_PNG, headers: { 'content-type': 'image/png' } });
      return;
    }
    const platform = FAKE_PLATFORMS.find((p) => p === prefix);
    if (!platform) {
      writeReply(res, { status: 404, body: { error: `no fake platform at ${url.pathname}` } });
      return;
    }
    const contentType = mediaType(req.headers['content-type']);
    const ctx: FakeContext = {
      method: req.method ?? 'GET',
      path: url.pathname.slice(prefix.length + 1),
      query: url.searchParams,
      headers: req.headers,
      rawBody,
      body: parseBody(rawBody, contentType),
      contentType,
      origin,
      now: Date.now(),
    };
    const record: RecordedRequest = {
      platform,
      method: ctx.method,
      path: ctx.path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: ctx.body instanceof Error ? rawBody : ctx.body,
      rawBody,
      time: ctx.now,
      outcome: 'scripted',
    };
    received.push(record);

    const queue = queues.get(platform) ?? [];
    const index = queue.findIndex((b) => pathMatches(b.match, `${ctx.path}${url.search}`));
    if (index >= 0) {
      const [behaviour] = queue.splice(index, 1);
      if (behaviour.kind === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (behaviour.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      const reply =
        behaviour.kind === 'respond'
          ? { status: behaviour.status, body: behaviour.body, headers: behaviour.headers }
          : fakes[platform].scripted(behaviour, ctx);
      record.status = reply.status;
      writeReply(res, reply);
      return;
    }

    const reply = fakes[platform].handle(ctx);
    record.status = reply.status;
    record.outcome = reply.status >= 200 && reply.status < 300 ? 'accepted' : 'rejected';
    if (record.outcome === 'accepted') requests.push(record);
    writeReply(res, reply);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (!res.headersSent) writeReply(res, { status: 500, body: { error: `fake crashed: ${String(err)}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const releaseHanging = () => {
    for (const res of hanging) res.socket?.destroy();
    hanging.clear();
  };

  return {
    url: origin,
    baseUrlFor: (platform) => `${origin}${BASE_PATHS[platform]}`,
    assetUrl: `${origin}/assets/pixel.png`,
    webhookSecret,
    requests,
    received,
    script: (platform, behaviours) => queues.set(platform, [...(queues.get(platform) ?? []), ...behaviours]),
    addComment: (platform, comment) => {
      const add = fakes[platform].addComment;
      if (!add) throw new Error(`${platform} fake has no comments`);
      return add(comment);
    },
    reset: () => {
      releaseHanging();
      requests.length = 0;
      received.length = 0;
      queues.clear();
      for (const fake of Object.values(fakes)) fake.reset();
    },
    close: async () => {
      releaseHanging();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
