import { z } from 'zod';
import { unreadableAnswer, type HttpClient } from './http-client';
import type { CommentInbox, RemoteComment } from './inbox-types';
import { segment, withQuery } from './url-helpers';

const MAX_PAGES = 5;

const mentionsAnswer = z.object({
  data: z
    .array(
      z.object({
        id: z.string(),
        text: z.string(),
        created_at: z.string(),
        author_id: z.string().optional(),
        conversation_id: z.string().optional(),
      }),
    )
    .default([]),
  includes: z.object({ users: z.array(z.object({ id: z.string(), username: z.string() })).default([]) }).optional(),
  meta: z.object({ next_token: z.string().optional() }).optional(),
});

/** X: mentions of the account (GET /2/users/:id/mentions), and replies as posts with reply.in_reply_to_tweet_id. */
export function createXInbox(http: HttpClient, baseUrl: string): CommentInbox {
  return {
    async listComments({ since, credentials }) {
      const comments: RemoteComment[] = [];
      let token: string | undefined;
      for (let n = 0; n < MAX_PAGES; n++) {
        const res = await http.send({
          method: 'GET',
          url: withQuery(baseUrl, `/users/${segment(credentials.accountId)}/mentions`, {
            start_time: since.toISOString(),
            max_results: '100',
            'tweet.fields': 'created_at,author_id,conversation_id',
            expansions: 'author_id',
            pagination_token: token,
          }),
          headers: { Authorization: `Bearer ${credentials.accessToken}` },
          step: 'list mentions',
        });
        const parsed = mentionsAnswer.safeParse(res.json);
        if (!parsed.success) throw unreadableAnswer('x', 'list mentions', false, res.json);
        const users = new Map(parsed.data.includes?.users.map((u) => [u.id, u.username]));
        for (const t of parsed.data.data) {
          comments.push({
            remoteId: t.id,
            parentId: t.conversation_id,
            text: t.text,
            authorId: t.author_id,
            authorName: t.author_id ? users.get(t.author_id) : undefined,
            createdAt: t.created_at,
          });
        }
        token = parsed.data.meta?.next_token;
        if (!token) break;
      }
      return comments;
    },
    async replyToComment({ commentId, text, credentials }) {
      const res = await http.send({
        method: 'POST',
        url: `${baseUrl}/tweets`,
        headers: { Authorization: `Bearer ${credentials.accessToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, reply: { in_reply_to_tweet_id: commentId } }),
        step: 'reply to mention',
        createsPost: true,
      });
      const parsed = z.object({ data: z.object({ id: z.string().min(1) }) }).safeParse(res.json);
      if (!parsed.success) throw unreadableAnswer('x', 'reply to mention', true, res.json);
      return { remoteId: parsed.data.data.id, url: `https://x.com/i/web/status/${parsed.data.data.id}` };
    },
  };
}
