import type { PlatformName } from '../platforms';
import type { PublicationPayload } from './publication-record';

export interface PublishedPost {
  body?: string | null;
  link?: string | null;
  variants?: Array<{ platform?: string | null; text?: string | null }> | null;
  images?: Array<{
    altText?: string | null;
    renditions?: unknown;
    image?: { url?: string | null; mime?: string | null } | null;
  }> | null;
}

function absolute(url: string, publicUrl: string): string {
  if (/^https?:\/\//.test(url)) return url;
  return `${publicUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/** A platform's own rendition when the image pipeline made one, else the original upload. */
function imageFor(image: NonNullable<PublishedPost['images']>[number], platform: PlatformName, publicUrl: string) {
  const renditions = (image.renditions ?? {}) as Record<string, { url?: string; mimeType?: string; mime?: string } | undefined>;
  const rendition = renditions[platform];
  const url = rendition?.url ?? image.image?.url;
  if (!url) return null;
  return { url: absolute(url, publicUrl), altText: image.altText ?? '', mimeType: rendition?.mimeType ?? rendition?.mime ?? image.image?.mime ?? 'image/jpeg' };
}

/** The text a platform gets: its own variant when the editor wrote one, else the body. */
export function payloadFor(post: PublishedPost, platform: PlatformName, publicUrl: string): PublicationPayload {
  const variant = (post.variants ?? []).find((v) => v.platform === platform && (v.text ?? '').trim() !== '');
  const images = (post.images ?? []).map((image) => imageFor(image, platform, publicUrl)).filter((i): i is NonNullable<typeof i> => i !== null);
  return {
    text: (variant?.text ?? post.body ?? '').trim(),
    ...(post.link ? { link: post.link } : {}),
    images,
  };
}
