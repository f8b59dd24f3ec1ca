import type { SeedComment } from './types';

export interface StoredComment extends Required<Omit<SeedComment, 'authorId' | 'authorName'>> {
  id: string;
  authorId?: string;
  authorName?: string;
}

/** Graph renders times as 2026-11-27T23:50:00+0000. */
export const graphTime = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, '+0000');

export function createCommentStore(firstId: number) {
  let nextId = firstId;
  const comments = new Map<string, StoredComment>();
  return {
    add(seed: SeedComment): string {
      const id = String(nextId++);
      comments.set(id, { ...seed, createdAt: seed.createdAt ?? new Date(), id });
      return id;
    },
    get: (id: string) => comments.get(id),
    under: (parentId: string) => [...comments.values()].filter((c) => c.parentId === parentId).sort((a, b) => +b.createdAt - +a.createdAt),
    clear: () => comments.clear(),
  };
}

/** Graph cursor paging over an array: honours `limit` and `after`, and links `paging.next` when more remain. */
export function graphPage<T>(items: T[], query: URLSearchParams, selfUrl: string): { data: T[]; paging?: object } {
  const limit = Math.min(Number(query.get('limit') ?? 25) || 25, 100);
  const start = Number(query.get('after') ?? 0) || 0;
  const data = items.slice(start, start + limit);
  if (start + limit >= items.length) return { data };
  const next = new URL(selfUrl);
  next.searchParams.set('after', String(start + limit));
  return { data, paging: { cursors: { after: String(start + limit) }, next: next.toString() } };
}
