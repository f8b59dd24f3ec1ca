import * as React from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useForm, useRBAC } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS, UID } from '../constants';
import { useDebouncedRequest } from '../utils/use-debounced-request';
import { usePreviewApi } from '../services/preview';
import type { PlatformPreview } from '../services/types';
import { getTranslation } from '../utils/get-translation';
import { previewRequest } from './preview-request';

type PreviewState =
  | { status: 'loading'; previous: PlatformPreview[] | null }
  | { status: 'done'; platforms: PlatformPreview[] }
  | { status: 'error'; message: string };

/** Asks the server for the preview ~400 ms after the last keystroke; a newer request aborts the older one. */
function usePlatformPreview(documentId: string | undefined, enabled: boolean): PreviewState {
  const values = useForm('ClearpostPlatformPreviewPanel', (state) => state.values) as Record<string, unknown>;
  const { preview } = usePreviewApi();
  const request = React.useMemo(() => previewRequest(values ?? {}, documentId), [values, documentId]);
  const state = useDebouncedRequest(
    JSON.stringify(request),
    enabled ? (signal) => preview(request, signal) : null,
    'The preview could not be loaded.'
  );
  if (state.status === 'idle') return { status: 'loading', previous: null };
  if (state.status === 'done') return { status: 'done', platforms: state.value };
  return state;
}

const PlatformCard = ({ preview }: { preview: PlatformPreview }) => {
  const { formatMessage, formatNumber } = useIntl();
  const name = formatMessage({ id: getTranslation(`preview.platform.${preview.platform}`), defaultMessage: preview.platform });
  return (
    <Box
      padding={3}
      hasRadius
      borderColor={preview.overLimit ? 'danger600' : 'neutral200'}
      background="neutral0"
      data-testid={`clearpost-preview-${preview.platform}`}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex justifyContent="space-between" gap={2}>
          <Typography variant="sigma" textColor="neutral800" tag="h3">
            {name}
          </Typography>
          <Typography
            variant="pi"
            fontWeight="bold"
            textColor={preview.overLimit ? 'danger600' : 'neutral600'}
            data-testid={`clearpost-preview-count-${preview.platform}`}
          >
            {formatMessage(
              { id: getTranslation('preview.count'), defaultMessage: '{length} / {limit}' },
              { length: formatNumber(preview.length), limit: formatNumber(preview.limit) }
            )}
          </Typography>
        </Flex>
        {preview.overLimit ? (
          <Flex gap={1}>
            <WarningCircle fill="danger600" aria-hidden />
            <Typography variant="pi" textColor="danger600" data-testid={`clearpost-preview-over-${preview.platform}`}>
              {formatMessage(
                {
                  id: getTranslation('preview.over-limit'),
                  defaultMessage: 'Too long by {excess, plural, one {# character} other {# characters}}',
                },
                { excess: preview.length - preview.limit }
              )}
            </Typography>
          </Flex>
        ) : null}
        {preview.text.trim() === '' ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('preview.empty-text'), defaultMessage: 'No text yet.' })}
          </Typography>
        ) : (
          <Typography
            variant="omega"
            textColor="neutral800"
            tag="p"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid={`clearpost-preview-text-${preview.platform}`}
          >
            {preview.text}
          </Typography>
        )}
        {preview.link ? (
          <Typography variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
            {formatMessage(
              { id: getTranslation('preview.link-card'), defaultMessage: 'Link card: {link}' },
              { link: preview.link }
            )}
          </Typography>
        ) : null}
        {preview.images.map((image) => (
          <Flex key={image.url} direction="column" alignItems="flex-start" gap={1}>
            <img
              src={image.url}
              alt={image.altText}
              style={{ maxHeight: 96, maxWidth: '100%', objectFit: 'contain', borderRadius: 4 }}
            />
            {image.isRendition ? null : (
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(
                  { id: getTranslation('preview.original-image'), defaultMessage: 'Original image: no {platform} rendition yet' },
                  { platform: name }
                )}
              </Typography>
            )}
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};

const PlatformPreviewContent = ({ documentId }: { documentId?: string }) => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC({ check: PERMISSIONS.check });
  const state = usePlatformPreview(documentId, !isLoading && allowedActions.canCheck === true);

  if (isLoading)
    return <Loader small>{formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Loading' })}</Loader>;
  if (!allowedActions.canCheck) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('preview.no-permission'),
          defaultMessage: 'You are not allowed to see the platform preview.',
        })}
      </Typography>
    );
  }
  if (state.status === 'error') {
    return (
      <Flex gap={2} role="status">
        <WarningCircle fill="danger600" aria-hidden />
        <Typography variant="pi" textColor="danger600">
          {state.message}
        </Typography>
      </Flex>
    );
  }
  const platforms = state.status === 'done' ? state.platforms : state.previous;
  if (platforms === null)
    return (
      <Loader small>{formatMessage({ id: getTranslation('preview.loading'), defaultMessage: 'Loading the preview…' })}</Loader>
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="clearpost-preview-panel">
      {platforms.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('preview.no-platforms'), defaultMessage: 'No target platform selected.' })}
        </Typography>
      ) : (
        platforms.map((preview) => <PlatformCard key={preview.platform} preview={preview} />)
      )}
    </Flex>
  );
};

/** The "Platform preview" side panel of a post's edit view: each target platform's text, length and images. */
export const PlatformPreviewPanel: PanelComponent = ({ model, documentId, activeTab }: PanelComponentProps) => {
  // Description components are rendered as hooks by the Content Manager, like its own panels.
  const { formatMessage } = useIntl();
  if (model !== UID.post || activeTab === 'published') return null;
  return {
    title: formatMessage({ id: getTranslation('preview.title'), defaultMessage: 'Platform preview' }),
    content: <PlatformPreviewContent documentId={documentId} />,
  };
};
