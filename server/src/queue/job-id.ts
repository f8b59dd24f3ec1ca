/**
 * One job per (publication, approved content): adding it twice is a no-op in BullMQ. No ':' (BullMQ's
 * key separator) and never all digits (BullMQ reserves those for its own ids).
 */
export function publicationJobId(publicationDocumentId: string, contentHash: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(publicationDocumentId)) throw new Error(`unsafe publication id "${publicationDocumentId}"`);
  if (!/^[0-9a-f]{16,64}$/.test(contentHash)) throw new Error('content hash must be lowercase hex');
  return `pub-${publicationDocumentId}-${contentHash.slice(0, 16)}`;
}
