import * as React from 'react';
import {
  Box,
  Button,
  Flex,
  LinkButton,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import { ArrowClockwise, Eye, Upload } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { BASE_PATH } from '../../components/ClearpostNav';
import { FeedbackStatusBadge, Rating, SentimentBadge } from '../../components/FeedbackBadges';
import { FEEDBACK_STATUSES, PERMISSIONS } from '../../constants';
import { apiErrorMessage } from '../../services/api-error';
import { useFeedbackApi, type FeedbackView } from '../../services/feedback';
import { getTranslation } from '../../utils/get-translation';
import { EmptyState } from '../../components/EmptyState';
import { TableHeader } from '../../components/TableHeader';

const EXCERPT = 140;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

function ageLabel(hours: number): { value: number; unit: 'hour' | 'day' } {
  return hours < 48 ? { value: Math.max(0, Math.round(hours)), unit: 'hour' } : { value: Math.round(hours / 24), unit: 'day' };
}

/** Patient feedback, negative first and oldest first within it (the server's order), with intake actions. */
export const InboxPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useFeedbackApi();
  const { allowedActions } = useRBAC({ import: PERMISSIONS.feedbackImport });
  const [status, setStatus] = React.useState<string>('');
  const [rows, setRows] = React.useState<FeedbackView[] | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const load = React.useCallback(async () => {
    try {
      setRows(await api.list(status ? { status: status as FeedbackView['status'] } : {}));
    } catch (error) {
      setFailed(true);
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the inbox.') });
    }
  }, [api, status, toggleNotification]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const result = await api.importCsv(file);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          {
            id: getTranslation('inbox.import.done'),
            defaultMessage: 'Imported {created} new item(s); {duplicates} already in the inbox.',
          },
          { created: result.created, duplicates: result.duplicates }
        ),
      });
      await load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'The import failed; nothing was stored.') });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const pull = async () => {
    setBusy(true);
    try {
      const result = await api.pull();
      const failedChannels = result.channels.filter((c) => c.error);
      toggleNotification({
        type: failedChannels.length > 0 ? 'warning' : 'success',
        message: formatMessage(
          {
            id: getTranslation('inbox.pull.done'),
            defaultMessage:
              'Pulled {created} new comment(s) from {channels} channel(s).{failed, plural, =0 {} other { # channel(s) failed.}}',
          },
          { created: result.created, channels: result.channels.length, failed: failedChannels.length }
        ),
      });
      await load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not pull comments.') });
    } finally {
      setBusy(false);
    }
  };

  const title = formatMessage({ id: getTranslation('inbox.title'), defaultMessage: 'Feedback inbox' });
  if (failed) return <Page.Error />;
  if (rows === null) return <Page.Loading />;
  const column = (id: string, fallback: string) =>
    formatMessage({ id: getTranslation(`inbox.column.${id}`), defaultMessage: fallback });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage(
          {
            id: getTranslation('inbox.subtitle'),
            defaultMessage: '{count, plural, =0 {Nothing here} one {# item} other {# items}}, negative feedback first',
          },
          { count: rows.length }
        )}
        primaryAction={
          allowedActions.canImport ? (
            <Flex gap={2}>
              <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={pull} disabled={busy}>
                {formatMessage({ id: getTranslation('inbox.pull'), defaultMessage: 'Pull comments' })}
              </Button>
              <Button startIcon={<Upload />} onClick={() => fileInput.current?.click()} disabled={busy}>
                {formatMessage({ id: getTranslation('inbox.import'), defaultMessage: 'Import CSV' })}
              </Button>
              <VisuallyHidden>
                <input
                  ref={fileInput}
                  type="file"
                  accept=".csv,text/csv"
                  aria-label={formatMessage({ id: getTranslation('inbox.import.file'), defaultMessage: 'Feedback CSV file' })}
                  data-testid="clearpost-feedback-file"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    if (file) void importFile(file);
                  }}
                />
              </VisuallyHidden>
            </Flex>
          ) : undefined
        }
      />
      <Layouts.Action
        startActions={
          <Box minWidth="240px">
            <SingleSelect
              aria-label={formatMessage({ id: getTranslation('inbox.filter.status'), defaultMessage: 'Status' })}
              placeholder={formatMessage({ id: getTranslation('inbox.filter.all'), defaultMessage: 'All statuses' })}
              value={status}
              onChange={(value: string | number) => setStatus(String(value))}
              onClear={() => setStatus('')}
            >
              {FEEDBACK_STATUSES.map((value) => (
                <SingleSelectOption key={value} value={value}>
                  {formatMessage({ id: getTranslation(`feedback.status.${value}`), defaultMessage: value })}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
        }
      />
      <Layouts.Content>
        {rows.length === 0 ? (
          <EmptyState>
            {formatMessage({
              id: getTranslation('inbox.empty'),
              defaultMessage:
                'No feedback yet. Reviews and comments arrive through the webhook, a CSV import or a pull from the platforms.',
            })}
          </EmptyState>
        ) : (
          <Table colCount={8} rowCount={rows.length + 1}>
            <TableHeader
              columns={[
                column('sentiment', 'Sentiment'),
                column('from', 'From'),
                column('rating', 'Rating'),
                column('text', 'Feedback'),
                column('concerns', 'Concerns'),
                column('status', 'Status'),
                column('age', 'Waiting'),
                { label: column('actions', 'Actions'), hidden: true },
              ]}
            />
            <Tbody>
              {rows.map((row) => (
                <Tr key={row.documentId} data-testid="clearpost-feedback-row">
                  <Td>
                    <SentimentBadge sentiment={row.sentiment} />
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{row.authorName ?? '—'}</Typography>
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {formatMessage({ id: getTranslation(`feedback.source.${row.source}`), defaultMessage: row.source })}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">
                      <Rating rating={row.rating} />
                    </Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{excerpt(row.text)}</Typography>
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">{row.concerns?.name ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <FeedbackStatusBadge status={row.status} />
                  </Td>
                  <Td>
                    <Typography textColor="neutral800">
                      {formatMessage(
                        {
                          id: getTranslation('inbox.age'),
                          defaultMessage:
                            '{value} {unit, select, hour {{value, plural, one {hour} other {hours}}} other {{value, plural, one {day} other {days}}}}',
                        },
                        ageLabel(row.ageHours)
                      )}
                    </Typography>
                  </Td>
                  <Td>
                    <LinkButton
                      tag={Link}
                      to={`${BASE_PATH}/inbox/${row.documentId}`}
                      variant="secondary"
                      size="S"
                      startIcon={<Eye />}
                      aria-label={formatMessage(
                        { id: getTranslation('inbox.open.label'), defaultMessage: 'Open feedback from {name}' },
                        { name: row.authorName ?? row.source }
                      )}
                    >
                      {formatMessage({ id: getTranslation('inbox.open'), defaultMessage: 'Open' })}
                    </LinkButton>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
