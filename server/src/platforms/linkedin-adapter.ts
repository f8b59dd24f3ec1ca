import { z } from 'zod';
import { createHttpClient, unreadableAnswer } from './http-client';
import { loadImageBytes } from './image-bytes';
import { LINKEDIN_ERROR_TABLE } from './linkedin-error-table';
import { escapeLittleText } from './linkedin-little-text';
import { PermanentError, UnknownOutcomeError } from './platform-errors';
import { textWithLink } from './post-text';
import type { AdapterOptions, PlatformAdapter, PublishImage, PublishRequest, PublishResult } from './types';

export interface LinkedInAdapterOptions extends AdapterOptions {
  /** YYYYMM; LinkedIn sunsets versions about a year after release, so keep this current. */
  apiVersion?: string;
}

export const DEFAULT_LINKEDIN_VERSION = '202601';
const AUTHOR_URN = /^urn:li:(person|organization):[A-Za-z0-9_-]+$/;
const MAX_IMAGES = 20;

const initializeAnswer = z.object({ value: z.object({ uploadUrl: z.string().url(), image: z.string().startsWith('urn:li:image:') }) });

/** LinkedIn Posts API: initializeUpload + PUT per image, then POST /rest/posts (id in x-restli-id). */
export function createLinkedInAdapter(options: LinkedInAdapterOptions): PlatformAdapter {
  const http = createHttpClient('linkedin', options, LINKEDIN_ERROR_TABLE);
  const version = options.apiVersion ?? DEFAULT_LINKEDIN_VERSION;

  const headers = (token: string) => ({
    Authorization: `Bearer ${token}`,
    'LinkedIn-Version': version,
    'X-Restli-Protocol-Version': '2.0.0',
    'Content-Type': 'application/json',
  });

  async function uploadImage(image: PublishImage, owner: string, token: string): Promise<string> {
    const init = await http.send({
      method: 'POST',
      url: `${options.baseUrl}/images?action=initializeUpload`,
      headers: headers(token),
      body: JSON.stringify({ initializeUploadRequest: { owner } }),
      step: 'initialize image upload',
    });
    const parsed = initializeAnswer.safeParse(init.json);
    if (!parsed.success) throw unreadableAnswer('linkedin', 'initialize image upload', false, init.json);
    const bytes = await loadImageBytes('linkedin', options, image);
    await http.send({
      method: 'PUT',
      url: parsed.data.value.uploadUrl,
      headers: { Authorization: `Bearer ${token}`, 'LinkedIn-Version': version, 'Content-Type': image.mimeType },
      body: bytes,
      step: 'upload image',
    });
    return parsed.data.value.image;
  }

  function content(images: Array<{ id: string; altText?: string }>) {
    if (images.length === 0) return {};
    if (images.length === 1) return { content: { media: images[0] } };
    return { content: { multiImage: { images } } };
  }

  async function publish(req: PublishRequest): Promise<PublishResult> {
    const { accessToken: token, accountId: author } = req.credentials;
    if (!AUTHOR_URN.test(author)) {
      throw new PermanentError({
        platform: 'linkedin',
        code: 'invalid_account',
        message: `linkedin: accountId must be urn:li:person:… or urn:li:organization:…, got "${author}"`,
      });
    }
    if (req.images.length > MAX_IMAGES) {
      throw new PermanentError({ platform: 'linkedin', code: 'too_many_images', message: `linkedin: at most ${MAX_IMAGES} images` });
    }
    const images: Array<{ id: string; altText?: string }> = [];
    for (const image of req.images) {
      const id = await uploadImage(image, author, token);
      images.push(image.altText ? { id, altText: image.altText } : { id });
    }

    const res = await http.send({
      method: 'POST',
      url: `${options.baseUrl}/posts`,
      headers: headers(token),
      body: JSON.stringify({
        author,
        commentary: escapeLittleText(textWithLink(req.text, req.link)),
        visibility: 'PUBLIC',
        distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
        ...content(images),
        lifecycleState: 'PUBLISHED',
        isReshareDisabledByAuthor: false,
      }),
      step: 'create post',
      createsPost: true,
    });
    const urn = res.headers.get('x-restli-id');
    if (!urn) {
      throw new UnknownOutcomeError({
        platform: 'linkedin',
        code: 'unreadable_response',
        status: res.status,
        message: 'linkedin: create post: accepted without an x-restli-id header',
      });
    }
    return { remoteId: urn, url: `https://www.linkedin.com/feed/update/${urn}` };
  }

  return { platform: 'linkedin', publish };
}
