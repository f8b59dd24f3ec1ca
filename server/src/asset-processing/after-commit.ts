import type { Core } from '@strapi/strapi';

/** Runs `work` once the caller's transaction commits (now, outside one); never after a rollback. */
export async function afterCommit(strapi: Core.Strapi, work: () => Promise<void>): Promise<void> {
  const run = () => {
    work().catch((error: unknown) => strapi.log.error(`[clearpost] image asset follow-up failed: ${(error as Error).message}`));
  };
  if (!strapi.db.inTransaction()) {
    await work();
    return;
  }
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(() => setImmediate(run));
  });
}
