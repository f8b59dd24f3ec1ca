import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { UID } from '../constants';
import type { PostSummary } from './types';

const BASE = `/content-manager/collection-types/${UID.post}`;

interface ListResponse {
  results: PostSummary[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}

/** Posts read through the Content Manager API, so the reader's own content permissions apply. */
export function usePostsApi() {
  const { get } = useFetchClient();
  return React.useMemo(
    () => ({
      inReview: async (): Promise<PostSummary[]> =>
        (
          await get<ListResponse>(BASE, {
            params: { page: 1, pageSize: 100, sort: 'updatedAt:ASC', filters: { reviewStatus: { $eq: 'in-review' } } },
          })
        ).data.results,
      draft: async (documentId: string): Promise<PostSummary> =>
        (await get<{ data: PostSummary }>(`${BASE}/${encodeURIComponent(documentId)}`, { params: { status: 'draft' } })).data.data,
      /** The published version, which is the last approved one; null when it was never published. */
      published: async (documentId: string): Promise<PostSummary | null> => {
        const { data } = await get<{ data: PostSummary | null; meta?: { availableStatus?: unknown[] } }>(
          `${BASE}/${encodeURIComponent(documentId)}`,
          { params: { status: 'published' }, validateStatus: (status) => status === 200 || status === 404 }
        );
        return data?.data && data.data.publishedAt ? data.data : null;
      },
    }),
    [get]
  );
}
