import type { FocalPoint } from '../images';

/**
 * One job per (asset, original file, focal point): enqueueing the same state twice is a no-op. No ':'
 * (BullMQ's key separator) and never all digits (BullMQ reserves those).
 */
export function processingJobId(assetDocumentId: string, fileId: number, focal: FocalPoint | null): string {
  if (!/^[A-Za-z0-9_-]+$/.test(assetDocumentId)) throw new Error(`unsafe asset id "${assetDocumentId}"`);
  if (!Number.isInteger(fileId) || fileId <= 0) throw new Error(`bad file id ${fileId}`);
  const focus = focal ? `${round(focal.x)}x${round(focal.y)}` : 'auto';
  return `asset-${assetDocumentId}-file-${fileId}-focus-${focus}`;
}

const round = (value: number): string => String(Math.round(value * 10_000) / 10_000);
