import type { PlatformName } from '../platforms';

export interface PostImage {
  altText?: string | null;
  renditions?: unknown;
  image?: { url?: string | null; mime?: string | null; width?: number | null; height?: number | null } | null;
}

export interface PlatformImage {
  url: string;
  altText: string;
  mimeType: string;
  width?: number;
  height?: number;
  /** False when the pipeline made no rendition for the platform and the original goes out. */
  isRendition: boolean;
}

interface RenditionLike {
  preset?: string;
  platform?: string;
  url?: string;
  format?: string;
  mimeType?: string;
  mime?: string;
  width?: number;
  height?: number;
}

function absolute(url: string, publicUrl: string): string {
  if (/^https?:\/\//.test(url)) return url;
  return `${publicUrl.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/**
 * The pipeline stores renditions as a list (asset-processing/rendition-files StoredRendition), one per preset,
 * each naming its platform; the preset named after the platform wins over its siblings (instagram-square first).
 * A map keyed by platform is read too.
 */
function renditionFor(renditions: unknown, platform: PlatformName): RenditionLike | undefined {
  if (Array.isArray(renditions)) {
    const list = renditions.filter((r): r is RenditionLike => typeof r === 'object' && r !== null && typeof (r as RenditionLike).url === 'string');
    return list.find((r) => r.preset === platform) ?? list.find((r) => r.platform === platform);
  }
  if (renditions && typeof renditions === 'object') return (renditions as Record<string, RenditionLike | undefined>)[platform];
  return undefined;
}

const mimeOf = (format: string | undefined): string | undefined => (format ? `image/${format === 'jpg' ? 'jpeg' : format}` : undefined);

/** A platform's own rendition when the image pipeline made one, else the original upload. */
export function platformImage(image: PostImage, platform: PlatformName, publicUrl: string): PlatformImage | null {
  const rendition = renditionFor(image.renditions, platform);
  if (rendition?.url) {
    return {
      url: absolute(rendition.url, publicUrl),
      altText: image.altText ?? '',
      mimeType: rendition.mimeType ?? rendition.mime ?? mimeOf(rendition.format) ?? image.image?.mime ?? 'image/jpeg',
      ...(rendition.width ? { width: rendition.width } : {}),
      ...(rendition.height ? { height: rendition.height } : {}),
      isRendition: true,
    };
  }
  const url = image.image?.url;
  if (!url) return null;
  return {
    url: absolute(url, publicUrl),
    altText: image.altText ?? '',
    mimeType: image.image?.mime ?? 'image/jpeg',
    ...(image.image?.width ? { width: image.image.width } : {}),
    ...(image.image?.height ? { height: image.image.height } : {}),
    isRendition: false,
  };
}
