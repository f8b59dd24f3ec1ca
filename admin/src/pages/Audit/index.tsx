import * as React from 'react';
import { Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { CheckCircle, Download, Search, WarningCircle } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { apiErrorMessage } from '../../services/api-error';
import { useAuditApi } from '../../services/audit';
import type { AuditEvent, ChainVerdict } from '../../services/types';
import { getTranslation } from '../../utils/get-translation';
import { EmptyState } from '../../components/EmptyState';

/** How many of the latest events the page lists when no document is chosen. */
const LATEST = 100;

const ChainStatus = ({ verdict }: { verdict: ChainVerdict | null }) => {
  const { formatMessage } = useIntl();
  if (!verdict) return null;
  const intact = verdict.intact;
  return (
    <Box
      padding={4}
      hasRadius
      background={intact ? 'success100' : 'danger100'}
      borderColor={intact ? 'success200' : 'danger200'}
      role="status"
      data-testid="clearpost-chain-status"
    >
      <Flex gap={2}>
        {intact ? <CheckCircle fill="success600" aria-hidden /> : <WarningCircle fill="danger600" aria-hidden />}
        <Typography fontWeight="bold" textColor={intact ? 'success700' : 'danger700'}>
          {verdict.intact
            ? formatMessage(
                {
                  id: getTranslation('audit.chain.intact'),
                  defaultMessage: 'The audit chain is intact ({checked} events checked).',
                },
                { checked: verdict.checked }
              )
            : formatMessage(
                {
                  id: getTranslation('audit.chain.broken'),
                  defaultMessage: 'The audit chain is broken at event {sequence}: {reason}.',
                },
                { sequence: verdict.brokenAt.sequence, reason: verdict.brokenAt.reason }
              )}
        </Typography>
      </Flex>
    </Box>
  );
};

function describe(event: AuditEvent): string {
  const details = event.details as { comment?: string; justification?: string; code?: string } | null;
  const findings = Array.isArray(event.findings) ? event.findings.length : 0;
  const parts = [details?.comment, details?.justification, details?.code, findings > 0 ? `${findings} finding(s)` : null].filter(
    Boolean
  );
  return parts.join(' · ');
}

export const AuditPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const audit = useAuditApi();
  const [searchParams, setSearchParams] = useSearchParams();
  const documentId = searchParams.get('documentId') ?? '';
  const [input, setInput] = React.useState(documentId);
  const [events, setEvents] = React.useState<AuditEvent[] | null>(null);
  const [verdict, setVerdict] = React.useState<ChainVerdict | null>(null);
  const [exporting, setExporting] = React.useState(false);

  React.useEffect(() => {
    let active = true;
    setEvents(null);
    Promise.all([audit.list(documentId || undefined), audit.verify()])
      .then(([list, chain]) => {
        if (!active) return;
        setEvents(documentId ? list : list.slice(-LATEST).reverse());
        setVerdict(chain);
      })
      .catch((error) => {
        if (!active) return;
        setEvents([]);
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the audit trail.') });
      });
    return () => {
      active = false;
    };
  }, [audit, documentId, toggleNotification]);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const blob = await audit.exportCsv(documentId || undefined);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `clearpost-audit${documentId ? `-${documentId}` : ''}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'The export failed.') });
    } finally {
      setExporting(false);
    }
  };

  const title = formatMessage({ id: getTranslation('audit.title'), defaultMessage: 'Audit trail' });
  const searchLabel = formatMessage({ id: getTranslation('audit.document'), defaultMessage: 'Document ID' });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={
          documentId
            ? formatMessage(
                { id: getTranslation('audit.subtitle.document'), defaultMessage: 'History of document {documentId}' },
                { documentId }
              )
            : formatMessage(
                { id: getTranslation('audit.subtitle.latest'), defaultMessage: 'The latest {count} events' },
                { count: LATEST }
              )
        }
        primaryAction={
          <Button startIcon={<Download />} onClick={exportCsv} loading={exporting} variant="secondary">
            {formatMessage({ id: getTranslation('audit.export'), defaultMessage: 'Export CSV' })}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <ChainStatus verdict={verdict} />
          <Box
            tag="form"
            background="neutral0"
            padding={4}
            hasRadius
            shadow="tableShadow"
            onSubmit={(event: React.FormEvent) => {
              event.preventDefault();
              setSearchParams(input.trim() ? { documentId: input.trim() } : {});
            }}
          >
            <Flex gap={2} alignItems="flex-end">
              <Box flex="1">
                <Field.Root name="documentId">
                  <Field.Label>{searchLabel}</Field.Label>
                  <TextInput
                    value={input}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => setInput(event.target.value)}
                    placeholder="e.g. t8x2…"
                  />
                </Field.Root>
              </Box>
              <Button type="submit" startIcon={<Search />} size="L">
                {formatMessage({ id: getTranslation('audit.show'), defaultMessage: 'Show history' })}
              </Button>
            </Flex>
          </Box>
          {events === null ? (
            <Page.Loading />
          ) : events.length === 0 ? (
            <EmptyState>{formatMessage({ id: getTranslation('audit.empty'), defaultMessage: 'No events.' })}</EmptyState>
          ) : (
            <Table colCount={6} rowCount={events.length + 1}>
              <Thead>
                <Tr>
                  {['sequence', 'when', 'action', 'actor', 'document', 'details'].map((column) => (
                    <Th key={column}>
                      <Typography variant="sigma">
                        {formatMessage({ id: getTranslation(`audit.column.${column}`), defaultMessage: column })}
                      </Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {events.map((event) => (
                  <Tr key={event.sequence} data-testid="clearpost-audit-row">
                    <Td>
                      <Typography textColor="neutral800">{event.sequence}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {formatDate(event.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography fontWeight="bold" textColor="neutral800">
                        {formatMessage({ id: getTranslation(`audit.action.${event.action}`), defaultMessage: event.action })}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">{event.actorName ?? '—'}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">{event.subjectDocumentId ?? '—'}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">{describe(event)}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
