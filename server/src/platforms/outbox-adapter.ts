import type { PlatformAdapter, PublishRequest, PublishResult } from './types';

export interface OutboxEntry {
  remoteId: string;
  idempotencyKey: string;
  accountId: string;
  text: string;
  link?: string;
  images: Array<{ url: string; altText: string; mimeType: string }>;
  recordedAt: string;
}

export interface OutboxAdapterOptions {
  /** Where entries go besides memory (a log, a file, a dev UI); failures propagate to the caller. */
  sink?: (entry: OutboxEntry) => void | Promise<void>;
  now?: () => number;
}

export interface OutboxAdapter extends PlatformAdapter {
  readonly entries: ReadonlyArray<OutboxEntry>;
  clear(): void;
}

/** Records what would be sent, without credentials: the dev default so the whole flow runs offline. */
export function createOutboxAdapter(options: OutboxAdapterOptions = {}): OutboxAdapter {
  const now = options.now ?? Date.now;
  const entries: OutboxEntry[] = [];
  const byKey = new Map<string, OutboxEntry>();

  async function publish(req: PublishRequest): Promise<PublishResult> {
    const seen = byKey.get(req.idempotencyKey);
    if (seen) return { remoteId: seen.remoteId, url: `outbox://${seen.remoteId}` };
    const entry: OutboxEntry = {
      remoteId: `outbox-${entries.length + 1}`,
      idempotencyKey: req.idempotencyKey,
      accountId: req.credentials.accountId,
      text: req.text,
      ...(req.link ? { link: req.link } : {}),
      images: req.images.map(({ url, altText, mimeType }) => ({ url, altText, mimeType })),
      recordedAt: new Date(now()).toISOString(),
    };
    await options.sink?.(entry);
    entries.push(entry);
    byKey.set(entry.idempotencyKey, entry);
    return { remoteId: entry.remoteId, url: `outbox://${entry.remoteId}` };
  }

  return {
    platform: 'outbox',
    publish,
    entries,
    clear: () => {
      entries.length = 0;
      byKey.clear();
    },
  };
}
