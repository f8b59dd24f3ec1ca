import type { Core } from '@strapi/strapi';

function defer(strapi: Core.Strapi, work: () => Promise<void>, label: string): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    // The store's transaction is cleared before callbacks run; new queries use the pool.
    setImmediate(() => {
      work().catch((error: unknown) => strapi.log.error(`[clearpost] ${label} failed: ${(error as Error).message}`));
    });
  };
}

/**
 * Runs `work` once the caller's transaction commits, never after a rollback: a job must not point at
 * rows another transaction cannot see yet. Outside a transaction it runs now and is awaited.
 */
export async function afterCommit(strapi: Core.Strapi, work: () => Promise<void>, label = 'after-commit work'): Promise<void> {
  if (!strapi.db.inTransaction()) return work();
  const run = defer(strapi, work, label);
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(run);
  });
}

/**
 * Runs `work` once the caller's transaction has ended, committed or rolled back, so a record of a
 * refused action (an audit event, the report that explains it) survives the rollback that the
 * refusal causes. Outside a transaction it runs now.
 */
export async function afterTransaction(strapi: Core.Strapi, work: () => Promise<void>, label = 'deferred write'): Promise<void> {
  if (!strapi.db.inTransaction()) return work();
  const run = defer(strapi, work, label);
  await strapi.db.transaction(async ({ onCommit, onRollback }) => {
    onCommit(run);
    onRollback(run);
  });
}
