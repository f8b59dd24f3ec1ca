import { z } from 'zod';
import { createHttpClient, unreadableAnswer, type HttpClient } from './http-client';
import { loadImageBytes } from './image-bytes';
import { PermanentError, RetryableError } from './platform-errors';
import { textWithLink } from './post-text';
import type { CommentInbox } from './inbox-types';
import type { AdapterOptions, PlatformAdapter, PublishImage, PublishRequest, PublishResult } from './types';
import { withQuery } from './url-helpers';
import { X_ERROR_TABLE } from './x-error-table';
import { createXInbox } from './x-inbox';

export interface XAdapterOptions extends AdapterOptions {
  maxStatusPolls?: number;
  sleep?: (ms: number) => Promise<void>;
}

const MAX_IMAGES = 4;

const processingInfo = z.object({
  state: z.enum(['pending', 'in_progress', 'succeeded', 'failed']),
  check_after_secs: z.number().optional(),
});
const mediaAnswer = z.object({ data: z.object({ id: z.string().min(1), processing_info: processingInfo.optional() }) });
const postAnswer = z.object({ data: z.object({ id: z.string().min(1) }) });

/** X API v2: one-shot media upload per image, then POST /2/tweets. */
export function createXAdapter(options: XAdapterOptions): PlatformAdapter & CommentInbox {
  const http = createHttpClient('x', options, X_ERROR_TABLE);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxStatusPolls = options.maxStatusPolls ?? 20;

  const headers = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

  async function uploadImage(image: PublishImage, token: string): Promise<string> {
    const bytes = await loadImageBytes('x', options, image);
    const res = await http.send({
      method: 'POST',
      url: `${options.baseUrl}/media/upload`,
      headers: headers(token),
      body: JSON.stringify({ media: bytes.toString('base64'), media_category: 'tweet_image', media_type: image.mimeType }),
      step: 'upload media',
    });
    const parsed = mediaAnswer.safeParse(res.json);
    if (!parsed.success) throw unreadableAnswer('x', 'upload media', false, res.json);
    const { id, processing_info: info } = parsed.data.data;
    if (info && info.state !== 'succeeded') await waitForMedia(http, id, token, info.check_after_secs);
    return id;
  }

  async function waitForMedia(client: HttpClient, mediaId: string, token: string, firstWaitSecs = 1): Promise<void> {
    let waitSecs = firstWaitSecs;
    for (let poll = 0; poll < maxStatusPolls; poll++) {
      await sleep(waitSecs * 1000);
      const res = await client.send({
        method: 'GET',
        url: withQuery(options.baseUrl, '/media/upload', { command: 'STATUS', media_id: mediaId }),
        headers: { Authorization: `Bearer ${token}` },
        step: 'check media status',
      });
      const info = z.object({ data: z.object({ processing_info: processingInfo }) }).safeParse(res.json);
      if (!info.success) throw unreadableAnswer('x', 'check media status', false, res.json);
      const { state, check_after_secs } = info.data.data.processing_info;
      if (state === 'succeeded') return;
      if (state === 'failed') {
        throw new PermanentError({ platform: 'x', code: 'media_processing_failed', message: 'x: media processing failed', detail: res.json });
      }
      waitSecs = check_after_secs ?? 1;
    }
    throw new RetryableError({ platform: 'x', code: 'media_processing', message: 'x: media still processing' });
  }

  async function publish(req: PublishRequest): Promise<PublishResult> {
    const token = req.credentials.accessToken;
    if (req.images.length > MAX_IMAGES) {
      throw new PermanentError({ platform: 'x', code: 'too_many_images', message: `x: at most ${MAX_IMAGES} images per post` });
    }
    const mediaIds: string[] = [];
    for (const image of req.images) mediaIds.push(await uploadImage(image, token));
    const body = {
      text: textWithLink(req.text, req.link),
      ...(mediaIds.length > 0 ? { media: { media_ids: mediaIds } } : {}),
    };
    const res = await http.send({
      method: 'POST',
      url: `${options.baseUrl}/tweets`,
      headers: headers(token),
      body: JSON.stringify(body),
      step: 'create post',
      createsPost: true,
    });
    const parsed = postAnswer.safeParse(res.json);
    if (!parsed.success) throw unreadableAnswer('x', 'create post', true, res.json);
    const id = parsed.data.data.id;
    return { remoteId: id, url: `https://x.com/i/web/status/${id}` };
  }

  return { platform: 'x', publish, ...createXInbox(http, options.baseUrl) };
}
