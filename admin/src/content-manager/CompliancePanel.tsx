import * as React from 'react';
import { Badge, Box, Flex, Loader, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import { useForm, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import {
  buildValidParams,
  unstable_useDocument as useDocument,
  type PanelComponent,
  type PanelComponentProps,
} from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { CHECKED_MODELS, PERMISSIONS, UID } from '../constants';
import { FindingsList, type LocatedFinding } from '../components/FindingsList';
import { OverrideButton } from '../components/OverrideButton';
import type { ReviewComment } from '../services/types';
import { canOverride, withOverrides } from '../utils/overrides';
import { useDebouncedRequest } from '../utils/use-debounced-request';
import { useComplianceApi } from '../services/compliance';
import { getTranslation } from '../utils/get-translation';
import { textsToCheck } from './texts-to-check';

type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; previous: LocatedFinding[] | null }
  | { status: 'done'; findings: LocatedFinding[] }
  | { status: 'error'; message: string };

/** Re-runs the live check on the form's texts, ~400 ms after the last keystroke. */
function useLiveCheck(model: string, enabled: boolean): CheckState {
  const values = useForm('ClearpostCompliancePanel', (state) => state.values) as Record<string, unknown>;
  const { check } = useComplianceApi();
  const texts = React.useMemo(() => textsToCheck(model, values ?? {}), [model, values]);
  const state = useDebouncedRequest(
    JSON.stringify(texts),
    enabled
      ? async (signal) => {
          const reports = await Promise.all(texts.map(({ request }) => check(request, signal)));
          return reports.flatMap((report, index) =>
            report.findings.map(
              (finding): LocatedFinding => ({ ...finding, field: texts[index].field, source: texts[index].request.text })
            )
          );
        }
      : null,
    'The compliance check failed.',
    texts.length === 0 ? [] : undefined
  );
  if (state.status === 'loading') return { status: 'checking', previous: state.previous };
  if (state.status === 'done') return { status: 'done', findings: state.value };
  return state;
}

const ReviewStatusBadge = ({ status }: { status: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge data-testid="clearpost-review-status">
      {formatMessage({ id: getTranslation(`review-status.${status}`), defaultMessage: status })}
    </Badge>
  );
};

/** What the reviewer said when sending the post back; editors cannot read the audit trail, so it is shown here. */
const ReviewCommentNote = ({ comment }: { comment: ReviewComment }) => {
  const { formatMessage, formatDate } = useIntl();
  return (
    <Box padding={3} hasRadius background="warning100" borderColor="warning200" data-testid="clearpost-review-comment">
      <Typography variant="pi" fontWeight="bold" textColor="neutral800" tag="p">
        {formatMessage(
          { id: getTranslation('panel.changes-requested-by'), defaultMessage: 'Changes requested by {name} on {date}:' },
          { name: comment.by, date: formatDate(comment.at, { dateStyle: 'medium', timeStyle: 'short' }) }
        )}
      </Typography>
      <Typography variant="pi" textColor="neutral800" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
        {comment.comment}
      </Typography>
    </Box>
  );
};

interface PanelContentProps {
  model: string;
  documentId?: string;
  collectionType: string;
  document?: { reviewStatus?: string | null; reviewComment?: ReviewComment | null; complianceOverrides?: unknown };
}

const CompliancePanelContent = ({ model, documentId, collectionType, document }: PanelContentProps) => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC({ check: PERMISSIONS.check, override: PERMISSIONS.override });
  const state = useLiveCheck(model, !isLoading && allowedActions.canCheck === true);
  const [{ query }] = useQueryParams();
  const params = React.useMemo(() => buildValidParams(query ?? {}), [query]);
  // Same arguments as the edit view's own query, so a refetch shows the override in the form's document.
  const { refetch } = useDocument({ collectionType, model, documentId, params }, { skip: !documentId || model !== UID.post });
  const reviewStatus = document?.reviewStatus;
  const overridable = model === UID.post && Boolean(documentId) && allowedActions.canOverride === true;

  if (isLoading)
    return <Loader small>{formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Loading' })}</Loader>;
  if (!allowedActions.canCheck) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: getTranslation('panel.no-permission'),
          defaultMessage: 'You are not allowed to run the compliance check.',
        })}
      </Typography>
    );
  }

  const live = state.status === 'done' ? state.findings : state.status === 'checking' ? state.previous : null;
  const findings = live && model === UID.post ? withOverrides(live, document?.complianceOverrides) : live;
  const blocking = findings?.filter((f) => f.severity === 'block').length ?? 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="clearpost-compliance-panel">
      {model === UID.post && reviewStatus ? (
        <Flex gap={2}>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('panel.review-status'), defaultMessage: 'Review:' })}
          </Typography>
          <ReviewStatusBadge status={reviewStatus} />
        </Flex>
      ) : null}
      {model === UID.post && reviewStatus === 'changes-requested' && document?.reviewComment ? (
        <ReviewCommentNote comment={document.reviewComment} />
      ) : null}
      <Box role="status" aria-live="polite">
        {state.status === 'error' ? (
          <Flex gap={2}>
            <WarningCircle fill="danger600" aria-hidden />
            <Typography variant="pi" textColor="danger600">
              {state.message}
            </Typography>
          </Flex>
        ) : findings === null ? (
          <Loader small>{formatMessage({ id: getTranslation('panel.checking'), defaultMessage: 'Checking…' })}</Loader>
        ) : findings.length === 0 ? (
          <Flex gap={2}>
            <CheckCircle fill="success600" aria-hidden />
            <Typography variant="pi" textColor="success700" data-testid="clearpost-check-clear">
              {formatMessage({ id: getTranslation('panel.clear'), defaultMessage: 'No compliance findings.' })}
            </Typography>
          </Flex>
        ) : (
          <Typography
            variant="pi"
            fontWeight="bold"
            textColor={blocking > 0 ? 'danger600' : 'warning600'}
            data-testid="clearpost-check-summary"
          >
            {formatMessage(
              {
                id: getTranslation('panel.summary'),
                defaultMessage: '{count, plural, one {# finding} other {# findings}}, {blocking} blocking publish',
              },
              { count: findings.length, blocking }
            )}
          </Typography>
        )}
        {state.status === 'checking' && findings !== null ? (
          <Typography variant="pi" textColor="neutral500">
            {formatMessage({ id: getTranslation('panel.rechecking'), defaultMessage: 'Re-checking…' })}
          </Typography>
        ) : null}
      </Box>
      {findings && findings.length > 0 ? (
        <FindingsList
          findings={findings}
          showField={model === UID.post}
          renderAction={
            overridable
              ? (finding) =>
                  canOverride(finding) ? (
                    <OverrideButton documentId={documentId!} finding={finding} onDone={() => refetch()} />
                  ) : null
              : undefined
          }
        />
      ) : null}
    </Flex>
  );
};

/** The "Compliance" side panel of the edit view of posts, reply templates and image assets. */
export const CompliancePanel: PanelComponent = ({
  model,
  document,
  documentId,
  collectionType,
  activeTab,
}: PanelComponentProps) => {
  // Description components are rendered as hooks by the Content Manager, like its own panels.
  const { formatMessage } = useIntl();
  if (!CHECKED_MODELS.includes(model) || activeTab === 'published') return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Compliance' }),
    content: (
      <CompliancePanelContent
        model={model}
        documentId={documentId}
        collectionType={collectionType}
        document={document as PanelContentProps['document']}
      />
    ),
  };
};
