import { z } from 'zod';
import type { HttpClient } from './http-client';
import { unreadableAnswer } from './http-client';
import { isSince, type CommentInbox, type RemoteComment } from './inbox-types';
import type { PlatformName } from './types';
import { segment, withQuery } from './url-helpers';

const MAX_PAGES = 5;

const page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ data: z.array(item), paging: z.object({ next: z.string().url().optional() }).optional() });

const facebookComment = z.object({
  id: z.string(),
  message: z.string().default(''),
  created_time: z.string(),
  from: z.object({ id: z.string(), name: z.string().optional() }).optional(),
});
const instagramComment = z.object({ id: z.string(), text: z.string().default(''), timestamp: z.string(), username: z.string().optional() });

export interface GraphInboxSpec<T extends z.ZodTypeAny> {
  platform: Extract<PlatformName, 'facebook' | 'instagram'>;
  fields: string;
  item: T;
  toComment: (item: z.infer<T>, parentId: string) => RemoteComment;
  /** Edge that takes a reply to a comment, and the field carrying its text. */
  replyEdge: 'comments' | 'replies';
}

/**
 * Reads the comments edge of each of our posts and replies on the comment's edge. Pages are followed through
 * paging.next (bounded), and filtered on the client because `since` is not honoured on every edge.
 */
export function createGraphInbox<T extends z.ZodTypeAny>(http: HttpClient, baseUrl: string, spec: GraphInboxSpec<T>): CommentInbox {
  const schema = page(spec.item);
  return {
    async listComments({ since, credentials, postIds }) {
      const comments: RemoteComment[] = [];
      for (const postId of postIds) {
        let next: string | undefined = withQuery(baseUrl, `/${segment(postId)}/comments`, {
          fields: spec.fields,
          limit: '100',
          access_token: credentials.accessToken,
        });
        for (let n = 0; next && n < MAX_PAGES; n++) {
          const res = await http.send({ method: 'GET', url: next, step: 'list comments' });
          const parsed = schema.safeParse(res.json);
          if (!parsed.success) throw unreadableAnswer(spec.platform, 'list comments', false, res.json);
          const found = parsed.data.data.map((item) => spec.toComment(item, postId));
          comments.push(...found.filter((c) => isSince(c.createdAt, since)));
          next = parsed.data.paging?.next;
        }
      }
      return comments;
    },
    async replyToComment({ commentId, text, credentials }) {
      const res = await http.send({
        method: 'POST',
        url: withQuery(baseUrl, `/${segment(commentId)}/${spec.replyEdge}`, { message: text, access_token: credentials.accessToken }),
        step: 'reply to comment',
        createsPost: true,
      });
      const parsed = z.object({ id: z.string().min(1) }).safeParse(res.json);
      if (!parsed.success) throw unreadableAnswer(spec.platform, 'reply to comment', true, res.json);
      return { remoteId: parsed.data.id };
    },
  };
}

export const createFacebookInbox = (http: HttpClient, baseUrl: string): CommentInbox =>
  createGraphInbox(http, baseUrl, {
    platform: 'facebook',
    fields: 'id,message,created_time,from',
    item: facebookComment,
    replyEdge: 'comments',
    toComment: (c, parentId) => ({
      remoteId: c.id,
      parentId,
      text: c.message,
      authorId: c.from?.id,
      authorName: c.from?.name,
      createdAt: c.created_time,
    }),
  });

export const createInstagramInbox = (http: HttpClient, baseUrl: string): CommentInbox =>
  createGraphInbox(http, baseUrl, {
    platform: 'instagram',
    fields: 'id,text,timestamp,username',
    item: instagramComment,
    replyEdge: 'replies',
    toComment: (c, parentId) => ({ remoteId: c.id, parentId, text: c.text, authorName: c.username, createdAt: c.timestamp }),
  });
