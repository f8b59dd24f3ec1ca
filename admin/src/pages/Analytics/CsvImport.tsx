import * as React from 'react';
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  ProgressBar,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { ImportRefused, useAnalyticsApi, type ImportResponse, type UploadPhase } from '../../services/analytics';
import { rowProblems, type RowProblem } from './rejected-rows';
import { TableHeader } from '../../components/TableHeader';
import { useTranslate } from '../../utils/use-translate';

interface Props {
  channels: Array<{ channelDocumentId: string; name: string; platform: string }>;
  onImported: () => void;
}

type Outcome =
  | { kind: 'done'; result: ImportResponse }
  | { kind: 'refused'; message: string; problems: RowProblem[]; rejectedCount: number };

const ProblemTable = ({ problems }: { problems: RowProblem[] }) => {
  const t = useTranslate();
  return (
    <Table colCount={3} rowCount={problems.length + 1} data-testid="clearpost-import-errors">
      <TableHeader
        columns={[
          t('analytics.import.column.row', 'Row'),
          t('analytics.import.column.column', 'Column'),
          t('analytics.import.column.message', 'Problem'),
        ]}
      />
      <Tbody>
        {problems.map((problem, i) => (
          <Tr key={`${problem.line}-${i}`} data-testid="clearpost-import-error-row">
            <Td>
              <Typography textColor="neutral800">{problem.line}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{problem.column ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{problem.message}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/** Upload an analytics export for one channel; shows upload progress, then the server's verdict row by row. */
export const CsvImport = ({ channels, onImported }: Props) => {
  const analytics = useAnalyticsApi();
  const [channelId, setChannelId] = React.useState<string>('');
  const [file, setFile] = React.useState<File | null>(null);
  const [skipBadRows, setSkipBadRows] = React.useState(false);
  const [phase, setPhase] = React.useState<UploadPhase | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const t = useTranslate();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file || !channelId) return;
    setOutcome(null);
    setPhase({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const result = await analytics.importCsv(file, { channelId, skipBadRows }, setPhase);
      setOutcome({ kind: 'done', result });
      onImported();
    } catch (error) {
      const refused = error instanceof ImportRefused ? error : new ImportRefused((error as Error).message, [], 0);
      setOutcome({
        kind: 'refused',
        message: refused.message,
        problems: rowProblems(refused.rejected),
        rejectedCount: refused.rejectedCount,
      });
    } finally {
      setPhase(null);
    }
  };

  const percent =
    phase?.phase === 'uploading' && phase.total > 0 ? Math.round((phase.loaded / phase.total) * 100) : phase ? 100 : 0;
  const progressLabel =
    phase?.phase === 'processing'
      ? t('analytics.import.processing', 'Uploaded. The server is reading and storing the rows…')
      : t('analytics.import.uploading', 'Uploading… {percent}%', { percent });

  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" tag="section" aria-labelledby="clearpost-import-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="clearpost-import-title">
          {t('analytics.import.title', 'Import analytics (CSV)')}
        </Typography>
        <Typography textColor="neutral700">
          {t(
            'analytics.import.help',
            'An export from Facebook, Instagram, X or LinkedIn, or the Clearpost template (period_start, impressions, engagements, clicks, conversions, …).'
          )}
        </Typography>
        <Box tag="form" onSubmit={submit}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="24rem">
              <Field.Root name="clearpost-import-channel" required>
                <Field.Label>{t('analytics.import.channel', 'Channel')}</Field.Label>
                <SingleSelect
                  value={channelId}
                  onChange={(value: string | number) => setChannelId(String(value))}
                  placeholder={t('analytics.import.channel.pick', 'Pick a channel')}
                >
                  {channels.map((c) => (
                    <SingleSelectOption key={c.channelDocumentId} value={c.channelDocumentId}>
                      {c.name} ({c.platform})
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography variant="pi" fontWeight="bold" textColor="neutral800" tag="label" htmlFor="clearpost-import-file">
                {t('analytics.import.file', 'CSV file')}
              </Typography>
              <input
                id="clearpost-import-file"
                type="file"
                accept=".csv,text/csv"
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? null)}
              />
            </Flex>
            <Checkbox
              checked={skipBadRows}
              onCheckedChange={(checked: boolean | 'indeterminate') => setSkipBadRows(checked === true)}
            >
              {t('analytics.import.skip-bad-rows', 'Import the good rows and skip the bad ones')}
            </Checkbox>
            <Button
              type="submit"
              startIcon={<Upload />}
              disabled={!file || !channelId || phase !== null}
              loading={phase !== null}
            >
              {t('analytics.import.submit', 'Import')}
            </Button>
          </Flex>
        </Box>
        {phase && (
          <Flex direction="column" alignItems="stretch" gap={2} data-testid="clearpost-import-progress">
            <ProgressBar value={percent} aria-label={progressLabel} />
            <Typography textColor="neutral700" aria-live="polite">
              {progressLabel}
            </Typography>
          </Flex>
        )}
        {outcome?.kind === 'done' && (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Box
              background="success100"
              borderColor="success200"
              padding={4}
              hasRadius
              role="status"
              data-testid="clearpost-import-result"
            >
              <Typography textColor="success700" fontWeight="bold">
                {t(
                  'analytics.import.done',
                  'Imported {accepted} rows ({source}): {written} records written, {replaced} replaced, {rejected, plural, one {# row} other {# rows}} skipped.',
                  {
                    accepted: outcome.result.accepted,
                    source: outcome.result.source,
                    written: outcome.result.written,
                    replaced: outcome.result.replaced,
                    rejected: outcome.result.rejectedCount,
                  }
                )}
              </Typography>
            </Box>
            {outcome.result.rejected.length > 0 && <ProblemTable problems={rowProblems(outcome.result.rejected)} />}
          </Flex>
        )}
        {outcome?.kind === 'refused' && (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Box
              background="danger100"
              borderColor="danger200"
              padding={4}
              hasRadius
              role="alert"
              data-testid="clearpost-import-refused"
            >
              <Typography textColor="danger700" fontWeight="bold">
                {outcome.problems.length > 0
                  ? t(
                      'analytics.import.refused-rows',
                      '{count, plural, one {# row was} other {# rows were}} rejected and nothing was imported. Fix them, or tick “skip the bad ones”.',
                      {
                        count: outcome.rejectedCount,
                      }
                    )
                  : outcome.message}
              </Typography>
            </Box>
            {outcome.problems.length > 0 && <ProblemTable problems={outcome.problems} />}
          </Flex>
        )}
      </Flex>
    </Box>
  );
};
