import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/** A gated publish in progress: `judge` sees the draft Strapi's publish is about to copy, and throws to refuse it. */
export interface PendingPublish<Verdict, Draft = never> {
  uid: string;
  documentId: string;
  judge: (draft: Draft) => Promise<Verdict>;
  /** Set once the draft has been judged; undefined means Strapi never loaded it where we could see it. */
  verdict?: Verdict;
  /**
   * Whether a published version existed when Strapi's publish looked (it reads the old versions to replace
   * them); undefined when that read was not seen.
   */
  previouslyPublished?: boolean;
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

function lookupOf(params: unknown, documentId: string): 'draft' | 'published' | null {
  const where = (params as { where?: Record<string, unknown> } | undefined)?.where;
  if (!where || where.documentId !== documentId) return null;
  if (where.publishedAt === null) return 'draft';
  const publishedAt = where.publishedAt as { $ne?: unknown; $notNull?: unknown } | undefined;
  return publishedAt && (publishedAt.$ne === null || publishedAt.$notNull === true) ? 'published' : null;
}

/**
 * Strapi's publish loads the drafts it copies with one deep findMany. Judging exactly that result, inside
 * the publish transaction and before anything is written, spares the gate a second load of the same rows
 * (three queries, most of what the gate used to add to a publish) and judges what is actually copied.
 * A publish whose draft is never seen here is judged by the gate after the copy, still inside the
 * transaction, so the gate holds even if Strapi changes how publish reads. The same publish's lookup of
 * the versions it replaces tells delivery planning whether there can be older deliveries to cancel.
 */
export function subscribePublishDraftCapture(strapi: Core.Strapi, uids: readonly string[]): void {
  strapi.db.lifecycles.subscribe({
    models: [...uids],
    async afterFindMany(event) {
      const pending = inProgress.getStore();
      if (!pending || pending.settled || event.model.uid !== pending.uid) return;
      const lookup = lookupOf(event.params, pending.documentId);
      const rows = (event as { result?: unknown }).result;
      if (!lookup || !Array.isArray(rows)) return;
      if (lookup === 'published') {
        pending.previouslyPublished ??= rows.length > 0;
        return;
      }
      if (pending.verdict !== undefined || rows.length !== 1) return;
      pending.verdict = await pending.judge(rows[0]);
    },
  });
}
