import { sha256Hex } from '../utils/sha256';
import { stableStringify } from '../utils/stable-stringify';

/** The parts of a post that an approval covers. Anything else (timestamps, review fields) may change freely. */
export interface ApprovableContent {
  title?: string | null;
  body?: string | null;
  variants?: Array<{ platform?: string | null; text?: string | null }> | null;
  link?: string | null;
  targeting?: string | null;
  targetPlatforms?: unknown;
  images?: Array<{ id?: number | string | null; documentId?: string | null; altText?: string | null }> | null;
  scheduleMode?: string | null;
  scheduledAt?: string | Date | null;
  timezone?: string | null;
}

const text = (value: string | null | undefined): string => (value ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();

export function normaliseContent(content: ApprovableContent): Record<string, unknown> {
  const platforms = Array.isArray(content.targetPlatforms) ? [...(content.targetPlatforms as string[])].sort() : [];
  return {
    title: text(content.title),
    body: text(content.body),
    variants: (content.variants ?? []).map((v) => ({ platform: v.platform ?? '', text: text(v.text) })),
    link: text(content.link),
    targeting: content.targeting ?? '',
    targetPlatforms: platforms,
    images: (content.images ?? []).map((image) => ({ id: image.documentId ?? String(image.id ?? ''), altText: text(image.altText) })),
    scheduleMode: content.scheduleMode ?? '',
    scheduledAt: content.scheduledAt ? new Date(content.scheduledAt).toISOString() : '',
    timezone: content.timezone ?? '',
  };
}

/** SHA-256 of the normalised content: the fingerprint an approval is bound to. */
export function hashContent(content: ApprovableContent): string {
  return sha256Hex(stableStringify(normaliseContent(content)));
}
