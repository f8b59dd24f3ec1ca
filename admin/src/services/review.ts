import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ApproveResponse, OverrideRequest, RequestChangesRequest, RequestChangesResponse, SubmitResponse } from './types';

const path = (documentId: string, action: string) => `/clearpost/posts/${encodeURIComponent(documentId)}/${action}`;

/** The review workflow on a post: submit, approve, request changes. */
export function useReviewApi() {
  const { post } = useFetchClient();
  return React.useMemo(
    () => ({
      submit: async (documentId: string) => (await post<SubmitResponse>(path(documentId, 'submit'), {})).data.data,
      approve: async (documentId: string) => (await post<ApproveResponse>(path(documentId, 'approve'), {})).data.data,
      requestChanges: async (documentId: string, body: RequestChangesRequest) =>
        (await post<RequestChangesResponse>(path(documentId, 'request-changes'), body)).data.data,
      override: async (documentId: string, body: OverrideRequest) => (await post<{ data: unknown }>(path(documentId, 'overrides'), body)).data.data,
    }),
    [post]
  );
}
