import * as React from 'react';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { UID } from '../constants';
import type {
  HeatmapResponse,
  ImportResponse,
  PlanResponse,
  RejectedRowView,
  RoiSummaryResponse,
} from '../../../server/src/contracts/analytics';

export type { HeatmapResponse, ImportResponse, PlanResponse, RejectedRowView, RoiSummaryResponse };

export type UploadPhase = { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

/** What a refused import says: the message, and the rows it rejected (when it got that far). */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly rejected: RejectedRowView[],
    readonly rejectedCount: number
  ) {
    super(message);
    this.name = 'ImportRefused';
  }
}

const backendUrl = (): string => (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';

/**
 * Sends the CSV with XMLHttpRequest rather than the fetch client: only XHR reports upload progress.
 * After the last byte the server still parses and stores, which the caller shows as "processing".
 */
function uploadCsv(token: string | null, form: FormData, onProgress: (phase: UploadPhase) => void): Promise<ImportResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${backendUrl()}/clearpost/analytics/import`);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) =>
      onProgress({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onerror = () => reject(new ImportRefused('The upload failed: the server could not be reached.', [], 0));
    xhr.onload = () => {
      let body: {
        data?: ImportResponse;
        error?: { message?: string; details?: { rejected?: RejectedRowView[]; rejectedCount?: number } };
      } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body?.data) return resolve(body.data);
      const details = body?.error?.details;
      reject(
        new ImportRefused(
          body?.error?.message ?? `The import failed (HTTP ${xhr.status}).`,
          details?.rejected ?? [],
          details?.rejectedCount ?? details?.rejected?.length ?? 0
        )
      );
    };
    xhr.send(form);
  });
}

/** Analytics: CSV import with progress, ROI per channel, the weekday × hour heatmap, and a post's plan. */
export function useAnalyticsApi() {
  const { get, post } = useFetchClient();
  const token = useAuth('ClearpostAnalytics', (auth) => auth.token);
  return React.useMemo(
    () => ({
      importCsv: (file: File, fields: { channelId: string; skipBadRows: boolean }, onProgress: (phase: UploadPhase) => void) => {
        const form = new FormData();
        form.append('channelId', fields.channelId);
        if (fields.skipBadRows) form.append('skipBadRows', 'true');
        form.append('file', file, file.name);
        return uploadCsv(token, form, onProgress);
      },
      roi: async () => (await get<{ data: RoiSummaryResponse }>('/clearpost/analytics/roi')).data.data,
      heatmap: async (channelId: string) =>
        (await get<{ data: HeatmapResponse }>('/clearpost/analytics/heatmap', { params: { channelId } })).data.data,
      /** Recent posts to plan, through the Content Manager API so the reader's own content permissions apply. */
      recentPosts: async () =>
        (
          await get<{ results: Array<{ documentId: string; title: string | null }> }>(
            `/content-manager/collection-types/${UID.post}`,
            {
              params: { page: 1, pageSize: 50, sort: 'updatedAt:DESC' },
            }
          )
        ).data.results,
      plan: async (postDocumentId: string) =>
        (await post<{ data: PlanResponse }>(`/clearpost/posts/${encodeURIComponent(postDocumentId)}/plan`, {})).data.data,
    }),
    [get, post, token]
  );
}
