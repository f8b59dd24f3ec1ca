import type { Core } from '@strapi/strapi';
import type { PlannablePost } from '../delivery/delivery-plan';
import { getService } from '../utils/get-service';
import type { AuditActor } from './audit';
import { ApplicationError, NotFoundError } from '../errors';
import { createAdapterRegistry } from '../delivery/adapter-registry';
import { afterCommit } from '../utils/after-transaction';
import { createChannelCredentials, type CredentialsResolver } from '../delivery/channel-credentials';
import type { PublicationListQuery, ResolveInput } from '../delivery/delivery-contracts';
import { resolveDeliveryConfig, type DeliveryConfig } from '../delivery/delivery-config';
import type { DeliveryEngine } from '../delivery/delivery-engine';
import { createDbPublicationStore } from '../delivery/db-publication-store';
import { startInProcessEngine } from '../delivery/in-process-engine';
import { createPublicationProcessor } from '../delivery/publication-processor';
import { publications, toView, type PublicationRow, type PublicationView } from '../delivery/publication-rows';
import { cancelOnePending, cancelPending, createPublicationsForPost, movePending, toEntry, type PublishHistory } from '../delivery/publication-writer';
import { PENDING_STATUSES } from '../delivery/publication-status';
import { startRedisEngine } from '../delivery/redis-engine';
import type { ScheduleEntry } from '../delivery/schedule-entry';
import { PLUGIN_ID, UID } from '../constants';
import { registerQueuesUi } from '../delivery/queues-ui';
import { createQueuesBoard, type KoaMiddleware } from '../queue/queues-board';

const RESOLVABLE: Record<ResolveInput['action'], readonly string[]> = {
  published: ['unknown'],
  failed: ['unknown'],
  retry: ['unknown', 'failed'],
};

function refuseUnlessPending(row: PublicationRow, verb: string): void {
  if (PENDING_STATUSES.includes(row.status)) return;
  throw new ApplicationError(`This publication is ${row.status} and is no longer scheduled, so it cannot be ${verb}`, {
    status: row.status,
  });
}

/** Creates publications when a post is published, and runs them through the delivery engine. */
export const createDeliveryService = ({ strapi }: { strapi: Core.Strapi }) => {
  let engine: DeliveryEngine | null = null;
  let board: { for: DeliveryEngine; middleware: KoaMiddleware } | null = null;
  let uiRegistered = false;
  let credentials: CredentialsResolver = createChannelCredentials(strapi);
  const adapterFor = createAdapterRegistry();

  const config = (): DeliveryConfig => resolveDeliveryConfig(strapi.config.get(`plugin::${PLUGIN_ID}`) as never);

  const schedule = async (entries: readonly ScheduleEntry[]) => {
    if (entries.length === 0 || !engine) return;
    try {
      await engine.schedule(entries);
    } catch (error) {
      // The rows are committed; the reconciler enqueues them once Redis answers again.
      strapi.log.error(
        `[clearpost] delivery: could not enqueue ${entries.length} publication(s) now: ${(error as Error).message}`
      );
    }
  };

  const unschedule = async (entries: readonly ScheduleEntry[]) => {
    if (entries.length === 0 || !engine) return;
    try {
      await engine.unschedule(entries);
    } catch (error) {
      // Harmless: a leftover job finds its publication cancelled and does nothing.
      strapi.log.warn(`[clearpost] delivery: could not remove ${entries.length} job(s): ${(error as Error).message}`);
    }
  };

  const findRow = async (documentId: string): Promise<PublicationRow> => {
    const row = (await publications(strapi).findOne({ where: { documentId } } as never)) as PublicationRow | null;
    if (!row) throw new NotFoundError(`No publication ${documentId}`);
    return row;
  };

  return {
    async start(): Promise<void> {
      if (engine) return;
      const settings = config();
      const processor = createPublicationProcessor({
        store: createDbPublicationStore(strapi),
        adapterFor,
        credentialsFor: (record) => credentials(record),
        policy: { maxAttempts: settings.maxAttempts, backoffMs: settings.backoffMs },
      });
      engine = settings.redisUrl
        ? await startRedisEngine(strapi, { ...settings, redisUrl: settings.redisUrl }, processor)
        : await startInProcessEngine(strapi, settings, processor);
      if (!uiRegistered) {
        uiRegistered = true;
        registerQueuesUi(strapi, () => {
          const current = engine;
          if (!current?.queues) return null;
          if (board?.for !== current) board = { for: current, middleware: createQueuesBoard(current.queues.all()) };
          return board.middleware;
        });
      }
    },

    async stop(): Promise<void> {
      const running = engine;
      engine = null;
      await running?.stop();
    },

    mode() {
      return engine?.mode ?? null;
    },

    queues() {
      return engine?.queues ?? null;
    },

    /** Replaces how channel secrets are obtained (tests; hosts with their own secret store). */
    useCredentials(resolver: CredentialsResolver): void {
      credentials = resolver;
    },

    reconcile() {
      if (!engine) throw new ApplicationError('Delivery is not running');
      return engine.reconcile();
    },

    /**
     * Called by the publish gate after a post was published: plan, write rows, enqueue after commit.
     * `published` is the content just published, when the caller has it in hand. Returns how many
     * publications were planned.
     */
    async onPostPublished(
      postDocumentId: string,
      contentHash: string,
      published?: PlannablePost,
      history?: PublishHistory
    ): Promise<number> {
      const { created, superseded } = await createPublicationsForPost(strapi, postDocumentId, contentHash, new Date(), published, history);
      if (created.length > 0 || superseded.length > 0)
        await afterCommit(strapi, async () => {
          await unschedule(superseded);
          await schedule(created);
        });
      return created.length;
    },

    /** Unpublish or delete: nothing still waiting may go out. */
    async cancelForPost(postDocumentId: string, reason: string): Promise<number> {
      const cancelled = await cancelPending(strapi, postDocumentId, null, reason);
      await afterCommit(strapi, () => unschedule(cancelled));
      return cancelled.length;
    },

    /**
     * Moves a waiting publication to `at`, and its job with it. The old job goes first: a job that fired
     * at the old time would otherwise claim the publication (the claim checks state, not time).
     */
    async reschedulePublication(documentId: string, at: Date): Promise<{ before: PublicationRow; after: PublicationRow }> {
      const row = await findRow(documentId);
      refuseUnlessPending(row, 'rescheduled');
      const entry = toEntry(row);
      await unschedule([entry]);
      if (!(await movePending(strapi, row, at))) {
        // Someone else moved it (a worker claimed it, an unpublish cancelled it): put back what we took.
        const current = await findRow(documentId);
        if (PENDING_STATUSES.includes(current.status)) await schedule([toEntry(current)]);
        refuseUnlessPending(current, 'rescheduled');
        throw new ApplicationError(`Publication ${documentId} changed while being rescheduled; reload and try again`);
      }
      const after = await findRow(documentId);
      await afterCommit(strapi, () => schedule([toEntry(after)]));
      return { before: row, after };
    },

    /** Cancels one waiting publication: it is never sent, and its job is removed. */
    async cancelPublication(documentId: string, reason: string): Promise<{ before: PublicationRow; after: PublicationRow }> {
      const row = await findRow(documentId);
      refuseUnlessPending(row, 'cancelled');
      if (!(await cancelOnePending(strapi, row, reason))) {
        refuseUnlessPending(await findRow(documentId), 'cancelled');
        throw new ApplicationError(`Publication ${documentId} changed while being cancelled; reload and try again`);
      }
      await afterCommit(strapi, () => unschedule([toEntry(row)]));
      return { before: row, after: await findRow(documentId) };
    },

    async list(query: PublicationListQuery): Promise<PublicationView[]> {
      const where: Record<string, unknown> = {};
      if (query.status) where.status = query.status;
      if (query.postDocumentId) where.postDocumentId = query.postDocumentId;
      const rows = (await publications(strapi).findMany({
        where,
        orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
        limit: query.limit ?? 200,
      } as never)) as PublicationRow[];
      return rows.map(toView);
    },

    /** An operator settles an unknown (or failed) publication; audited on the post, like reschedule and cancel. */
    async resolve(documentId: string, input: ResolveInput, actor: AuditActor | null): Promise<PublicationView> {
      const row = await findRow(documentId);
      const actorName = actor?.name ?? null;
      if (!RESOLVABLE[input.action].includes(row.status)) {
        throw new ApplicationError(
          `Publication ${documentId} is ${row.status}; "${input.action}" applies only to ${RESOLVABLE[input.action].join(' or ')} publications`,
          {
            status: row.status,
          }
        );
      }
      const by = actorName ? ` by ${actorName}` : '';
      const data =
        input.action === 'published'
          ? {
              status: 'published',
              remoteId: input.remoteId,
              remoteUrl: input.remoteUrl ?? null,
              sentAt: new Date(),
              lastError: `${row.lastError ?? ''}\nconfirmed published${by}`.trim(),
            }
          : input.action === 'failed'
            ? { status: 'failed', lastError: `${input.reason} (marked failed${by})` }
            : { status: 'queued', nextAttemptAt: null, lastError: `${row.lastError ?? ''}\nretry requested${by}`.trim() };
      // The change and its audit event commit together; the retry's job is queued once both are in.
      await strapi.db.transaction(async () => {
        const { count } = await publications(strapi).updateMany({ where: { id: row.id, status: row.status }, data } as never);
        if (count !== 1)
          throw new ApplicationError(`Publication ${documentId} changed while being resolved; reload and try again`);
        await getService(strapi, 'audit').append({
          action: 'delivery-resolved',
          actor,
          contentUid: UID.post,
          documentId: row.postDocumentId,
          contentHash: row.contentHash,
          details: { publicationDocumentId: row.documentId, platform: row.platform, from: row.status, ...input },
        });
      });
      if (input.action === 'retry') {
        const entry = { ...toEntry(row), dueAt: new Date() };
        await unschedule([entry]);
        await schedule([entry]);
      }
      return toView(await findRow(documentId));
    },
  };
};

export type DeliveryService = ReturnType<typeof createDeliveryService>;
