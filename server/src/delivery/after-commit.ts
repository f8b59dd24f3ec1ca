import type { Core } from '@strapi/strapi';

/**
 * Runs `work` once the caller's transaction commits (never on rollback): a job must not point at rows
 * another transaction cannot see yet. Outside a transaction it runs now and is awaited.
 */
export async function afterCommit(strapi: Core.Strapi, work: () => Promise<void>): Promise<void> {
  if (!strapi.db.inTransaction()) {
    await work();
    return;
  }
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(() => {
      setImmediate(() => {
        work().catch((error: unknown) => strapi.log.error(`[clearpost] after-commit delivery work failed: ${(error as Error).message}`));
      });
    });
  });
}
