import { z } from 'zod';
import { GRAPH_ERROR_TABLE } from './graph-error-table';
import { createFacebookInbox } from './graph-inbox';
import { createHttpClient, unreadableAnswer } from './http-client';
import { linkTravelsSeparately, textWithLink } from './post-text';
import type { CommentInbox } from './inbox-types';
import type { AdapterOptions, PlatformAdapter, PublishRequest, PublishResult } from './types';
import { segment, withQuery } from './url-helpers';

const idAnswer = z.object({ id: z.string().min(1) });

/** Facebook Pages: unpublished photos first, then one feed post that attaches them. */
export function createFacebookAdapter(options: AdapterOptions): PlatformAdapter & CommentInbox {
  const http = createHttpClient('facebook', options, GRAPH_ERROR_TABLE);

  async function postJson(path: string, token: string, body: object, step: string, createsPost = false) {
    const res = await http.send({
      method: 'POST',
      url: withQuery(options.baseUrl, path, { access_token: token }),
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      step,
      createsPost,
    });
    const parsed = idAnswer.safeParse(res.json);
    if (!parsed.success) throw unreadableAnswer('facebook', step, createsPost, res.json);
    return parsed.data.id;
  }

  async function publish(req: PublishRequest): Promise<PublishResult> {
    const { accessToken, accountId } = req.credentials;
    const page = segment(accountId);
    const mediaIds: string[] = [];
    for (const image of req.images) {
      mediaIds.push(
        await postJson(
          `/${page}/photos`,
          accessToken,
          { url: image.url, published: false, alt_text_custom: image.altText },
          'upload photo',
        ),
      );
    }
    // Graph ignores `link` when photos are attached, so the link then travels in the message.
    const body = linkTravelsSeparately('facebook', mediaIds.length)
      ? { message: req.text, ...(req.link ? { link: req.link } : {}) }
      : { message: textWithLink(req.text, req.link), attached_media: mediaIds.map((id) => ({ media_fbid: id })) };
    const postId = await postJson(`/${page}/feed`, accessToken, body, 'create post', true);
    return { remoteId: postId, url: `https://www.facebook.com/${postId}` };
  }

  return { platform: 'facebook', publish, ...createFacebookInbox(http, options.baseUrl) };
}
