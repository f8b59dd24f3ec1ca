import { createCommentStore, graphPage, graphTime } from './comment-store';
import { graphError, graphParams, graphScripted, graphSegments, graphToken, isReply, unknownPath } from './graph-common';
import { isHttpUrl, isRecord } from './http-io';
import type { FakeContext, PlatformFake, Reply } from './types';

interface Photo {
  pageId: string;
  published: boolean;
  url: string;
}

const parseBool = (v: unknown): boolean | undefined =>
  typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;

/** Facebook Pages: POST /{page-id}/feed and POST /{page-id}/photos. */
export function createFacebookFake(): PlatformFake {
  let nextId = 1000;
  const photos = new Map<string, Photo>();
  const lastMessageByPage = new Map<string, string>();
  const comments = createCommentStore(5_000_000);

  function commentsRoute(ctx: FakeContext, objectId: string, p: Record<string, unknown>): Reply {
    if (ctx.method === 'GET') {
      const items = comments.under(objectId).map((c) => ({
        id: c.id,
        message: c.text,
        created_time: graphTime(c.createdAt),
        ...(c.authorId ? { from: { id: c.authorId, name: c.authorName ?? c.authorId } } : {}),
      }));
      return { status: 200, body: graphPage(items, ctx.query, `${ctx.origin}/facebook${ctx.path}?${ctx.query}`) };
    }
    if (!comments.get(objectId)) return graphError(400, 100, `(#100) Unsupported post request. Object with ID '${objectId}' does not exist`, 33);
    if (typeof p.message !== 'string' || p.message === '') return graphError(400, 100, '(#100) The parameter message is required');
    return { status: 200, body: { id: `${objectId}_${comments.add({ parentId: objectId, text: p.message, authorId: 'page' })}` } };
  }

  function photosRoute(pageId: string, p: Record<string, unknown>): Reply {
    if (!isHttpUrl(p.url)) return graphError(400, 324, '(#324) Requires upload file: pass a public `url` or a multipart `source`');
    const published = p.published === undefined ? true : parseBool(p.published);
    if (published === undefined) return graphError(400, 100, '(#100) Param published must be a boolean');
    if (p.message !== undefined && typeof p.message !== 'string') return graphError(400, 100, '(#100) Param message must be a string');
    if (p.alt_text_custom !== undefined && typeof p.alt_text_custom !== 'string') {
      return graphError(400, 100, '(#100) Param alt_text_custom must be a string');
    }
    const id = String(nextId++);
    photos.set(id, { pageId, published, url: p.url });
    return { status: 200, body: published ? { id, post_id: `${pageId}_${nextId++}` } : { id } };
  }

  function feedRoute(pageId: string, p: Record<string, unknown>): Reply {
    if (p.message !== undefined && typeof p.message !== 'string') return graphError(400, 100, '(#100) Param message must be a string');
    if (p.link !== undefined && !isHttpUrl(p.link)) return graphError(400, 100, '(#100) Param link must be a valid URL');
    let attached: unknown = p.attached_media;
    if (typeof attached === 'string') {
      try {
        attached = JSON.parse(attached);
      } catch {
        return graphError(400, 100, '(#100) Param attached_media must be an array');
      }
    }
    if (attached !== undefined) {
      if (!Array.isArray(attached)) return graphError(400, 100, '(#100) Param attached_media must be an array');
      for (const item of attached) {
        const fbid = isRecord(item) ? item.media_fbid : undefined;
        const photo = typeof fbid === 'string' ? photos.get(fbid) : undefined;
        if (!photo || photo.pageId !== pageId || photo.published) {
          return graphError(400, 100, `(#100) attached_media: ${String(fbid)} is not an unpublished photo of this Page`);
        }
      }
    }
    const hasMedia = Array.isArray(attached) && attached.length > 0;
    if (!p.message && !p.link && !hasMedia) return graphError(400, 100, '(#100) The parameter message or link is required');
    if (typeof p.message === 'string' && p.message !== '' && lastMessageByPage.get(pageId) === p.message) {
      return graphScripted('duplicate', { objectId: pageId, bucType: 'pages', throttleCode: 80001 });
    }
    if (typeof p.message === 'string') lastMessageByPage.set(pageId, p.message);
    return { status: 200, body: { id: `${pageId}_${nextId++}` } };
  }

  function handle(ctx: FakeContext): Reply {
    const segments = graphSegments(ctx.path);
    if (!segments) return unknownPath(ctx.path);
    const params = graphParams(ctx);
    if (isReply(params)) return params;
    const token = graphToken(ctx, params);
    if (typeof token !== 'string') return token;
    const [pageId, edge] = segments;
    if (ctx.method === 'POST' && segments.length === 2 && edge === 'feed') return feedRoute(pageId, params);
    if (ctx.method === 'POST' && segments.length === 2 && edge === 'photos') return photosRoute(pageId, params);
    if (segments.length === 2 && edge === 'comments') return commentsRoute(ctx, pageId, params);
    return unknownPath(ctx.path);
  }

  return {
    handle,
    addComment: (c) => comments.add(c),
    scripted: (b, ctx) =>
      graphScripted(b.kind, {
        objectId: graphSegments(ctx.path)?.[0] ?? 'unknown',
        bucType: 'pages',
        throttleCode: 80001,
        resetInSeconds: b.kind === 'rate-limit' ? b.resetInSeconds : undefined,
      }),
    reset: () => {
      photos.clear();
      lastMessageByPage.clear();
      comments.clear();
    },
  };
}
