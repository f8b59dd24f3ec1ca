import type { PlatformName } from '../platforms';
import type { PublicationPayload } from './publication-record';
import { platformImage, type PostImage } from './platform-image';

export interface PublishedPost {
  body?: string | null;
  link?: string | null;
  variants?: Array<{ platform?: string | null; text?: string | null }> | null;
  images?: PostImage[] | null;
}

/** The text a platform gets: its own variant when the editor wrote one, else the body. */
export function payloadFor(post: PublishedPost, platform: PlatformName, publicUrl: string): PublicationPayload {
  const variant = (post.variants ?? []).find((v) => v.platform === platform && (v.text ?? '').trim() !== '');
  const images = (post.images ?? [])
    .map((image) => platformImage(image, platform, publicUrl))
    .filter((i): i is NonNullable<typeof i> => i !== null)
    .map(({ url, altText, mimeType }) => ({ url, altText, mimeType }));
  return {
    text: (variant?.text ?? post.body ?? '').trim(),
    ...(post.link ? { link: post.link } : {}),
    images,
  };
}
