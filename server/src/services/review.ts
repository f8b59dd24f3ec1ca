import type { Core } from '@strapi/strapi';
import { ERROR_CODES, UID } from '../constants';
import { NotFoundError, RefusedError, ValidationError } from '../errors';
import { isOverridable, type FindingOverride, type GateFinding } from '../gate/gate-report';
import { hashContent } from '../review/content-hash';
import { getService } from '../utils/get-service';
import { actorOf } from './audit';

export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
}

export interface OverrideRequest {
  field: string;
  category: string;
  type: string;
  text: string;
  justification: string;
}

const displayName = (user: AdminUser) => actorOf(user)?.name ?? `user ${user.id}`;

/** Submit, approve, send back and override: the compliance reviewer's workflow on posts. */
export const createReviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  const gate = () => getService(strapi, 'compliance-gate');
  const audit = () => getService(strapi, 'audit');

  const loadDraft = async (documentId: string) => {
    const post = await gate().loadPostDraft(documentId, { withAuthors: true });
    if (!post) throw new NotFoundError(`No post with documentId '${documentId}'.`);
    return post;
  };

  /** Review fields belong to the document: both its draft and published rows carry them. */
  const setReviewFields = (documentId: string, data: Record<string, unknown>) =>
    strapi.db.query(UID.post).updateMany({ where: { documentId }, data });

  return {
    async submit(documentId: string, user: AdminUser) {
      const post = await loadDraft(documentId);
      const report = await gate().checkPost(post);
      const contentHash = hashContent(post);
      await strapi.db.transaction(async () => {
        await setReviewFields(documentId, { reviewStatus: 'in-review', complianceReport: report });
        await audit().append({
          action: 'submit',
          actor: actorOf(user),
          contentUid: UID.post,
          documentId,
          contentHash,
          findings: report.findings,
        });
      });
      return { documentId, reviewStatus: 'in-review' as const, contentHash, report };
    },

    async approve(documentId: string, user: AdminUser) {
      const post = await loadDraft(documentId);
      const authorIds = [post.createdBy?.id, post.updatedBy?.id].filter((id): id is number => typeof id === 'number');
      if (authorIds.includes(user.id)) {
        throw new RefusedError('You created or last edited this post, so another reviewer has to approve it.', {
          code: ERROR_CODES.selfApproval,
        });
      }
      if (post.reviewStatus !== 'in-review') {
        throw new ValidationError(`Only a post in review can be approved; this one is '${post.reviewStatus ?? 'draft'}'. Submit it for review first.`, {
          code: ERROR_CODES.notInReview,
        });
      }
      const report = await gate().checkPost(post);
      if (report.verdict === 'block') {
        throw new ValidationError('This post still has blocking compliance findings. Fix them, or override those that allow it, before approving.', {
          code: ERROR_CODES.complianceBlocked,
          findings: report.findings,
        });
      }
      const contentHash = hashContent(post);
      const approvedAt = new Date().toISOString();
      await strapi.db.transaction(async () => {
        await setReviewFields(documentId, {
          reviewStatus: 'approved',
          approvedContentHash: contentHash,
          approvedById: user.id,
          approvedByName: displayName(user),
          approvedAt,
          complianceReport: report,
        });
        await audit().append({ action: 'approve', actor: actorOf(user), contentUid: UID.post, documentId, contentHash, findings: report.findings });
      });
      return { documentId, reviewStatus: 'approved' as const, contentHash, approvedAt, report };
    },

    async requestChanges(documentId: string, user: AdminUser, comment: string) {
      const post = await loadDraft(documentId);
      const contentHash = hashContent(post);
      await strapi.db.transaction(async () => {
        await setReviewFields(documentId, {
          reviewStatus: 'changes-requested',
          approvedContentHash: null,
          approvedById: null,
          approvedByName: null,
          approvedAt: null,
          reviewComment: { comment, by: displayName(user), at: new Date().toISOString() },
        });
        await audit().append({ action: 'request-changes', actor: actorOf(user), contentUid: UID.post, documentId, contentHash, details: { comment } });
      });
      return { documentId, reviewStatus: 'changes-requested' as const, comment };
    },

    async override(documentId: string, user: AdminUser, request: OverrideRequest) {
      const post = await loadDraft(documentId);
      const report = await gate().checkPost(post);
      const finding = report.findings.find(
        (f: GateFinding) => f.field === request.field && f.category === request.category && f.type === request.type && f.text === request.text
      );
      if (!finding) {
        throw new NotFoundError('That finding is not in the post as it stands now. Re-run the check and pick a current finding.');
      }
      if (!isOverridable(finding)) {
        throw new ValidationError(`A ${finding.category} finding of type '${finding.type}' identifies a person and can never be overridden. Remove it from the post.`, {
          code: ERROR_CODES.overrideNotAllowed,
        });
      }
      const override: FindingOverride = {
        field: finding.field,
        category: finding.category,
        type: finding.type,
        text: finding.text,
        justification: request.justification,
        by: displayName(user),
        byId: user.id,
        at: new Date().toISOString(),
      };
      const existing = Array.isArray(post.complianceOverrides) ? (post.complianceOverrides as FindingOverride[]) : [];
      const overrides = [...existing.filter((o) => !(o.field === override.field && o.category === override.category && o.type === override.type && o.text === override.text)), override];
      await strapi.db.transaction(async () => {
        await setReviewFields(documentId, { complianceOverrides: overrides });
        await audit().append({
          action: 'override',
          actor: actorOf(user),
          contentUid: UID.post,
          documentId,
          contentHash: hashContent(post),
          findings: [finding],
          details: { justification: request.justification },
        });
      });
      return { documentId, override };
    },
  };
};

export type ReviewService = ReturnType<typeof createReviewService>;
