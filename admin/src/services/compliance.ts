import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { LiveCheckRequest, LiveCheckResponse } from './types';

/** POST /clearpost/compliance/check: the engine's findings for one text. */
export function useComplianceApi() {
  const { post } = useFetchClient();
  const check = React.useCallback(
    async (body: LiveCheckRequest, signal?: AbortSignal): Promise<LiveCheckResponse> => {
      const { data } = await post<LiveCheckResponse>('/clearpost/compliance/check', body, { signal });
      return data;
    },
    [post]
  );
  return { check };
}
