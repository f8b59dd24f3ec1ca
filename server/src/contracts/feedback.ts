import { z } from 'zod';
import { QUESTION_CATEGORIES } from '../constants';
import type { Finding } from '../compliance/types';
import type { GroupFigures } from '../feedback/feedback-figures';
import {
  FEEDBACK_SOURCES,
  FEEDBACK_STATUSES,
  FRAUD_EVIDENCE_MIN_LENGTH,
  OFFLINE_NOTE_MIN_LENGTH,
  SENTIMENTS,
  type FeedbackSource,
  type FeedbackStatus,
  type FraudFlagState,
  type IntakeChannel,
  type Sentiment,
} from '../feedback/feedback-values';

export { FEEDBACK_SOURCES, FEEDBACK_STATUSES, SENTIMENTS, FRAUD_EVIDENCE_MIN_LENGTH, OFFLINE_NOTE_MIN_LENGTH };
export type { FeedbackSource, FeedbackStatus, FraudFlagState, IntakeChannel, Sentiment, GroupFigures };

const documentId = z.string().min(1).max(64);

// GET /clearpost/feedback
export const feedbackListQuery = z
  .object({
    status: z.enum(FEEDBACK_STATUSES).optional(),
    sentiment: z.enum(SENTIMENTS).optional(),
    source: z.enum(FEEDBACK_SOURCES).optional(),
    concerns: documentId.optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type FeedbackListQuery = z.infer<typeof feedbackListQuery>;

export const feedbackDocumentIdParams = z.object({ documentId }).strict();

// POST /clearpost/feedback/:documentId/draft
export const draftReplyBody = z
  .object({
    templateDocumentId: documentId.optional(),
    text: z.string().trim().min(1).max(5000).optional(),
    concernsDocumentId: documentId.optional(),
  })
  .strict()
  .refine((body) => body.templateDocumentId !== undefined || body.text !== undefined, {
    message: 'give a templateDocumentId or the reply text',
    path: ['templateDocumentId'],
  });
export type DraftReplyRequest = z.infer<typeof draftReplyBody>;

// POST /clearpost/feedback/:documentId/take-offline
export const takeOfflineBody = z
  .object({
    note: z
      .string()
      .trim()
      .min(OFFLINE_NOTE_MIN_LENGTH, `note must say how the person was contacted (at least ${OFFLINE_NOTE_MIN_LENGTH} characters)`)
      .max(5000),
  })
  .strict();
export type TakeOfflineRequest = z.infer<typeof takeOfflineBody>;

// POST /clearpost/feedback/:documentId/fraud-flag
export const fraudFlagBody = z
  .object({
    evidence: z
      .string({ error: `evidence is required: at least ${FRAUD_EVIDENCE_MIN_LENGTH} characters of written evidence of fraud` })
      .trim()
      .min(
        FRAUD_EVIDENCE_MIN_LENGTH,
        `evidence must be at least ${FRAUD_EVIDENCE_MIN_LENGTH} characters (e.g. "no visit on record for this date; reviewer account created today")`
      )
      .max(5000),
  })
  .strict();
export type FraudFlagRequest = z.infer<typeof fraudFlagBody>;

// POST /clearpost/feedback/:documentId/fraud-flag/reverse
export const fraudReverseBody = z
  .object({ reason: z.string().trim().min(10, 'reason must explain the reversal (at least 10 characters)').max(5000) })
  .strict();
export type FraudReverseRequest = z.infer<typeof fraudReverseBody>;

// POST /clearpost/feedback/pull
export const pullBody = z
  .object({
    since: z.iso.datetime({ offset: true }).optional(),
    channelDocumentIds: z.array(documentId).min(1).max(100).optional(),
  })
  .strict();
export type PullRequest = z.infer<typeof pullBody>;

// GET /clearpost/feedback/figures
export const figuresQuery = z
  .object({
    groupBy: z.enum(['provider', 'department']),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type FiguresQuery = z.infer<typeof figuresQuery>;

export interface ContactView {
  documentId: string;
  kind: 'person' | 'department' | 'location';
  name: string;
  department: string | null;
  phone: string | null;
}

export interface ReplyReport {
  verdict: 'pass' | 'block';
  findings: Finding[];
  engineVersion: string;
  checkedAt: string;
}

/** One feedback item as the inbox shows it. */
export interface FeedbackView {
  documentId: string;
  source: FeedbackSource;
  externalId: string;
  remoteParentId: string | null;
  intake: IntakeChannel | null;
  authorName: string | null;
  rating: number | null;
  text: string;
  receivedAt: string;
  ageHours: number;
  concerns: ContactView | null;
  sentiment: Sentiment | null;
  category: (typeof QUESTION_CATEGORIES)[number] | null;
  /** The published reply template of the item's category, when there is one. */
  suggestedTemplateDocumentId: string | null;
  status: FeedbackStatus;
  /** Whether the source's platform takes replies through Clearpost (else: take it offline). */
  canReplyOnPlatform: boolean;
  draft: {
    text: string;
    templateDocumentId: string | null;
    report: ReplyReport | null;
    draftedBy: string | null;
    draftedAt: string | null;
    /** True when the current draft text is the text that was approved. */
    approved: boolean;
    approvedBy: string | null;
  } | null;
  response: {
    text: string | null;
    templateDocumentId: string | null;
    respondedBy: string | null;
    respondedAt: string | null;
    channel: string | null;
    remoteReplyId: string | null;
    offlineNote: string | null;
  } | null;
  replyOutcome: 'unknown' | null;
  lastSendError: string | null;
  firstResponseAt: string | null;
  fraudFlag: {
    state: FraudFlagState;
    evidence: string;
    flaggedBy: string | null;
    flaggedAt: string | null;
    approvedBy: string | null;
    approvedAt: string | null;
    reversedBy: string | null;
    reversedAt: string | null;
    reversalReason: string | null;
  } | null;
}

export interface IntakeResult {
  /** Newly stored items. */
  created: number;
  /** Items already in the inbox (same source and external id): left as they were. */
  duplicates: number;
  documentIds: string[];
}

export interface PullResult extends IntakeResult {
  channels: Array<{ channelDocumentId: string; platform: string; fetched: number; error?: string }>;
}

export interface FiguresResponse {
  groupBy: 'provider' | 'department';
  timezone: string;
  groups: GroupFigures[];
}

export interface SendResult {
  feedback: FeedbackView;
  /** "awaiting-approval" when a reviewer must approve the reply first; "sent" when it went out. */
  outcome: 'awaiting-approval' | 'sent';
}
