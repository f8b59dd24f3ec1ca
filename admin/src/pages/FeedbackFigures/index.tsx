import * as React from 'react';
import { Box, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { apiErrorMessage } from '../../services/api-error';
import { useFeedbackApi, type FiguresResponse } from '../../services/feedback';
import { TableHeader } from '../../components/TableHeader';
import { EmptyState } from '../../components/EmptyState';
import { useTranslate } from '../../utils/use-translate';

type GroupBy = 'provider' | 'department';
const LINE_COLOURS = ['#4945ff', '#d02b20', '#328048', '#b95d00', '#0c75af', '#7b2cbf'];
const CHARTED_GROUPS = LINE_COLOURS.length;

/** Month rows with one average-rating column per group, as recharts wants them. */
function ratingSeries(figures: FiguresResponse): Array<Record<string, string | number | null>> {
  const months = [...new Set(figures.groups.flatMap((g) => g.byMonth.map((m) => m.month)))].sort();
  return months.map((month) => {
    const row: Record<string, string | number | null> = { month };
    for (const group of figures.groups.slice(0, CHARTED_GROUPS))
      row[group.key] = group.byMonth.find((m) => m.month === month)?.averageRating ?? null;
    return row;
  });
}

/** Feedback per provider or department: rating over time, volume, share negative, time to first response. */
export const FeedbackFiguresPage = () => {
  const { formatNumber } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useFeedbackApi();
  const [groupBy, setGroupBy] = React.useState<GroupBy>('department');
  const [figures, setFigures] = React.useState<FiguresResponse | null>(null);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    api
      .figures({ groupBy })
      .then((result) => live && setFigures(result))
      .catch((error) => {
        if (!live) return;
        setFailed(true);
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the figures.') });
      });
    return () => {
      live = false;
    };
  }, [api, groupBy, toggleNotification]);

  const t = useTranslate();
  const title = t('figures.title', 'Feedback figures');
  if (failed) return <Page.Error />;
  if (figures === null) return <Page.Loading />;
  const series = ratingSeries(figures);

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={t('figures.subtitle', 'Months in {timezone}', { timezone: figures.timezone })} />
      <Layouts.Action
        startActions={
          <Box minWidth="240px">
            <SingleSelect
              aria-label={t('figures.group-by', 'Group by')}
              value={groupBy}
              onChange={(value: string | number) => setGroupBy(value as GroupBy)}
            >
              <SingleSelectOption value="department">{t('figures.group-by.department', 'Per department')}</SingleSelectOption>
              <SingleSelectOption value="provider">{t('figures.group-by.provider', 'Per provider')}</SingleSelectOption>
            </SingleSelect>
          </Box>
        }
      />
      <Layouts.Content>
        {figures.groups.length === 0 ? (
          <EmptyState>{t('figures.empty', 'No feedback in this period.')}</EmptyState>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Table colCount={5} rowCount={figures.groups.length + 1}>
              <TableHeader
                columns={[
                  groupBy === 'provider'
                    ? t('figures.column.provider', 'Provider')
                    : t('figures.column.department', 'Department'),
                  t('figures.column.volume', 'Volume'),
                  t('figures.column.rating', 'Average rating'),
                  t('figures.column.negative', 'Negative'),
                  t('figures.column.response', 'Median time to first response'),
                ]}
              />
              <Tbody>
                {figures.groups.map((group) => (
                  <Tr key={group.key} data-testid="clearpost-figures-row">
                    <Td>
                      <Typography textColor="neutral800">{group.label}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">{group.volume}</Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {group.averageRating === null ? '—' : formatNumber(group.averageRating, { maximumFractionDigits: 2 })}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {formatNumber(group.negativeShare, { style: 'percent', maximumFractionDigits: 0 })}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {group.medianHoursToFirstResponse === null
                          ? t('figures.unanswered', 'none answered yet')
                          : t('figures.hours', '{hours} h ({answered} answered)', {
                              hours: formatNumber(group.medianHoursToFirstResponse, { maximumFractionDigits: 1 }),
                              answered: group.answered,
                            })}
                      </Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
              <Typography variant="delta" tag="h2">
                {t('figures.chart.title', 'Average rating by month')}
              </Typography>
              <Box
                height="320px"
                paddingTop={4}
                role="img"
                aria-label={t(
                  'figures.chart.label',
                  'Line chart of the average rating per month for each group; the table above has the totals.'
                )}
              >
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={series}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" />
                    <YAxis domain={[1, 5]} allowDecimals={false} />
                    <Tooltip />
                    <Legend />
                    {figures.groups.slice(0, CHARTED_GROUPS).map((group, index) => (
                      <Line
                        key={group.key}
                        type="monotone"
                        dataKey={group.key}
                        name={group.label}
                        stroke={LINE_COLOURS[index]}
                        connectNulls
                        dot
                      />
                    ))}
                  </LineChart>
                </ResponsiveContainer>
              </Box>
            </Box>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
