import * as React from 'react';
import { Badge, Box, Flex, Loader, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import { useForm, useRBAC } from '@strapi/strapi/admin';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { CHECKED_MODELS, CHECK_DEBOUNCE_MS, PERMISSIONS, UID } from '../constants';
import { FindingsList, type LocatedFinding } from '../components/FindingsList';
import { apiErrorMessage, isAbort } from '../services/api-error';
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
  const key = JSON.stringify(texts);
  const [state, setState] = React.useState<CheckState>({ status: 'idle' });

  React.useEffect(() => {
    if (!enabled) return undefined;
    if (texts.length === 0) {
      setState({ status: 'done', findings: [] });
      return undefined;
    }
    const controller = new AbortController();
    setState((previous) => ({ status: 'checking', previous: previous.status === 'done' ? previous.findings : previous.status === 'checking' ? previous.previous : null }));
    const timer = window.setTimeout(async () => {
      try {
        const reports = await Promise.all(texts.map(({ request }) => check(request, controller.signal)));
        const findings = reports.flatMap((report, index) =>
          report.findings.map((finding): LocatedFinding => ({ ...finding, field: texts[index].field, source: texts[index].request.text }))
        );
        if (!controller.signal.aborted) setState({ status: 'done', findings });
      } catch (error) {
        if (isAbort(error) || controller.signal.aborted) return;
        setState({ status: 'error', message: apiErrorMessage(error, 'The compliance check failed.') });
      }
    }, CHECK_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for `texts`: re-check only when a checked text changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled, check]);

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

const CompliancePanelContent = ({ model, reviewStatus }: { model: string; reviewStatus?: string | null }) => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC({ check: PERMISSIONS.check });
  const state = useLiveCheck(model, !isLoading && allowedActions.canCheck === true);

  if (isLoading) return <Loader small>{formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Loading' })}</Loader>;
  if (!allowedActions.canCheck) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('panel.no-permission'), defaultMessage: 'You are not allowed to run the compliance check.' })}
      </Typography>
    );
  }

  const findings = state.status === 'done' ? state.findings : state.status === 'checking' ? state.previous : null;
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
          <Typography variant="pi" fontWeight="bold" textColor={blocking > 0 ? 'danger600' : 'warning600'} data-testid="clearpost-check-summary">
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
      {findings && findings.length > 0 ? <FindingsList findings={findings} showField={model === UID.post} /> : null}
    </Flex>
  );
};

/** The "Compliance" side panel of the edit view of posts, reply templates and image assets. */
export const CompliancePanel: PanelComponent = ({ model, document, activeTab }: PanelComponentProps) => {
  // Description components are rendered as hooks by the Content Manager, like its own panels.
  const { formatMessage } = useIntl();
  if (!CHECKED_MODELS.includes(model) || activeTab === 'published') return null;
  const reviewStatus = (document as { reviewStatus?: string | null } | undefined)?.reviewStatus;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Compliance' }),
    content: <CompliancePanelContent model={model} reviewStatus={reviewStatus} />,
  };
};
