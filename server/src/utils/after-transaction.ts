import type { Core } from '@strapi/strapi';

/**
 * Runs `work` once the caller's transaction has ended, committed or rolled back, so a record of a
 * refused action (an audit event, the report that explains it) survives the rollback that the
 * refusal causes. Outside a transaction it runs now.
 */
export async function afterTransaction(strapi: Core.Strapi, work: () => Promise<void>): Promise<void> {
  const run = () => {
    work().catch((error: unknown) => strapi.log.error(`[clearpost] deferred write failed: ${(error as Error).message}`));
  };
  if (!strapi.db.inTransaction()) {
    await work();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    // The store's transaction is cleared before callbacks run; new queries use the pool.
    setImmediate(run);
  };
  await strapi.db.transaction(async ({ onCommit, onRollback }) => {
    onCommit(once);
    onRollback(once);
  });
}
