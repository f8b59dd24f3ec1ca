import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AuditEvent, ChainVerdict } from './types';

/** The audit trail: a document's events, the chain check, and the CSV export. */
export function useAuditApi() {
  const { get } = useFetchClient();
  return React.useMemo(
    () => ({
      list: async (documentId?: string) =>
        (await get<{ data: AuditEvent[] }>('/clearpost/audit', { params: documentId ? { documentId } : {} })).data.data,
      verify: async () => (await get<{ data: ChainVerdict }>('/clearpost/audit/verify')).data.data,
      /** The CSV as a Blob: the route needs the admin token, so a plain link cannot download it. */
      exportCsv: async (documentId?: string) =>
        (await get<Blob>('/clearpost/audit/export', { params: documentId ? { documentId } : {}, responseType: 'blob' })).data,
    }),
    [get]
  );
}
