import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { isUniqueViolation } from './ensure-feedback-indexes';

/** Longer than the 5-minute timestamp window plus the allowed clock skew, so every replayable signature is remembered. */
export const RECEIPT_TTL_MS = 10 * 60_000;

/**
 * Records an accepted delivery's signature. False when it was seen before (a replay). The unique index settles
 * races between instances; the database is the source of truth.
 */
export async function recordReceipt(strapi: Core.Strapi, signature: string, now: Date): Promise<boolean> {
  const receipts = strapi.db.query(UID.feedbackWebhookReceipt);
  await receipts.deleteMany({ where: { receivedAt: { $lt: new Date(now.getTime() - RECEIPT_TTL_MS) } } });
  if (await receipts.findOne({ where: { signature }, select: ['id'] })) return false;
  try {
    await receipts.create({ data: { signature, receivedAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
