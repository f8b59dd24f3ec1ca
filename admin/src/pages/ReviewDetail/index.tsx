import * as React from 'react';
import { Badge, Box, Button, Flex, Grid, LinkButton, Modal, Typography } from '@strapi/design-system';
import { ArrowClockwise, Check, Pencil } from '@strapi/icons';
import { BackButton, Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router-dom';
import { BASE_PATH } from '../../components/ClearpostNav';
import { FindingsList, type LocatedFinding } from '../../components/FindingsList';
import { TextDiff } from '../../components/TextDiff';
import { OverrideButton } from '../../components/OverrideButton';
import { PERMISSIONS, UID } from '../../constants';
import { canOverride, withOverrides } from '../../utils/overrides';
import { RequestChangesForm } from '../../content-manager/review-actions';
import { apiErrorMessage } from '../../services/api-error';
import { usePostsApi } from '../../services/posts';
import { useReviewApi } from '../../services/review';
import type { PostSummary } from '../../services/types';
import { getTranslation } from '../../utils/get-translation';
import { personName } from '../../utils/people';

/** The text a stored finding's field refers to, so the snippet can show it in context. */
function fieldText(post: PostSummary, field: string): string | undefined {
  if (field === 'body') return post.body ?? '';
  const variant = /^variants\.(\d+)\.text$/.exec(field);
  if (variant) return post.variants?.[Number(variant[1])]?.text ?? undefined;
  return undefined;
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

export const ReviewDetailPage = () => {
  const { documentId = '' } = useParams<{ documentId: string }>();
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const posts = usePostsApi();
  const review = useReviewApi();
  const [draft, setDraft] = React.useState<PostSummary | null>(null);
  const [live, setLive] = React.useState<PostSummary | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [askingChanges, setAskingChanges] = React.useState(false);
  const [version, setVersion] = React.useState(0);
  const { allowedActions } = useRBAC({ override: PERMISSIONS.override });

  React.useEffect(() => {
    let active = true;
    Promise.all([posts.draft(documentId), posts.published(documentId).catch(() => null)])
      .then(([current, published]) => {
        if (!active) return;
        setDraft(current);
        setLive(published);
      })
      .catch((error) => {
        if (!active) return;
        setFailed(true);
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the post.') });
      });
    return () => {
      active = false;
    };
  }, [posts, documentId, toggleNotification, version]);

  if (failed) return <Page.Error />;
  if (!draft) return <Page.Loading />;

  const findings: LocatedFinding[] = withOverrides(
    (draft.complianceReport?.findings ?? []).map((finding) => ({ ...finding, source: fieldText(draft, finding.field) })),
    draft.complianceOverrides
  );
  const renderOverride = allowedActions.canOverride
    ? (finding: LocatedFinding) => (canOverride(finding) ? <OverrideButton documentId={draft.documentId} finding={finding} onDone={() => setVersion((v) => v + 1)} /> : null)
    : undefined;
  const status = draft.reviewStatus ?? 'draft';
  const editUrl = `/content-manager/collection-types/${UID.post}/${draft.documentId}`;

  const approve = async () => {
    setBusy(true);
    try {
      await review.approve(draft.documentId);
      toggleNotification({ type: 'success', message: formatMessage({ id: getTranslation('actions.approve.success'), defaultMessage: 'Approved. The post can be published.' }) });
      setVersion((v) => v + 1);
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Approving failed.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{draft.title}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={BASE_PATH} />}
        title={draft.title}
        subtitle={formatMessage(
          { id: getTranslation('detail.subtitle'), defaultMessage: 'By {author}, last edited {date}' },
          { author: personName(draft.createdBy) ?? '—', date: new Date(draft.updatedAt).toLocaleString() }
        )}
        primaryAction={
          status === 'in-review' ? (
            <Flex gap={2}>
              <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => setAskingChanges(true)}>
                {formatMessage({ id: getTranslation('actions.request-changes'), defaultMessage: 'Request changes' })}
              </Button>
              <Button startIcon={<Check />} onClick={approve} loading={busy}>
                {formatMessage({ id: getTranslation('actions.approve'), defaultMessage: 'Approve' })}
              </Button>
            </Flex>
          ) : null
        }
        secondaryAction={
          <LinkButton tag={Link} to={editUrl} variant="tertiary" startIcon={<Pencil />}>
            {formatMessage({ id: getTranslation('detail.edit'), defaultMessage: 'Open in Content Manager' })}
          </LinkButton>
        }
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={7} s={12} direction="column" alignItems="stretch" gap={4}>
            <Section
              title={
                live
                  ? formatMessage({ id: getTranslation('detail.changes'), defaultMessage: 'Changes since the published version' })
                  : formatMessage({ id: getTranslation('detail.body'), defaultMessage: 'Text' })
              }
            >
              {live ? (
                live.body === draft.body ? (
                  <Typography textColor="neutral600">
                    {formatMessage({ id: getTranslation('detail.no-changes'), defaultMessage: 'The text is the same as the published version.' })}
                  </Typography>
                ) : (
                  <TextDiff before={live.body ?? ''} after={draft.body ?? ''} />
                )
              ) : (
                <Typography tag="p" textColor="neutral800" style={{ whiteSpace: 'pre-wrap' }} data-testid="clearpost-body">
                  {draft.body}
                </Typography>
              )}
              {(draft.variants ?? []).map((variant, index) => (
                <Box key={index} paddingTop={2}>
                  <Typography variant="sigma" textColor="neutral600" tag="h3">
                    {formatMessage({ id: getTranslation('detail.variant'), defaultMessage: 'Variant for {platform}' }, { platform: variant.platform ?? '—' })}
                  </Typography>
                  <Typography tag="p" textColor="neutral800" style={{ whiteSpace: 'pre-wrap' }}>
                    {variant.text}
                  </Typography>
                </Box>
              ))}
            </Section>
          </Grid.Item>
          <Grid.Item col={5} s={12} direction="column" alignItems="stretch" gap={4}>
            <Section title={formatMessage({ id: getTranslation('detail.status'), defaultMessage: 'Status' })}>
              <Flex gap={2}>
                <Badge data-testid="clearpost-review-status">{formatMessage({ id: getTranslation(`review-status.${status}`), defaultMessage: status })}</Badge>
              </Flex>
              {draft.approvedByName && draft.approvedAt ? (
                <Typography variant="pi" textColor="neutral700">
                  {formatMessage(
                    { id: getTranslation('detail.approved-by'), defaultMessage: 'Approved by {name} on {date}' },
                    { name: draft.approvedByName, date: new Date(draft.approvedAt).toLocaleString() }
                  )}
                </Typography>
              ) : null}
              <Flex>
                <LinkButton tag={Link} to={`${BASE_PATH}/audit?documentId=${encodeURIComponent(draft.documentId)}`} variant="tertiary" size="S">
                  {formatMessage({ id: getTranslation('detail.history'), defaultMessage: 'History in the audit trail' })}
                </LinkButton>
              </Flex>
            </Section>
            <Section title={formatMessage({ id: getTranslation('detail.findings'), defaultMessage: 'Findings at submission' })}>
              {findings.length === 0 ? (
                <Typography textColor="success700">
                  {formatMessage({ id: getTranslation('panel.clear'), defaultMessage: 'No compliance findings.' })}
                </Typography>
              ) : (
                <FindingsList findings={findings} showField renderAction={renderOverride} />
              )}
            </Section>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
      <Modal.Root open={askingChanges} onOpenChange={setAskingChanges}>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>{formatMessage({ id: getTranslation('actions.request-changes.title'), defaultMessage: 'Request changes' })}</Modal.Title>
          </Modal.Header>
          <RequestChangesForm documentId={draft.documentId} onClose={() => setAskingChanges(false)} onDone={() => setVersion((v) => v + 1)} />
        </Modal.Content>
      </Modal.Root>
    </Page.Main>
  );
};
