import { PermanentError, RetryableError } from './platform-errors';
import type { AdapterOptions, PlatformName, PublishImage } from './types';

/** Bytes for platforms that need an upload: the caller's buffer, or a download of the public URL. */
export async function loadImageBytes(platform: PlatformName, options: AdapterOptions, image: PublishImage): Promise<Buffer> {
  const bytes = image.bytes ? await image.bytes() : await download(platform, options, image.url);
  if (bytes.length === 0) {
    throw new PermanentError({ platform, code: 'image_empty', message: `${platform}: image ${image.url} is empty` });
  }
  return bytes;
}

async function download(platform: PlatformName, options: AdapterOptions, url: string): Promise<Buffer> {
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
  let res: Response;
  try {
    res = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (cause) {
    throw new RetryableError({ platform, code: 'image_download_failed', message: `${platform}: could not download ${url}`, cause });
  }
  if (!res.ok) {
    const init = { platform, code: 'image_download_failed', status: res.status, message: `${platform}: ${url} answered ${res.status}` };
    throw res.status >= 500 || res.status === 429 ? new RetryableError(init) : new PermanentError(init);
  }
  return Buffer.from(await res.arrayBuffer());
}
