import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/** A gated publish in progress: `judge` sees the draft Strapi's publish is about to copy, and throws to refuse it. */
export interface PendingPublish<Verdict, Draft = never> {
  uid: string;
  documentId: string;
  judge: (draft: Draft) => Promise<Verdict>;
  /** Set once the draft has been judged; undefined means Strapi never loaded it where we could see it. */
  verdict?: Verdict;
  /** Set when the publish has returned; work it deferred (after-commit writes) runs in its scope but is not it. */
  settled?: boolean;
}

const inProgress = new AsyncLocalStorage<PendingPublish<unknown, unknown>>();

/** Runs `publish` with `pending` in scope, so the capture below can judge the draft the publish loads. */
export async function withPendingPublish<Verdict, Draft, T>(
  pending: PendingPublish<Verdict, Draft>,
  publish: () => Promise<T>
): Promise<T> {
  try {
    return await inProgress.run(pending as PendingPublish<unknown, unknown>, publish);
  } finally {
    pending.settled = true;
  }
}

function isDraftLookup(params: unknown, documentId: string): boolean {
  const where = (params as { where?: Record<string, unknown> } | undefined)?.where;
  return !!where && where.documentId === documentId && where.publishedAt === null;
}

/**
 * Strapi's publish loads the drafts it copies with one deep findMany. Judging exactly that result, inside
 * the publish transaction and before anything is written, spares the gate a second load of the same rows
 * (three queries, most of what the gate used to add to a publish) and judges what is actually copied.
 * A publish whose draft is never seen here is judged by the gate after the copy, still inside the
 * transaction, so the gate holds even if Strapi changes how publish reads.
 */
export function subscribePublishDraftCapture(strapi: Core.Strapi, uids: readonly string[]): void {
  strapi.db.lifecycles.subscribe({
    models: [...uids],
    async afterFindMany(event) {
      const pending = inProgress.getStore();
      if (!pending || pending.settled || pending.verdict !== undefined || event.model.uid !== pending.uid) return;
      if (!isDraftLookup(event.params, pending.documentId)) return;
      const drafts = (event as { result?: unknown }).result;
      if (!Array.isArray(drafts) || drafts.length !== 1) return;
      pending.verdict = await pending.judge(drafts[0]);
    },
  });
}
