import { z } from 'zod';
import { GRAPH_ERROR_TABLE } from './graph-error-table';
import { createInstagramInbox } from './graph-inbox';
import { createHttpClient, unreadableAnswer, type HttpClient } from './http-client';
import { PermanentError, RetryableError } from './platform-errors';
import { textWithLink } from './post-text';
import type { CommentInbox } from './inbox-types';
import type { AdapterOptions, PlatformAdapter, PublishRequest, PublishResult } from './types';
import { segment, withQuery } from './url-helpers';

export interface InstagramAdapterOptions extends AdapterOptions {
  /** Wait between container status checks. */
  pollIntervalMs?: number;
  maxStatusPolls?: number;
  sleep?: (ms: number) => Promise<void>;
}

const idAnswer = z.object({ id: z.string().min(1) });
const statusAnswer = z.object({ status_code: z.string(), status: z.string().optional() });
const quotaAnswer = z.object({
  data: z.array(z.object({ quota_usage: z.number(), config: z.object({ quota_total: z.number(), quota_duration: z.number() }) })),
});
const permalinkAnswer = z.object({ permalink: z.string().url() });

export interface PublishingQuota {
  used: number;
  total: number;
  windowSeconds: number;
}

export async function readPublishingQuota(
  http: HttpClient,
  baseUrl: string,
  igUserId: string,
  token: string,
): Promise<PublishingQuota | undefined> {
  const res = await http.send({
    method: 'GET',
    url: withQuery(baseUrl, `/${segment(igUserId)}/content_publishing_limit`, { fields: 'quota_usage,config', access_token: token }),
    step: 'read publishing quota',
  });
  const parsed = quotaAnswer.safeParse(res.json);
  const first = parsed.success ? parsed.data.data[0] : undefined;
  return first && { used: first.quota_usage, total: first.config.quota_total, windowSeconds: first.config.quota_duration };
}

/** Instagram content publishing: check quota, create a container, wait for it, publish it. */
export function createInstagramAdapter(options: InstagramAdapterOptions): PlatformAdapter & CommentInbox {
  const http = createHttpClient('instagram', options, GRAPH_ERROR_TABLE);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const maxStatusPolls = options.maxStatusPolls ?? 30;
  const url = (path: string, params: Record<string, string | undefined>) => withQuery(options.baseUrl, path, params);

  async function waitUntilFinished(containerId: string, token: string): Promise<void> {
    for (let poll = 0; poll < maxStatusPolls; poll++) {
      const res = await http.send({
        method: 'GET',
        url: url(`/${segment(containerId)}`, { fields: 'status_code,status', access_token: token }),
        step: 'check container status',
      });
      const parsed = statusAnswer.safeParse(res.json);
      if (!parsed.success) throw unreadableAnswer('instagram', 'check container status', false, res.json);
      const { status_code: code, status } = parsed.data;
      if (code === 'FINISHED') return;
      if (code === 'ERROR' || code === 'EXPIRED' || code === 'PUBLISHED') {
        const init = { platform: 'instagram' as const, code: `container_${code.toLowerCase()}`, detail: res.json };
        // An expired container just needs a new one; ERROR means Instagram refused the media.
        throw code === 'EXPIRED'
          ? new RetryableError({ ...init, message: 'instagram: media container expired' })
          : new PermanentError({ ...init, message: `instagram: media container ${code}${status ? `: ${status}` : ''}` });
      }
      await sleep(pollIntervalMs);
    }
    throw new RetryableError({
      platform: 'instagram',
      code: 'media_processing',
      message: `instagram: container still processing after ${maxStatusPolls} checks`,
    });
  }

  async function publish(req: PublishRequest): Promise<PublishResult> {
    const { accessToken: token, accountId } = req.credentials;
    if (req.images.length === 0) {
      throw new PermanentError({ platform: 'instagram', code: 'media_required', message: 'instagram: every post needs an image' });
    }
    if (req.images.length > 1) {
      throw new PermanentError({
        platform: 'instagram',
        code: 'carousel_unsupported',
        message: 'instagram: carousels are not supported yet; publish one image',
      });
    }
    const quota = await readPublishingQuota(http, options.baseUrl, accountId, token);
    if (quota && quota.used >= quota.total) {
      throw new RetryableError({
        platform: 'instagram',
        code: 'publishing_limit',
        message: `instagram: publishing quota used up (${quota.used}/${quota.total} per ${quota.windowSeconds}s)`,
      });
    }
    const [image] = req.images;
    const created = await http.send({
      method: 'POST',
      url: url(`/${segment(accountId)}/media`, {
        image_url: image.url,
        caption: textWithLink(req.text, req.link),
        alt_text: image.altText || undefined,
        access_token: token,
      }),
      step: 'create media container',
    });
    const container = idAnswer.safeParse(created.json);
    if (!container.success) throw unreadableAnswer('instagram', 'create media container', false, created.json);
    await waitUntilFinished(container.data.id, token);

    const published = await http.send({
      method: 'POST',
      url: url(`/${segment(accountId)}/media_publish`, { creation_id: container.data.id, access_token: token }),
      step: 'publish media',
      createsPost: true,
    });
    const media = idAnswer.safeParse(published.json);
    if (!media.success) throw unreadableAnswer('instagram', 'publish media', true, published.json);
    return { remoteId: media.data.id, url: await permalink(media.data.id, token) };
  }

  // The post is live by now; a missing permalink must not turn success into failure.
  async function permalink(mediaId: string, token: string): Promise<string | undefined> {
    try {
      const res = await http.send({
        method: 'GET',
        url: url(`/${segment(mediaId)}`, { fields: 'permalink', access_token: token }),
        step: 'read permalink',
      });
      const parsed = permalinkAnswer.safeParse(res.json);
      return parsed.success ? parsed.data.permalink : undefined;
    } catch {
      return undefined;
    }
  }

  return { platform: 'instagram', publish, ...createInstagramInbox(http, options.baseUrl) };
}
