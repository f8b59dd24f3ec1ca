/**
 * Types of the server's admin API, imported from the server's own contracts and engine types so the
 * two sides cannot drift. `import type` only: nothing from the server ends up in the admin bundle.
 */
import type { Finding, FindingCategory, Platform, TextKind } from '../../../server/src/compliance/types';
import type { LiveCheckRequest, OverrideRequestBody as OverrideRequest, RequestChangesRequest } from '../../../server/src/contracts/review';

export type { Finding, FindingCategory, Platform, TextKind, LiveCheckRequest, OverrideRequest, RequestChangesRequest };
export type { PreviewRequest, PreviewResponse, PlatformPreview, PreviewImage } from '../../../server/src/contracts/preview';

/** The reviewer's latest request-changes comment, stored on the post. */
export interface ReviewComment {
  comment: string;
  by: string;
  at: string;
}

export interface LiveCheckResponse {
  verdict: 'pass' | 'block';
  findings: Finding[];
  engineVersion: string;
}

/** A finding located in one field of a document (mirrors GateFinding in server/src/gate/gate-report.ts). */
export interface FieldFinding extends Finding {
  field: string;
  overridden?: { by: string; justification: string; at: string };
}

export interface StoredReport {
  verdict: 'pass' | 'block';
  findings: FieldFinding[];
  engineVersion: string;
  checkedAt: string;
}

export type ReviewStatus = 'draft' | 'in-review' | 'changes-requested' | 'approved';

export interface SubmitResponse {
  data: { documentId: string; reviewStatus: 'in-review'; contentHash: string; report: StoredReport };
}
export interface ApproveResponse {
  data: { documentId: string; reviewStatus: 'approved'; contentHash: string; approvedAt: string; report: StoredReport };
}
export interface RequestChangesResponse {
  data: { documentId: string; reviewStatus: 'changes-requested'; comment: string };
}

/** One audit event (mirrors ChainedEvent in server/src/audit/audit-chain.ts). */
export interface AuditEvent {
  id?: number;
  sequence: number;
  action: string;
  actorId: number | null;
  actorName: string | null;
  subjectUid: string | null;
  subjectDocumentId: string | null;
  contentHash: string | null;
  findings: unknown;
  details: unknown;
  occurredAt: string;
  prevHash: string;
  hash: string;
}

export type ChainVerdict =
  | { intact: true; checked: number }
  | { intact: false; checked: number; brokenAt: { id?: number; sequence: number; reason: string } };

/** The post fields the review pages read through the Content Manager API. */
export interface PostSummary {
  id: number;
  documentId: string;
  title: string;
  body: string;
  variants?: Array<{ platform?: string; text?: string }>;
  reviewStatus?: ReviewStatus | null;
  complianceReport?: StoredReport | null;
  approvedByName?: string | null;
  complianceOverrides?: unknown;
  reviewComment?: ReviewComment | null;
  approvedAt?: string | null;
  publishedAt?: string | null;
  /** Content Manager's document status: a draft that was published before is 'modified'. */
  status?: 'draft' | 'published' | 'modified';
  createdAt: string;
  updatedAt: string;
  createdBy?: { id: number; firstname?: string | null; lastname?: string | null; username?: string | null } | null;
  updatedBy?: { id: number; firstname?: string | null; lastname?: string | null; username?: string | null } | null;
}
