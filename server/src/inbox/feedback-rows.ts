import type { ContactView, FeedbackView, ReplyReport } from '../contracts/feedback';
import type { FeedbackSource, FeedbackStatus, FraudFlagState, IntakeChannel, Sentiment } from '../feedback/feedback-values';
import { ageHours } from '../feedback/triage';
import { sha256Hex } from '../utils/sha256';

export interface ContactRow {
  id: number;
  documentId: string;
  kind: 'person' | 'department' | 'location';
  name: string;
  department: string | null;
  phone: string | null;
  email: string | null;
}

/** A feedback row as the query engine returns it with its relations populated. */
export interface FeedbackRow {
  id: number;
  documentId: string;
  source: FeedbackSource;
  externalId: string;
  remoteParentId: string | null;
  intake: IntakeChannel | null;
  channelDocumentId: string | null;
  authorName: string | null;
  rating: number | null;
  text: string;
  receivedAt: string | Date;
  concerns: ContactRow | null;
  sentiment: Sentiment | null;
  category: FeedbackView['category'];
  status: FeedbackStatus;
  draftText: string | null;
  draftTemplate: { id: number; documentId: string } | null;
  draftReport: ReplyReport | null;
  draftedById: number | null;
  draftedByName: string | null;
  draftedAt: string | Date | null;
  approvedTextHash: string | null;
  approvedById: number | null;
  approvedByName: string | null;
  approvedAt: string | Date | null;
  responseText: string | null;
  responseTemplate: { id: number; documentId: string } | null;
  respondedByName: string | null;
  respondedAt: string | Date | null;
  responseChannel: string | null;
  remoteReplyId: string | null;
  offlineNote: string | null;
  replyOutcome: 'unknown' | null;
  lastSendError: string | null;
  firstResponseAt: string | Date | null;
  fraudFlag: FraudFlagState | null;
  fraudEvidence: string | null;
  fraudFlaggedById: number | null;
  fraudFlaggedByName: string | null;
  fraudFlaggedAt: string | Date | null;
  fraudApprovedByName: string | null;
  fraudApprovedAt: string | Date | null;
  fraudReversedByName: string | null;
  fraudReversedAt: string | Date | null;
  fraudReversalReason: string | null;
  statusBeforeHidden: FeedbackStatus | null;
}

export const FEEDBACK_POPULATE = {
  concerns: { select: ['id', 'documentId', 'kind', 'name', 'department', 'phone', 'email'] },
  draftTemplate: { select: ['id', 'documentId'] },
  responseTemplate: { select: ['id', 'documentId'] },
} as const;

const iso = (value: string | Date | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

export const textHash = (text: string): string => sha256Hex(text);

const contactView = (row: ContactRow | null): ContactView | null =>
  row
    ? { documentId: row.documentId, kind: row.kind, name: row.name, department: row.department ?? null, phone: row.phone ?? null }
    : null;

export function toFeedbackView(
  row: FeedbackRow,
  extra: { now: Date; suggestedTemplateDocumentId: string | null; canReplyOnPlatform: boolean }
): FeedbackView {
  const receivedAt = new Date(row.receivedAt);
  return {
    documentId: row.documentId,
    source: row.source,
    externalId: row.externalId,
    remoteParentId: row.remoteParentId ?? null,
    intake: row.intake ?? null,
    authorName: row.authorName ?? null,
    rating: row.rating ?? null,
    text: row.text,
    receivedAt: receivedAt.toISOString(),
    ageHours: ageHours(receivedAt, extra.now),
    concerns: contactView(row.concerns),
    sentiment: row.sentiment ?? null,
    category: row.category ?? null,
    suggestedTemplateDocumentId: extra.suggestedTemplateDocumentId,
    status: row.status,
    canReplyOnPlatform: extra.canReplyOnPlatform,
    draft: row.draftText
      ? {
          text: row.draftText,
          templateDocumentId: row.draftTemplate?.documentId ?? null,
          report: row.draftReport ?? null,
          draftedBy: row.draftedByName ?? null,
          draftedAt: iso(row.draftedAt),
          approved: row.approvedTextHash !== null && row.approvedTextHash === textHash(row.draftText),
          approvedBy: row.approvedByName ?? null,
        }
      : null,
    response:
      row.respondedAt || row.offlineNote
        ? {
            text: row.responseText ?? null,
            templateDocumentId: row.responseTemplate?.documentId ?? null,
            respondedBy: row.respondedByName ?? null,
            respondedAt: iso(row.respondedAt),
            channel: row.responseChannel ?? null,
            remoteReplyId: row.remoteReplyId ?? null,
            offlineNote: row.offlineNote ?? null,
          }
        : null,
    replyOutcome: row.replyOutcome ?? null,
    lastSendError: row.lastSendError ?? null,
    firstResponseAt: iso(row.firstResponseAt),
    fraudFlag: row.fraudFlag
      ? {
          state: row.fraudFlag,
          evidence: row.fraudEvidence ?? '',
          flaggedBy: row.fraudFlaggedByName ?? null,
          flaggedAt: iso(row.fraudFlaggedAt),
          approvedBy: row.fraudApprovedByName ?? null,
          approvedAt: iso(row.fraudApprovedAt),
          reversedBy: row.fraudReversedByName ?? null,
          reversedAt: iso(row.fraudReversedAt),
          reversalReason: row.fraudReversalReason ?? null,
        }
      : null,
  };
}
