import { header, isRecord } from './http-io';
import type { SeedComment } from './types';
import type { FakeContext, PlatformFake, Reply, ScriptedFailure } from './types';

const problem = (status: number, title: string, detail: string, type = 'about:blank', extra: object = {}): Reply => ({
  status,
  body: { title, detail, type, status, ...extra },
  headers: { 'content-type': 'application/problem+json' },
});

const invalidRequest = (message: string, parameter: string, value: unknown): Reply =>
  problem(400, 'Invalid Request', 'One or more parameters to your request was invalid.', 'https://api.twitter.com/2/problems/invalid-request', {
    errors: [{ parameters: { [parameter]: [value] }, message }],
  });

const MEDIA_CATEGORIES = ['tweet_image', 'tweet_gif', 'tweet_video', 'dm_image', 'dm_gif', 'dm_video', 'subtitles'];
const TOO_LONG = 'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.';

/** Approximation of X's weighted length: URLs count 23, everything else one per code point. */
const weightedLength = (text: string) => [...text.replace(/https?:\/\/\S+/g, 'x'.repeat(23))].length;

/** X API v2: POST /2/tweets, POST /2/media/upload (JSON base64), GET /2/media/upload?command=STATUS. */
export function createXFake(): PlatformFake {
  let nextId = 1_866_000_000_000_000_000n;
  const mediaOwner = new Map<string, string>();
  const textsByToken = new Map<string, Set<string>>();
  let remaining = 100;
  const knownPosts = new Set<string>();
  const mentions: Array<Required<Pick<SeedComment, 'parentId' | 'text' | 'createdAt'>> & { id: string; authorId: string; authorName: string }> = [];

  function addMention(seed: SeedComment): string {
    const id = String(nextId++);
    knownPosts.add(id);
    mentions.push({
      id,
      parentId: seed.parentId,
      text: seed.text,
      createdAt: seed.createdAt ?? new Date(),
      authorId: seed.authorId ?? '1001',
      authorName: seed.authorName ?? 'patient_advocate',
    });
    return id;
  }

  function listMentions(ctx: FakeContext, userId: string): Reply {
    const start = ctx.query.get('start_time');
    if (start !== null && Number.isNaN(Date.parse(start))) return invalidRequest('Invalid start_time', 'start_time', start);
    const maxResults = Number(ctx.query.get('max_results') ?? 10);
    if (!Number.isInteger(maxResults) || maxResults < 5 || maxResults > 100) return invalidRequest('max_results must be 5..100', 'max_results', maxResults);
    const found = mentions
      .filter((m) => m.parentId === userId && (start === null || m.createdAt.getTime() >= Date.parse(start)))
      .sort((a, b) => +b.createdAt - +a.createdAt);
    const offset = Number(ctx.query.get('pagination_token') ?? 0) || 0;
    const pageItems = found.slice(offset, offset + maxResults);
    const next = offset + maxResults < found.length ? String(offset + maxResults) : undefined;
    const withFields = (ctx.query.get('tweet.fields') ?? '').split(',');
    return {
      status: 200,
      body: {
        ...(pageItems.length > 0
          ? {
              data: pageItems.map((m) => ({
                id: m.id,
                text: m.text,
                edit_history_tweet_ids: [m.id],
                ...(withFields.includes('created_at') ? { created_at: m.createdAt.toISOString() } : {}),
                ...(withFields.includes('author_id') ? { author_id: m.authorId } : {}),
                ...(withFields.includes('conversation_id') ? { conversation_id: m.id } : {}),
              })),
            }
          : {}),
        ...(ctx.query.get('expansions')?.includes('author_id') && pageItems.length > 0
          ? { includes: { users: pageItems.map((m) => ({ id: m.authorId, username: m.authorName, name: m.authorName })) } }
          : {}),
        meta: { result_count: pageItems.length, ...(next ? { next_token: next } : {}) },
      },
      headers: rateHeaders(ctx.now),
    };
  }

  const rateHeaders = (now: number) => ({
    'x-rate-limit-limit': '100',
    'x-rate-limit-remaining': String(Math.max(0, --remaining)),
    'x-rate-limit-reset': String(Math.floor(now / 1000) + 900),
  });

  function createPost(ctx: FakeContext, token: string): Reply {
    const body = ctx.body;
    if (!isRecord(body)) return invalidRequest('Request body must be a JSON object', 'body', null);
    const media = body.media;
    let mediaIds: string[] = [];
    if (media !== undefined) {
      const ids = isRecord(media) ? media.media_ids : undefined;
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > 4 || !ids.every((i) => typeof i === 'string')) {
        return invalidRequest('media.media_ids must be 1 to 4 string IDs', 'media.media_ids', ids);
      }
      if (!ids.every((i) => mediaOwner.get(i) === token)) return invalidRequest('Your media IDs are invalid.', 'media.media_ids', ids);
      mediaIds = ids;
    }
    if (body.reply !== undefined) {
      const target = isRecord(body.reply) ? body.reply.in_reply_to_tweet_id : undefined;
      if (typeof target !== 'string' || !knownPosts.has(target)) {
        return invalidRequest('reply.in_reply_to_tweet_id must be a visible post id', 'reply.in_reply_to_tweet_id', target);
      }
    }
    if (body.text !== undefined && typeof body.text !== 'string') return invalidRequest('text must be a string', 'text', body.text);
    const text = (body.text as string | undefined) ?? '';
    if (text === '' && mediaIds.length === 0) return invalidRequest('text or media is required', 'text', text);
    if (weightedLength(text) > 280) return problem(403, 'Forbidden', TOO_LONG);
    const seen = textsByToken.get(token) ?? new Set<string>();
    if (text !== '' && seen.has(text)) return scripted({ kind: 'duplicate' }, ctx);
    seen.add(text);
    textsByToken.set(token, seen);
    const id = String(nextId++);
    knownPosts.add(id);
    return { status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } }, headers: rateHeaders(ctx.now) };
  }

  function uploadMedia(ctx: FakeContext, token: string): Reply {
    if (ctx.contentType !== 'application/json') {
      return invalidRequest('This fake accepts the JSON (base64) form of media upload only', 'content-type', ctx.contentType);
    }
    const body = ctx.body;
    if (!isRecord(body)) return invalidRequest('Request body must be a JSON object', 'body', null);
    if (typeof body.media !== 'string' || body.media === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(body.media)) {
      return invalidRequest('media must be base64-encoded bytes', 'media', typeof body.media);
    }
    if (typeof body.media_category !== 'string' || !MEDIA_CATEGORIES.includes(body.media_category)) {
      return invalidRequest(`media_category must be one of ${MEDIA_CATEGORIES.join(', ')}`, 'media_category', body.media_category);
    }
    const id = String(nextId++);
    mediaOwner.set(id, token);
    const size = Buffer.from(body.media, 'base64').length;
    return { status: 200, body: { data: { id, media_key: `3_${id}`, size, expires_after_secs: 86400 } }, headers: rateHeaders(ctx.now) };
  }

  function mediaStatus(ctx: FakeContext, token: string): Reply {
    const id = ctx.query.get('media_id') ?? '';
    if (ctx.query.get('command') !== 'STATUS' || mediaOwner.get(id) !== token) return invalidRequest('Unknown media_id', 'media_id', id);
    return { status: 200, body: { data: { id, media_key: `3_${id}`, processing_info: { state: 'succeeded', progress_percent: 100 } } } };
  }

  function handle(ctx: FakeContext): Reply {
    const auth = header(ctx, 'authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/.exec(auth)?.[1];
    if (!token) return problem(401, 'Unauthorized', 'Unauthorized');
    if (ctx.method === 'POST' && ctx.path === '/2/tweets') {
      if (ctx.contentType !== 'application/json') return invalidRequest('Content-Type must be application/json', 'content-type', ctx.contentType);
      if (ctx.body instanceof Error) return invalidRequest('Request body is not valid JSON', 'body', null);
      return createPost(ctx, token);
    }
    if (ctx.method === 'POST' && ctx.path === '/2/media/upload') return uploadMedia(ctx, token);
    if (ctx.method === 'GET' && ctx.path === '/2/media/upload') return mediaStatus(ctx, token);
    const mentionsPath = /^\/2\/users\/(\d+)\/mentions$/.exec(ctx.path);
    if (ctx.method === 'GET' && mentionsPath) return listMentions(ctx, mentionsPath[1]);
    return problem(404, 'Not Found Error', `Could not find ${ctx.method} ${ctx.path}`, 'https://api.twitter.com/2/problems/resource-not-found');
  }

  function scripted(b: ScriptedFailure, ctx: FakeContext): Reply {
    switch (b.kind) {
      case 'rate-limit':
        return {
          ...problem(429, 'Too Many Requests', 'Too Many Requests'),
          headers: {
            'content-type': 'application/problem+json',
            'x-rate-limit-limit': '100',
            'x-rate-limit-remaining': '0',
            'x-rate-limit-reset': String(Math.floor(ctx.now / 1000) + b.resetInSeconds),
          },
        };
      case 'server-error':
        return problem(500, 'Internal Server Error', 'Internal Server Error');
      case 'revoked-token':
        return problem(401, 'Unauthorized', 'Unauthorized');
      case 'duplicate':
        return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
    }
  }

  return {
    handle,
    addComment: addMention,
    scripted,
    reset: () => {
      mediaOwner.clear();
      textsByToken.clear();
      knownPosts.clear();
      mentions.length = 0;
      remaining = 100;
    },
  };
}
