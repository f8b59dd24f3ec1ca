import type { Core } from '@strapi/strapi';
import { PLATFORMS, type Platform } from '../compliance/types';
import { measureLength } from '../compliance/digestibility/platform-length';
import type { PlatformPreview, PreviewRequest } from '../contracts/preview';
import { UID } from '../constants';
import { payloadFor, type PublishedPost } from '../delivery/publication-payload';
import { platformImage, type PostImage } from '../delivery/platform-image';
import { linkTravelsSeparately, textWithLink } from '../platforms/post-text';
import { getService } from '../utils/get-service';

function platformsOf(request: PreviewRequest): Platform[] {
  if (request.targeting !== 'selected-platforms') return [...PLATFORMS];
  const chosen = new Set(request.targetPlatforms ?? []);
  return PLATFORMS.filter((p) => chosen.has(p));
}

/** What each target platform will show: delivery's payload, measured against the effective limits. */
export const createPostPreviewService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function savedImages(documentId: string | undefined): Promise<PostImage[]> {
    if (!documentId) return [];
    const draft = (await strapi.db.query(UID.post).findOne({
      where: { documentId, publishedAt: null },
      populate: { images: { populate: { image: true } } },
    })) as { images?: PostImage[] | null } | null;
    return draft?.images ?? [];
  }

  return {
    async preview(request: PreviewRequest): Promise<PlatformPreview[]> {
      const [options, images] = await Promise.all([getService(strapi, 'settings').checkOptions(), savedImages(request.documentId)]);
      const publicUrl = String(strapi.config.get('server.url', '') ?? '');
      const post: PublishedPost = { body: request.body, link: request.link?.trim() || null, variants: request.variants, images };
      return platformsOf(request).map((platform): PlatformPreview => {
        const payload = payloadFor(post, platform, publicUrl);
        const separateLink = linkTravelsSeparately(platform, payload.images.length);
        const text = separateLink ? payload.text : textWithLink(payload.text, payload.link);
        const limit = options.platformLimits[platform];
        const { length } = measureLength(text, platform, [limit]);
        return {
          platform,
          text,
          ...(separateLink && payload.link ? { link: payload.link } : {}),
          length,
          limit,
          overLimit: length > limit,
          images: images
            .map((image) => platformImage(image, platform, publicUrl))
            .filter((i): i is NonNullable<typeof i> => i !== null)
            .map(({ url, width, height, altText, isRendition }) => ({ url, width, height, altText, isRendition })),
        };
      });
    },
  };
};

export type PostPreviewService = ReturnType<typeof createPostPreviewService>;
