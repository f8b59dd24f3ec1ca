import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  DraftReplyRequest,
  FeedbackListQuery,
  FeedbackView,
  FiguresQuery,
  FiguresResponse,
  FraudFlagRequest,
  FraudReverseRequest,
  IntakeResult,
  PullResult,
  SendResult,
  TakeOfflineRequest,
} from '../../../server/src/contracts/feedback';

export type { FeedbackView, FiguresResponse, IntakeResult, PullResult, SendResult };

export interface ContactOption {
  documentId: string;
  name: string;
  kind: string;
}

export interface ReplyTemplateOption {
  documentId: string;
  name: string;
  category: string;
}

const item = (documentId: string, action = '') => `/clearpost/feedback/${encodeURIComponent(documentId)}${action ? `/${action}` : ''}`;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The feedback inbox's admin API (server/src/routes/admin/feedback-routes.ts). */
export function useFeedbackApi() {
  const { get, post } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (filter: FeedbackListQuery = {}) => (await get<{ data: FeedbackView[] }>(`/clearpost/feedback${query(filter)}`)).data.data,
      findOne: async (documentId: string) => (await get<{ data: FeedbackView }>(item(documentId))).data.data,
      figures: async (params: FiguresQuery) => (await get<{ data: FiguresResponse }>(`/clearpost/feedback/figures${query(params)}`)).data.data,
      draft: async (documentId: string, body: DraftReplyRequest) => (await post<{ data: FeedbackView }>(item(documentId, 'draft'), body)).data.data,
      send: async (documentId: string) => (await post<{ data: SendResult }>(item(documentId, 'send'), {})).data.data,
      approve: async (documentId: string) => (await post<{ data: SendResult }>(item(documentId, 'approve'), {})).data.data,
      takeOffline: async (documentId: string, body: TakeOfflineRequest) => (await post<{ data: FeedbackView }>(item(documentId, 'take-offline'), body)).data.data,
      flagFraud: async (documentId: string, body: FraudFlagRequest) => (await post<{ data: FeedbackView }>(item(documentId, 'fraud-flag'), body)).data.data,
      approveFraud: async (documentId: string) => (await post<{ data: FeedbackView }>(item(documentId, 'fraud-flag/approve'), {})).data.data,
      reverseFraud: async (documentId: string, body: FraudReverseRequest) => (await post<{ data: FeedbackView }>(item(documentId, 'fraud-flag/reverse'), body)).data.data,
      importCsv: async (file: File) => {
        const form = new FormData();
        form.append('file', file);
        return (await post<{ data: IntakeResult }>('/clearpost/feedback/import', form)).data.data;
      },
      pull: async () => (await post<{ data: PullResult }>('/clearpost/feedback/pull', {})).data.data,
      /** Published reply templates, through the Content Manager (editors can read them there). */
      templates: async (): Promise<ReplyTemplateOption[]> => {
        const { data } = await get<{ results: ReplyTemplateOption[] }>(
          '/content-manager/collection-types/plugin::clearpost.reply-template?page=1&pageSize=100&status=published&sort=name:ASC'
        );
        return data.results.map(({ documentId, name, category }) => ({ documentId, name, category }));
      },
      /** Providers and departments a reply can route to (the directory), through the Content Manager. */
      contacts: async (): Promise<ContactOption[]> => {
        const { data } = await get<{ results: ContactOption[] }>(
          '/content-manager/collection-types/plugin::clearpost.directory-entry?page=1&pageSize=200&sort=name:ASC'
        );
        return data.results.filter((c) => c.kind !== 'location').map(({ documentId, name, kind }) => ({ documentId, name, kind }));
      },
    }),
    [get, post]
  );
}
