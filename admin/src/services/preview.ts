import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PlatformPreview, PreviewRequest, PreviewResponse } from './types';

/** POST /clearpost/posts/preview: what each target platform will show for the form's values. */
export function usePreviewApi() {
  const { post } = useFetchClient();
  const preview = React.useCallback(
    async (body: PreviewRequest, signal?: AbortSignal): Promise<PlatformPreview[]> => {
      const { data } = await post<PreviewResponse>('/clearpost/posts/preview', body, { signal });
      return data.data.platforms;
    },
    [post]
  );
  return { preview };
}
