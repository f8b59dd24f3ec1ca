import { createCommentStore, graphPage, graphTime } from './comment-store';
import { graphError, graphParams, graphScripted, graphSegments, graphToken, isReply, unknownPath } from './graph-common';
import { isHttpUrl } from './http-io';
import type { FakeContext, PlatformFake, Reply } from './types';

interface Container {
  igUserId: string;
  imageUrl: string;
  caption?: string;
  /** Status checks still answering IN_PROGRESS, so clients have to poll as the docs ask. */
  pendingPolls: number;
  status: 'IN_PROGRESS' | 'FINISHED' | 'PUBLISHED';
}

export const INSTAGRAM_QUOTA_TOTAL = 50;
const PRIVATE_HOST = /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\])/i;

/** Instagram content publishing: quota, containers, status polling, media_publish, permalink. */
export function createInstagramFake(): PlatformFake {
  let nextId = 17_900_000;
  const containers = new Map<string, Container>();
  const media = new Map<string, { igUserId: string }>();
  const publishedCount = new Map<string, number>();
  const comments = createCommentStore(18_000_000);

  function listComments(ctx: FakeContext, mediaId: string): Reply {
    const items = comments
      .under(mediaId)
      .map((c) => ({ id: c.id, text: c.text, timestamp: graphTime(c.createdAt), ...(c.authorName ? { username: c.authorName } : {}) }));
    return { status: 200, body: graphPage(items, ctx.query, `${ctx.origin}/instagram${ctx.path}?${ctx.query}`) };
  }

  function reply(commentId: string, p: Record<string, unknown>): Reply {
    if (!comments.get(commentId)) return graphError(400, 100, `(#100) Unsupported post request. Object with ID '${commentId}' does not exist`, 33);
    if (typeof p.message !== 'string' || p.message === '') return graphError(400, 100, 'The parameter message is required.');
    return { status: 200, body: { id: comments.add({ parentId: commentId, text: p.message }) } };
  }

  function createContainer(igUserId: string, p: Record<string, unknown>): Reply {
    if (p.image_url === undefined) return graphError(400, 100, 'The parameter image_url is required.');
    if (!isHttpUrl(p.image_url)) return graphError(400, 100, '(#100) Param image_url must be a URL');
    // Instagram fetches the image itself, so it must be public.
    if (PRIVATE_HOST.test(new URL(p.image_url).hostname)) {
      return graphError(400, 9004, 'Media download has failed. The media URI doesn\'t meet our requirements.', 2207052);
    }
    if (p.caption !== undefined && typeof p.caption !== 'string') return graphError(400, 100, '(#100) Param caption must be a string');
    if (typeof p.caption === 'string' && [...p.caption].length > 2200) {
      return graphError(400, 100, 'The caption is too long.', 2207010);
    }
    if (p.alt_text !== undefined && typeof p.alt_text !== 'string') return graphError(400, 100, '(#100) Param alt_text must be a string');
    const id = String(nextId++);
    containers.set(id, { igUserId, imageUrl: p.image_url, caption: p.caption as string | undefined, pendingPolls: 1, status: 'IN_PROGRESS' });
    return { status: 200, body: { id } };
  }

  function publishContainer(igUserId: string, p: Record<string, unknown>): Reply {
    if (typeof p.creation_id !== 'string' || p.creation_id === '') return graphError(400, 100, 'The parameter creation_id is required.');
    const container = containers.get(p.creation_id);
    if (!container || container.igUserId !== igUserId) return graphError(400, 100, `(#100) Invalid creation_id ${p.creation_id}`);
    if (container.status !== 'FINISHED') return graphError(400, 9007, 'Media ID is not available', 2207027);
    container.status = 'PUBLISHED';
    publishedCount.set(igUserId, (publishedCount.get(igUserId) ?? 0) + 1);
    const id = String(nextId++);
    media.set(id, { igUserId });
    return { status: 200, body: { id } };
  }

  function readNode(id: string, fields: string): Reply {
    const container = containers.get(id);
    if (container && fields.includes('status_code')) {
      if (container.status === 'IN_PROGRESS' && container.pendingPolls-- <= 0) container.status = 'FINISHED';
      return { status: 200, body: { status_code: container.status, status: container.status === 'FINISHED' ? 'Finished: Media has been uploaded' : 'In Progress', id } };
    }
    if (media.has(id) && fields.includes('permalink')) {
      return { status: 200, body: { permalink: `https://www.instagram.com/p/Fk${id}/`, id } };
    }
    return graphError(400, 100, `(#100) Unsupported get request. Object with ID '${id}' does not exist or lacks field(s) ${fields}`, 33);
  }

  function handle(ctx: FakeContext): Reply {
    const segments = graphSegments(ctx.path);
    if (!segments) return unknownPath(ctx.path);
    const params = graphParams(ctx);
    if (isReply(params)) return params;
    const token = graphToken(ctx, params);
    if (typeof token !== 'string') return token;
    const [id, edge] = segments;
    if (ctx.method === 'POST' && edge === 'media' && segments.length === 2) return createContainer(id, params);
    if (ctx.method === 'POST' && edge === 'media_publish' && segments.length === 2) return publishContainer(id, params);
    if (ctx.method === 'GET' && edge === 'content_publishing_limit' && segments.length === 2) {
      return {
        status: 200,
        body: { data: [{ quota_usage: publishedCount.get(id) ?? 0, config: { quota_total: INSTAGRAM_QUOTA_TOTAL, quota_duration: 86400 } }] },
      };
    }
    if (ctx.method === 'GET' && edge === 'comments' && segments.length === 2) return listComments(ctx, id);
    if (ctx.method === 'POST' && edge === 'replies' && segments.length === 2) return reply(id, params);
    if (ctx.method === 'GET' && segments.length === 1) return readNode(id, String(params.fields ?? ''));
    return unknownPath(ctx.path);
  }

  return {
    handle,
    addComment: (c) => comments.add(c),
    scripted: (b, ctx) =>
      graphScripted(b.kind, {
        objectId: graphSegments(ctx.path)?.[0] ?? 'unknown',
        bucType: 'instagram',
        throttleCode: 80002,
        resetInSeconds: b.kind === 'rate-limit' ? b.resetInSeconds : undefined,
      }),
    reset: () => {
      containers.clear();
      media.clear();
      publishedCount.clear();
      comments.clear();
    },
  };
}
