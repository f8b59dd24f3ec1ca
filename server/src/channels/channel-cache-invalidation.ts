import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../utils/get-service';

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/**
 * Any write to a channel row, however it is made, empties the channel cache. Inside a transaction it is
 * emptied again when the transaction ends: a read made meanwhile in that transaction may have cached
 * rows that then rolled back, or that other readers could not see until the commit.
 */
export function subscribeChannelCacheInvalidation(strapi: Core.Strapi): void {
  const invalidate = () => getService(strapi, 'analytics').invalidateChannels();
  const onWrite = async () => {
    invalidate();
    if (!strapi.db.inTransaction()) return;
    await strapi.db.transaction(async ({ onCommit, onRollback }) => {
      onCommit(invalidate);
      onRollback(invalidate);
    });
  };
  strapi.db.lifecycles.subscribe({
    models: [UID.channel],
    ...Object.fromEntries(WRITES.map((hook) => [hook, onWrite])),
  });
}
