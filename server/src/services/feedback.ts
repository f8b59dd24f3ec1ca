import type { Core } from '@strapi/strapi';
import { ERROR_CODES, PLUGIN_ID, UID } from '../constants';
import { PLATFORMS, type Finding, type Platform } from '../compliance/types';
import type { PluginConfig } from '../config';
import type {
  DraftReplyRequest,
  FeedbackListQuery,
  FeedbackView,
  FiguresQuery,
  FiguresResponse,
  FraudFlagRequest,
  FraudReverseRequest,
  ReplyOutcomeRequest,
  ReplyReport,
  SendResult,
  TakeOfflineRequest,
} from '../contracts/feedback';
import { createAdapterRegistry } from '../delivery/adapter-registry';
import { createChannelCredentials } from '../delivery/channel-credentials';
import { ApplicationError, NotFoundError, RefusedError, ValidationError } from '../errors';
import { feedbackFigures, type FigureInput } from '../feedback/feedback-figures';
import type { FeedbackStatus } from '../feedback/feedback-values';
import { fillTemplate, type RoutingContact } from '../feedback/template-fill';
import { inboxOrder } from '../feedback/triage';
import { resolveFeedbackConfig } from '../inbox/feedback-config';
import { FEEDBACK_POPULATE, textHash, toFeedbackView, type ContactRow, type FeedbackRow } from '../inbox/feedback-rows';
import { replyablePlatforms, replyRouteFor, type ReplyRoute } from '../inbox/reply-route';
import { supportsInbox, UnknownOutcomeError } from '../platforms';
import { getService } from '../utils/get-service';
import { actorOf, type AuditActor } from './audit';

type AdminUser = { id?: number; firstname?: string | null; lastname?: string | null; email?: string | null } | null | undefined;

interface TemplateRow {
  id: number;
  body: string;
  routesTo: ContactRow | null;
}

/** Answered or hidden items take no further reply. */
const CLOSED: ReadonlySet<FeedbackStatus> = new Set(['responded', 'taken-offline', 'hidden-as-fraudulent']);

function blockedError(report: ReplyReport): InstanceType<typeof ValidationError> {
  const blocking = report.findings.filter((f) => f.severity === 'block');
  const shown = blocking.slice(0, 3).map((f) => f.message);
  const more = blocking.length > shown.length ? ` …and ${blocking.length - shown.length} more.` : '';
  const noun = blocking.length === 1 ? 'a compliance finding' : `${blocking.length} compliance findings`;
  return new ValidationError(`This reply is blocked by ${noun}: ${shown.join(' ')}${more}`, {
    code: ERROR_CODES.complianceBlocked,
    findings: report.findings,
    report,
  });
}

const closedMessage = (status: FeedbackStatus): string =>
  status === 'hidden-as-fraudulent'
    ? 'This feedback is hidden as fraudulent; reverse the fraud flag first'
    : `This feedback is already ${status.replace('-', ' ')}`;

/** Answered or hidden items take no further reply or offline note. */
function assertOpen(row: Pick<FeedbackRow, 'status'>): void {
  if (CLOSED.has(row.status)) throw new ApplicationError(closedMessage(row.status));
}

/** A new draft, or a draft sent back for approval, is covered by no approval. */
const CLEARED_APPROVAL = { approvedTextHash: null, approvedById: null, approvedByName: null, approvedAt: null } as const;

/** Who answered and when; the first answer of any kind also starts the response-time figure. */
const responder = (row: Pick<FeedbackRow, 'firstResponseAt'>, actor: AuditActor | null, now: Date) => ({
  respondedById: actor?.id ?? null,
  respondedByName: actor?.name ?? null,
  respondedAt: now,
  firstResponseAt: row.firstResponseAt ?? now,
});

/** The patient feedback inbox: triage views, replies checked by the compliance engine, approvals, fraud flags, figures. */
export const createFeedbackService = ({ strapi }: { strapi: Core.Strapi }) => {
  const adapterFor = createAdapterRegistry();
  const credentialsFor = createChannelCredentials(strapi);
  const rows = () => strapi.db.query(UID.feedback);
  const audit = () => getService(strapi, 'audit');
  const pluginConfig = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;

  async function load(documentId: string): Promise<FeedbackRow> {
    const row = (await rows().findOne({ where: { documentId }, populate: FEEDBACK_POPULATE as never })) as FeedbackRow | null;
    if (!row) throw new NotFoundError(`No feedback ${documentId}`);
    return row;
  }

  const write = (row: FeedbackRow, data: Record<string, unknown>) =>
    rows().update({ where: { id: row.id }, data: { ...data, updatedAt: new Date() } });

  async function publishedTemplates(): Promise<Array<{ id: number; documentId: string; category: string }>> {
    return (await strapi.db.query(UID.replyTemplate).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['id', 'documentId', 'category'],
      orderBy: { id: 'asc' },
    })) as Array<{ id: number; documentId: string; category: string }>;
  }

  async function viewsOf(list: FeedbackRow[]): Promise<FeedbackView[]> {
    const [templates, platforms] = await Promise.all([publishedTemplates(), replyablePlatforms(strapi)]);
    const now = new Date();
    // The first published template of each category (by id) is the suggestion.
    const suggested = new Map<string, string>();
    for (const t of templates) if (!suggested.has(t.category)) suggested.set(t.category, t.documentId);
    return list.map((row) =>
      toFeedbackView(row, {
        now,
        suggestedTemplateDocumentId: (row.category && suggested.get(row.category)) || null,
        canReplyOnPlatform: platforms.has(row.source),
      })
    );
  }

  const viewOf = async (documentId: string): Promise<FeedbackView> => (await viewsOf([await load(documentId)]))[0]!;

  async function checkReply(text: string, row: FeedbackRow): Promise<ReplyReport> {
    const platform = (PLATFORMS as readonly string[]).includes(row.source) ? (row.source as Platform) : undefined;
    const result = await getService(strapi, 'compliance-gate').liveCheck({
      text,
      kind: 'reply',
      context: row.text,
      ...(platform ? { platform } : {}),
    });
    return {
      verdict: result.verdict,
      findings: result.findings as Finding[],
      engineVersion: result.engineVersion,
      checkedAt: new Date().toISOString(),
    };
  }

  /** Re-checks the draft before it leaves; a block is stored, audited and refused. */
  async function recheck(row: FeedbackRow, actor: AuditActor | null): Promise<ReplyReport> {
    const report = await checkReply(row.draftText!, row);
    await write(row, { draftReport: report });
    if (report.verdict === 'block') {
      await audit().append({
        action: 'feedback-blocked',
        actor,
        contentUid: UID.feedback,
        documentId: row.documentId,
        contentHash: textHash(row.draftText!),
        findings: report.findings,
        details: { step: 'send' },
      });
      throw blockedError(report);
    }
    return report;
  }

  async function routeOrRefuse(row: FeedbackRow): Promise<Extract<ReplyRoute, { ok: true }>> {
    const route = await replyRouteFor(strapi, row);
    if (!route.ok) throw new ApplicationError(route.reason, { code: ERROR_CODES.replyNotPossible });
    return route;
  }

  function assertSendable(row: FeedbackRow): string {
    assertOpen(row);
    if (row.replyOutcome === 'unknown') {
      throw new ApplicationError(
        'An earlier reply may have been posted (its answer was lost). Check the platform; if it is there, mark this item taken offline with a note.',
        {
          code: ERROR_CODES.replyOutcomeUnknown,
        }
      );
    }
    if (!row.draftText) throw new ValidationError('Draft a reply first');
    return row.draftText;
  }

  /** Replies through the platform adapter; a lost answer is recorded as unknown, never retried blindly. */
  async function deliver(row: FeedbackRow, route: Extract<ReplyRoute, { ok: true }>, actor: AuditActor | null): Promise<void> {
    const text = row.draftText!;
    const adapter = adapterFor(route.platform);
    if (!supportsInbox(adapter))
      throw new ApplicationError(`${route.platform} cannot take replies`, { code: ERROR_CODES.replyNotPossible });
    const base = { contentUid: UID.feedback, documentId: row.documentId, contentHash: textHash(text), actor };
    let remoteId: string;
    try {
      const credentials = await credentialsFor({ channelDocumentId: route.channelDocumentId, platform: route.platform });
      ({ remoteId } = await adapter.replyToComment({ commentId: row.externalId, text, credentials }));
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof UnknownOutcomeError) {
        await write(row, { replyOutcome: 'unknown', lastSendError: message });
        await audit().append({
          ...base,
          action: 'feedback-send-unknown',
          details: { platform: route.platform, channelDocumentId: route.channelDocumentId, error: message },
        });
        throw new ApplicationError(
          `The reply may or may not have been posted on ${route.platform} (${message}). Check there before doing anything else.`,
          {
            code: ERROR_CODES.replyOutcomeUnknown,
          }
        );
      }
      await write(row, { lastSendError: message });
      await audit().append({
        ...base,
        action: 'feedback-send-failed',
        details: { platform: route.platform, channelDocumentId: route.channelDocumentId, error: message },
      });
      throw new ApplicationError(`${route.platform} did not take the reply: ${message}`, { code: ERROR_CODES.replyNotPossible });
    }
    const now = new Date();
    await write(row, {
      status: 'responded',
      responseText: text,
      responseTemplate: row.draftTemplate?.id ?? null,
      ...responder(row, actor, now),
      responseChannel: route.platform,
      remoteReplyId: remoteId,
      lastSendError: null,
    });
    await audit().append({
      ...base,
      action: 'feedback-sent',
      details: {
        platform: route.platform,
        channelDocumentId: route.channelDocumentId,
        commentId: row.externalId,
        remoteReplyId: remoteId,
        approvedBy: row.approvedByName ?? null,
      },
    });
  }

  async function publishedTemplate(documentId: string): Promise<TemplateRow> {
    const template = (await strapi.db.query(UID.replyTemplate).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      select: ['id', 'body'],
      populate: { routesTo: FEEDBACK_POPULATE.concerns } as never,
    })) as TemplateRow | null;
    if (!template) throw new ValidationError(`templateDocumentId: no published reply template ${documentId}`);
    return template;
  }

  async function contactFor(documentId: string): Promise<ContactRow> {
    const entry = (await strapi.db.query(UID.directoryEntry).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'kind', 'name', 'department', 'phone', 'email'],
    })) as ContactRow | null;
    if (!entry) throw new ValidationError(`concernsDocumentId: no directory entry ${documentId}`);
    return entry;
  }

  return {
    async list(query: FeedbackListQuery): Promise<FeedbackView[]> {
      // Hidden feedback leaves the inbox; asking for that status shows it.
      const where: Record<string, unknown> = { status: query.status ?? { $ne: 'hidden-as-fraudulent' } };
      if (query.sentiment) where.sentiment = query.sentiment;
      if (query.source) where.source = query.source;
      if (query.concerns) where.concerns = { documentId: query.concerns };
      const limit = query.limit ?? 500;
      const page = (extra: Record<string, unknown>, take: number) =>
        take <= 0
          ? Promise.resolve([] as FeedbackRow[])
          : (rows().findMany({
              where: { ...where, ...extra },
              populate: FEEDBACK_POPULATE as never,
              limit: take,
              orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
            }) as Promise<FeedbackRow[]>);
      // Negative first, so a long tail of older praise never pushes a complaint past the limit.
      const negative = query.sentiment && query.sentiment !== 'negative' ? [] : await page({ sentiment: 'negative' }, limit);
      const rest =
        query.sentiment === 'negative'
          ? []
          : await page({ $or: [{ sentiment: { $ne: 'negative' } }, { sentiment: { $null: true } }] }, limit - negative.length);
      const ordered = [...negative, ...rest]
        .map((row) => ({ row, sentiment: row.sentiment, receivedAt: new Date(row.receivedAt) }))
        .sort(inboxOrder)
        .map(({ row }) => row);
      return viewsOf(ordered);
    },

    findOne: viewOf,

    /** Fills the template (or the editor's text) from the directory entry and checks it as a reply to this feedback. */
    async draft(documentId: string, body: DraftReplyRequest, user: AdminUser): Promise<FeedbackView> {
      const row = await load(documentId);
      assertOpen(row);
      const concerns = body.concernsDocumentId ? await contactFor(body.concernsDocumentId) : row.concerns;
      const template = body.templateDocumentId ? await publishedTemplate(body.templateDocumentId) : null;
      const contact: RoutingContact | null = concerns ?? template?.routesTo ?? null;
      const config = pluginConfig().directory;
      const filled = fillTemplate(body.text ?? template!.body, {
        contact,
        organisation: config?.organisation,
        website: config?.website,
        authorName: row.authorName,
      });
      if (filled.unfilled.length > 0) {
        const errors = filled.unfilled.map((u) => ({
          path: ['text'],
          message: `${u.placeholder}: ${u.reason}`,
          name: 'ValidationError',
        }));
        throw new ValidationError(
          `The reply has placeholders that cannot be filled: ${errors.map((e) => e.message).join('; ')}`,
          { errors, unfilled: filled.unfilled }
        );
      }
      const report = await checkReply(filled.text, row);
      const actor = actorOf(user);
      await write(row, {
        status: 'drafted',
        draftText: filled.text,
        draftTemplate: template?.id ?? null,
        draftReport: report,
        draftedById: actor?.id ?? null,
        draftedByName: actor?.name ?? null,
        draftedAt: new Date(),
        ...CLEARED_APPROVAL,
        ...(body.concernsDocumentId ? { concerns: concerns!.id } : {}),
      });
      const blocked = report.verdict === 'block';
      await audit().append({
        action: blocked ? 'feedback-blocked' : 'feedback-drafted',
        actor,
        contentUid: UID.feedback,
        documentId,
        contentHash: textHash(filled.text),
        findings: report.findings,
        details: { step: 'draft', templateDocumentId: body.templateDocumentId ?? null },
      });
      // The draft and its report stay stored, so the inbox can show the editor what to fix.
      if (blocked) throw blockedError(report);
      return viewOf(documentId);
    },

    /** Sends the draft, or (negative feedback, by default) asks a reviewer to approve it first. */
    async send(documentId: string, user: AdminUser): Promise<SendResult> {
      const row = await load(documentId);
      const text = assertSendable(row);
      const route = await routeOrRefuse(row);
      const actor = actorOf(user);
      await recheck(row, actor);
      const needsApproval = resolveFeedbackConfig(pluginConfig()).negativeRepliesNeedApproval && row.sentiment === 'negative';
      if (needsApproval && row.approvedTextHash !== textHash(text)) {
        if (row.status !== 'awaiting-approval') {
          await write(row, {
            status: 'awaiting-approval',
            ...CLEARED_APPROVAL,
          });
          await audit().append({
            action: 'feedback-approval-requested',
            actor,
            contentUid: UID.feedback,
            documentId,
            contentHash: textHash(text),
          });
        }
        return { feedback: await viewOf(documentId), outcome: 'awaiting-approval' };
      }
      await deliver(row, route, actor);
      return { feedback: await viewOf(documentId), outcome: 'sent' };
    },

    /** A second person approves exactly the drafted text, and it goes out. */
    async approve(documentId: string, user: AdminUser): Promise<SendResult> {
      const row = await load(documentId);
      const text = assertSendable(row);
      if (row.status !== 'awaiting-approval') throw new ApplicationError('This reply is not awaiting approval: send it first');
      if (row.draftedById !== null && row.draftedById === user?.id) {
        throw new RefusedError('You wrote this reply, so another reviewer has to approve it.', {
          code: ERROR_CODES.selfApproval,
        });
      }
      const route = await routeOrRefuse(row);
      const actor = actorOf(user);
      await recheck(row, actor);
      const hash = textHash(text);
      const now = new Date();
      await write(row, {
        approvedTextHash: hash,
        approvedById: actor?.id ?? null,
        approvedByName: actor?.name ?? null,
        approvedAt: now,
      });
      await audit().append({ action: 'feedback-approved', actor, contentUid: UID.feedback, documentId, contentHash: hash });
      await deliver({ ...row, approvedTextHash: hash, approvedByName: actor?.name ?? null }, route, actor);
      return { feedback: await viewOf(documentId), outcome: 'sent' };
    },

    /** Someone looked on the platform: the reply is there (record it), or it is not (sending is allowed again). */
    async resolveReplyOutcome(documentId: string, input: ReplyOutcomeRequest, user: AdminUser): Promise<FeedbackView> {
      const row = await load(documentId);
      if (row.replyOutcome !== 'unknown') throw new ApplicationError('No reply of this feedback has an unknown outcome');
      const actor = actorOf(user);
      const by = actor?.name ? ` by ${actor.name}` : '';
      if (input.posted) {
        const now = new Date();
        await write(row, {
          status: 'responded',
          replyOutcome: null,
          responseText: row.draftText,
          responseTemplate: row.draftTemplate?.id ?? null,
          ...responder(row, actor, now),
          responseChannel: row.source,
          remoteReplyId: input.remoteReplyId,
        });
      } else {
        await write(row, { replyOutcome: null, lastSendError: `${row.lastSendError ?? ''}\nconfirmed not posted${by}`.trim() });
      }
      await audit().append({
        action: 'feedback-outcome-resolved',
        actor,
        contentUid: UID.feedback,
        documentId,
        contentHash: row.draftText ? textHash(row.draftText) : null,
        details: input,
      });
      return viewOf(documentId);
    },

    async takeOffline(documentId: string, { note }: TakeOfflineRequest, user: AdminUser): Promise<FeedbackView> {
      const row = await load(documentId);
      assertOpen(row);
      const actor = actorOf(user);
      const now = new Date();
      await write(row, {
        status: 'taken-offline',
        offlineNote: note,
        ...responder(row, actor, now),
        responseChannel: 'offline',
      });
      await audit().append({ action: 'feedback-taken-offline', actor, contentUid: UID.feedback, documentId, details: { note } });
      return viewOf(documentId);
    },

    async flagFraud(documentId: string, { evidence }: FraudFlagRequest, user: AdminUser): Promise<FeedbackView> {
      const row = await load(documentId);
      if (row.status === 'hidden-as-fraudulent') throw new ApplicationError('This feedback is already hidden as fraudulent');
      if (row.fraudFlag === 'pending') throw new ApplicationError('This feedback already has a fraud flag waiting for approval');
      const actor = actorOf(user);
      await write(row, {
        fraudFlag: 'pending',
        fraudEvidence: evidence,
        fraudFlaggedById: actor?.id ?? null,
        fraudFlaggedByName: actor?.name ?? null,
        fraudFlaggedAt: new Date(),
        fraudApprovedById: null,
        fraudApprovedByName: null,
        fraudApprovedAt: null,
        fraudReversedById: null,
        fraudReversedByName: null,
        fraudReversedAt: null,
        fraudReversalReason: null,
      });
      await audit().append({ action: 'fraud-flagged', actor, contentUid: UID.feedback, documentId, details: { evidence } });
      return viewOf(documentId);
    },

    /** The only way to hide feedback: a second person approves a flag that carries written evidence. */
    async approveFraud(documentId: string, user: AdminUser): Promise<FeedbackView> {
      const row = await load(documentId);
      if (row.fraudFlag !== 'pending' || !row.fraudEvidence) {
        throw new ApplicationError('There is no fraud flag to approve: flag the feedback with written evidence first');
      }
      if (row.fraudFlaggedById !== null && row.fraudFlaggedById === user?.id) {
        throw new RefusedError('You flagged this feedback, so a second person has to approve hiding it.', {
          code: ERROR_CODES.selfApproval,
        });
      }
      const actor = actorOf(user);
      await write(row, {
        status: 'hidden-as-fraudulent',
        statusBeforeHidden: row.status,
        fraudFlag: 'approved',
        fraudApprovedById: actor?.id ?? null,
        fraudApprovedByName: actor?.name ?? null,
        fraudApprovedAt: new Date(),
      });
      await audit().append({
        action: 'fraud-approved',
        actor,
        contentUid: UID.feedback,
        documentId,
        details: { evidence: row.fraudEvidence, flaggedBy: row.fraudFlaggedByName },
      });
      return viewOf(documentId);
    },

    /** Withdraws a pending flag or un-hides: the item returns to the status it had. */
    async reverseFraud(documentId: string, { reason }: FraudReverseRequest, user: AdminUser): Promise<FeedbackView> {
      const row = await load(documentId);
      if (row.fraudFlag !== 'pending' && row.fraudFlag !== 'approved')
        throw new ApplicationError('There is no fraud flag to reverse');
      const actor = actorOf(user);
      const restored: FeedbackStatus = row.status === 'hidden-as-fraudulent' ? (row.statusBeforeHidden ?? 'new') : row.status;
      await write(row, {
        status: restored,
        statusBeforeHidden: null,
        fraudFlag: 'reversed',
        fraudReversedById: actor?.id ?? null,
        fraudReversedByName: actor?.name ?? null,
        fraudReversedAt: new Date(),
        fraudReversalReason: reason,
      });
      await audit().append({
        action: 'fraud-reversed',
        actor,
        contentUid: UID.feedback,
        documentId,
        details: { reason, restoredStatus: restored, wasHidden: row.status === 'hidden-as-fraudulent' },
      });
      return viewOf(documentId);
    },

    /** Per provider or department; feedback hidden as fraudulent does not count. */
    async figures(query: FiguresQuery): Promise<FiguresResponse> {
      const where: Record<string, unknown> = { status: { $ne: 'hidden-as-fraudulent' } };
      const range: Record<string, Date> = {};
      if (query.from) range.$gte = new Date(query.from);
      if (query.to) range.$lt = new Date(query.to);
      if (Object.keys(range).length) where.receivedAt = range;
      const found = (await rows().findMany({
        where,
        select: ['rating', 'sentiment', 'receivedAt', 'firstResponseAt'],
        populate: { concerns: FEEDBACK_POPULATE.concerns } as never,
        limit: 100_000,
      })) as Array<Pick<FeedbackRow, 'rating' | 'sentiment' | 'receivedAt' | 'firstResponseAt' | 'concerns'>>;
      const groupOf = (concerns: ContactRow | null): FigureInput['group'] => {
        if (!concerns) return null;
        if (query.groupBy === 'provider')
          return concerns.kind === 'person' ? { key: concerns.documentId, label: concerns.name } : null;
        const department = concerns.kind === 'department' ? concerns.name : concerns.department;
        return department ? { key: department.trim().toLowerCase(), label: department.trim() } : null;
      };
      const timezone = pluginConfig().timezone ?? 'UTC';
      const inputs: FigureInput[] = found.map((row) => ({
        rating: row.rating ?? null,
        sentiment: row.sentiment ?? null,
        receivedAt: new Date(row.receivedAt),
        firstResponseAt: row.firstResponseAt ? new Date(row.firstResponseAt) : null,
        group: groupOf(row.concerns),
      }));
      return { groupBy: query.groupBy, timezone, groups: feedbackFigures(inputs, timezone) };
    },
  };
};

export type FeedbackService = ReturnType<typeof createFeedbackService>;
