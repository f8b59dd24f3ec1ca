import { Box, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RoiSummaryResponse } from '../../services/analytics';
import { useTranslate } from '../../utils/use-translate';
import { TableHeader } from '../../components/TableHeader';

// Design-system primary600 and neutral800: the bar and its whiskers both stand out against white.
const BAR_COLOUR = '#4945ff';
const WHISKER_COLOUR = '#32324d';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

/** ROI per channel: expected value as a bar, the credible interval as whiskers; the same numbers as a table. */
export const RoiChart = ({ roi }: { roi: RoiSummaryResponse }) => {
  const { formatDate } = useIntl();
  const t = useTranslate();
  const charted = roi.channels
    .filter((c) => c.expectedRoi !== null && c.roiLow !== null && c.roiHigh !== null)
    .map((c) => {
      const value = c.expectedRoi! * 100;
      return { name: c.name, value, interval: [value - c.roiLow! * 100, c.roiHigh! * 100 - value] };
    });
  const level = Math.round(roi.credibleLevel * 100);

  return (
    <Box
      background="neutral0"
      padding={6}
      hasRadius
      shadow="tableShadow"
      tag="section"
      aria-labelledby="clearpost-roi-title"
      data-testid="clearpost-roi"
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="clearpost-roi-title">
          {t('analytics.roi.title', 'Return on investment per channel')}
        </Typography>
        <Typography textColor="neutral700">
          {t(
            'analytics.roi.subtitle',
            'From {from} to {to}. Bars show the expected ROI; whiskers the {level}% credible interval.',
            {
              from: formatDate(roi.from, { dateStyle: 'medium' }),
              to: formatDate(roi.to, { dateStyle: 'medium' }),
              level,
            }
          )}
        </Typography>
        {charted.length === 0 ? (
          <Typography textColor="neutral700">
            {t('analytics.roi.empty', 'No channel has enough data for an ROI yet. Import analytics to see one.')}
          </Typography>
        ) : (
          <Box
            height="32rem"
            data-testid="clearpost-roi-chart"
            role="img"
            aria-label={t(
              'analytics.roi.chart-label',
              'Bar chart of expected ROI per channel with credible intervals; the table below has the same figures.'
            )}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={charted} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" stroke="#dcdce4" />
                <XAxis dataKey="name" tick={{ fill: WHISKER_COLOUR, fontSize: 12 }} />
                <YAxis unit="%" tick={{ fill: WHISKER_COLOUR, fontSize: 12 }} />
                <ReferenceLine y={0} stroke={WHISKER_COLOUR} />
                <Tooltip formatter={(value) => [`${Math.round(Number(value))}%`, t('analytics.roi.expected', 'Expected ROI')]} />
                <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false}>
                  <ErrorBar dataKey="interval" width={10} strokeWidth={2} stroke={WHISKER_COLOUR} direction="y" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </Box>
        )}
        <Table colCount={6} rowCount={roi.channels.length + 1} data-testid="clearpost-roi-table">
          <TableHeader
            columns={[
              ['channel', 'Channel'],
              ['roi', 'Expected ROI'],
              ['interval', '{level}% interval'],
              ['conversions', 'Conversions'],
              ['rank', 'Rank'],
              ['note', 'Note'],
            ].map(([key, label]) => t(`analytics.roi.column.${key}`, label, { level }))}
          />
          <Tbody>
            {roi.channels.map((c) => (
              <Tr key={c.channelDocumentId} data-testid="clearpost-roi-row">
                <Td>
                  <Typography textColor="neutral800" fontWeight="bold">
                    {c.name} ({c.platform})
                  </Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral800">{percent(c.expectedRoi)}</Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral800">
                    {c.roiLow === null ? '—' : `${percent(c.roiLow)} to ${percent(c.roiHigh)}`}
                  </Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral800">{c.totals.conversions}</Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral800">{c.rank ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral800">{c.note ?? ''}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Flex>
    </Box>
  );
};
