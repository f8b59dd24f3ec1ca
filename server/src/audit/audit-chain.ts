import { sha256Hex } from '../utils/sha256';
import { stableStringify } from '../utils/stable-stringify';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditPayload {
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
}

export interface ChainedEvent extends AuditPayload {
  id?: number;
  prevHash: string;
  hash: string;
}

export function hashEvent(prevHash: string, payload: AuditPayload): string {
  return sha256Hex(`${prevHash}\n${stableStringify(payload)}`);
}

export function payloadOf(event: AuditPayload): AuditPayload {
  return {
    sequence: Number(event.sequence),
    action: event.action,
    actorId: event.actorId == null ? null : Number(event.actorId),
    actorName: event.actorName ?? null,
    subjectUid: event.subjectUid ?? null,
    subjectDocumentId: event.subjectDocumentId ?? null,
    contentHash: event.contentHash ?? null,
    findings: event.findings ?? null,
    details: event.details ?? null,
    occurredAt: new Date(event.occurredAt).toISOString(),
  };
}

export type ChainVerdict =
  | { intact: true; checked: number }
  | { intact: false; checked: number; brokenAt: { id?: number; sequence: number; reason: string } };

/** Walks events in sequence order; the first event whose link or own hash does not hold breaks the chain. */
export function verifyChain(events: readonly ChainedEvent[]): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let expectedSequence = 1;
  for (const [index, event] of events.entries()) {
    const where = { id: event.id, sequence: Number(event.sequence) };
    if (Number(event.sequence) !== expectedSequence) {
      return { intact: false, checked: index, brokenAt: { ...where, reason: `sequence ${event.sequence} where ${expectedSequence} was expected (an event was removed or inserted)` } };
    }
    if (event.prevHash !== prevHash) {
      return { intact: false, checked: index, brokenAt: { ...where, reason: 'does not link to the previous event' } };
    }
    if (hashEvent(prevHash, payloadOf(event)) !== event.hash) {
      return { intact: false, checked: index, brokenAt: { ...where, reason: 'its content does not match its hash (edited after it was written)' } };
    }
    prevHash = event.hash;
    expectedSequence += 1;
  }
  return { intact: true, checked: events.length };
}
