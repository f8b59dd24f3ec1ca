import type { Core } from '@strapi/strapi';
import { ERROR_CODES, UID } from '../constants';
import { ValidationError } from '../errors';
import { blockedMessage, sameFindings, type GateReport } from '../gate/gate-report';
import { hashContent } from '../review/content-hash';
import { actorOf } from '../services/audit';
import { afterTransaction } from '../utils/after-transaction';
import { getService } from '../utils/get-service';
import { withPendingPublish, type PendingPublish } from '../gate/publish-draft-capture';
import type { PostDraft } from '../services/compliance-gate';

import type { DocumentMiddleware } from './document-middleware';

const GATED: readonly string[] = [UID.post, UID.replyTemplate];

interface Passed {
  report: GateReport;
  contentHash: string | null;
  storedReport: unknown;
  /** The post draft that was judged, for delivery planning; null for a template. */
  draft: PostDraft | null;
}

function currentUser(strapi: Core.Strapi) {
  const ctx = strapi.requestContext.get() as
    | {
        state?: {
          user?: {
            id: number;
            firstname?: string;
            lastname?: string;
            email?: string;
          };
        };
      }
    | undefined;
  return actorOf(ctx?.state?.user);
}

/**
 * Nothing leaves as published without passing the compliance engine, and a post also needs an approval
 * that matches its content exactly. Runs however publish is called: Content Manager, content API,
 * document service, a release.
 */
export const createPublishGate = (strapi: Core.Strapi): DocumentMiddleware => {
  const gate = () => getService(strapi, 'compliance-gate');
  const audit = () => getService(strapi, 'audit');

  /** Records why a publish was refused; survives the rollback the refusal causes. */
  const refuse = async (
    uid: string,
    documentId: string,
    code: string,
    message: string,
    report: GateReport | null,
    extra: Record<string, unknown> = {},
    contentHash: string | null = null
  ) => {
    const actor = currentUser(strapi);
    await afterTransaction(strapi, async () => {
      if (report)
        await strapi.db.query(uid as typeof UID.post).updateMany({
          where: { documentId },
          data: { complianceReport: report, ...extra },
        });
      else if (Object.keys(extra).length > 0)
        await strapi.db.query(uid as typeof UID.post).updateMany({ where: { documentId }, data: extra });
      await audit().append({
        action: 'publish-blocked',
        actor,
        contentUid: uid,
        documentId,
        contentHash,
        findings: report?.findings ?? null,
        details: { code },
      });
    });
    return new ValidationError(message, {
      code,
      findings: report?.findings ?? [],
    });
  };

  /** Refuses (throws) unless the draft passes the engine and carries an approval of exactly this content. */
  const judgePost = async (draft: PostDraft): Promise<Passed> => {
    const post = await gate().withImageAssets(draft);
    const documentId = String(post.documentId);
    const report = await gate().checkPost(post);
    const contentHash = hashContent(post);
    if (report.verdict === 'block') {
      throw await refuse(
        UID.post,
        documentId,
        ERROR_CODES.complianceBlocked,
        blockedMessage(report.findings),
        report,
        {},
        contentHash
      );
    }
    if (!post.approvedContentHash || post.reviewStatus !== 'approved') {
      throw await refuse(
        UID.post,
        documentId,
        ERROR_CODES.notApproved,
        'This post has not been approved. Submit it for review; a compliance reviewer must approve it before it can be published.',
        report,
        {},
        contentHash
      );
    }
    if (post.approvedContentHash !== contentHash) {
      throw await refuse(
        UID.post,
        documentId,
        ERROR_CODES.approvalStale,
        'This post changed after it was approved, so the approval no longer covers it. It is back in review; a reviewer must approve the new version.',
        report,
        { reviewStatus: 'in-review' },
        contentHash
      );
    }
    return { report, contentHash, storedReport: post.complianceReport as unknown, draft: post };
  };

  const assertPostPublishable = async (documentId: string): Promise<Passed | null> => {
    const post = await gate().loadPostDraft(documentId);
    return post ? judgePost(post) : null;
  };

  const assertTemplatePublishable = async (documentId: string): Promise<Passed | null> => {
    const template = await gate().loadTemplateDraft(documentId);
    if (!template) return null;
    const report = await gate().checkTemplate(template);
    if (report.verdict === 'block') {
      throw await refuse(UID.replyTemplate, documentId, ERROR_CODES.complianceBlocked, blockedMessage(report.findings), report);
    }
    return { report, contentHash: null, storedReport: template.complianceReport as unknown, draft: null };
  };

  /** What a publish that passed leaves behind: the report, the audit event and, for a post, its deliveries. */
  const recordPublished = async (uid: string, documentId: string, passed: Passed, previouslyPublished?: boolean) => {
    // The published copy carries the draft's report; rewrite both only if this check saw something else.
    if (!sameFindings(passed.storedReport, passed.report))
      await strapi.db.query(uid as typeof UID.post).updateMany({
        where: { documentId },
        data: { complianceReport: passed.report },
      });
    await audit().append({
      action: 'publish',
      actor: currentUser(strapi),
      contentUid: uid,
      documentId,
      contentHash: passed.contentHash,
      findings: passed.report.findings,
    });
    if (uid === UID.post && passed.contentHash)
      await getService(strapi, 'delivery').onPostPublished(documentId, passed.contentHash, passed.draft ?? undefined, {
        previouslyPublished,
      });
  };

  // One transaction: if recording or scheduling fails, the publish is undone too.
  const publishPost = async <T>(documentId: string, next: () => Promise<T>): Promise<T> => {
    const pending: PendingPublish<Passed, PostDraft> = { uid: UID.post, documentId, judge: judgePost };
    return withPendingPublish(pending, () =>
      strapi.db.transaction(async () => {
        const result = await next();
        const passed = pending.verdict ?? (await assertPostPublishable(documentId));
        if (passed) await recordPublished(UID.post, documentId, passed, pending.previouslyPublished);
        return result;
      })
    );
  };

  const publishTemplate = async <T>(documentId: string, next: () => Promise<T>): Promise<T> => {
    const passed = await assertTemplatePublishable(documentId);
    return strapi.db.transaction(async () => {
      const result = await next();
      if (passed) await recordPublished(UID.replyTemplate, documentId, passed);
      return result;
    });
  };

  return async (ctx, next) => {
    if (!GATED.includes(ctx.uid)) return next();
    const params = ctx.params as {
      documentId?: string;
      status?: string;
      locale?: string;
      populate?: unknown;
      fields?: unknown;
    };

    if (ctx.action === 'publish' && params.documentId) {
      const publish = ctx.uid === UID.post ? publishPost : publishTemplate;
      return publish(params.documentId, next as () => Promise<any>);
    }

    // create/update with status 'published' publish inside the repository, past the middlewares:
    // write the draft, then publish it through the gate, all or nothing.
    if ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published') {
      return strapi.db.transaction(async (): Promise<any> => {
        (ctx as { params: unknown }).params = { ...params, status: 'draft' };
        const draft = (await next()) as { documentId: string } | null;
        if (!draft) return draft;
        await strapi.documents(ctx.uid as typeof UID.post).publish({ documentId: draft.documentId, locale: params.locale });
        return strapi.documents(ctx.uid as typeof UID.post).findOne({
          documentId: draft.documentId,
          status: 'published',
          locale: params.locale,
          populate: params.populate as never,
          fields: params.fields as never,
        });
      });
    }
    return next();
  };
};
