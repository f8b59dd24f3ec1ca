import * as React from 'react';
import { Box, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { apiErrorMessage } from '../../services/api-error';
import { useAnalyticsApi, type HeatmapResponse } from '../../services/analytics';
import { useTranslate } from '../../utils/use-translate';

/** Five shades, light to dark, each with the text colour that keeps WCAG AA contrast on it. */
const SHADES = [
  { background: '#f6f6f9', text: '#32324d' },
  { background: '#d9ecfd', text: '#32324d' },
  { background: '#8fc7f2', text: '#32324d' },
  { background: '#1f6fb5', text: '#ffffff' },
  { background: '#0b3d6e', text: '#ffffff' },
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Spread over the rates that occur (smoothing keeps them close together), not from zero.
const shadeOf = (rate: number, min: number, max: number) =>
  max <= min ? SHADES[0] : SHADES[Math.min(SHADES.length - 1, Math.floor(((rate - min) / (max - min)) * SHADES.length))];

const cellStyle: React.CSSProperties = { padding: '0.2rem', fontSize: '1.1rem', textAlign: 'center', minWidth: '2.6rem' };

/** Engagement rate per weekday and hour (in the channel's time zone), as a table whose cells carry their values. */
export const EngagementHeatmap = ({
  channels,
}: {
  channels: Array<{ channelDocumentId: string; name: string; platform: string }>;
}) => {
  const { toggleNotification } = useNotification();
  const analytics = useAnalyticsApi();
  const [channelId, setChannelId] = React.useState<string>(channels[0]?.channelDocumentId ?? '');
  const [heatmap, setHeatmap] = React.useState<HeatmapResponse | null>(null);
  const t = useTranslate();

  React.useEffect(() => {
    if (!channelId && channels[0]) setChannelId(channels[0].channelDocumentId);
  }, [channels, channelId]);

  React.useEffect(() => {
    if (!channelId) return;
    let live = true;
    analytics
      .heatmap(channelId)
      .then((result) => live && setHeatmap(result))
      .catch(
        (error) => live && toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the heatmap.') })
      );
    return () => {
      live = false;
    };
  }, [analytics, channelId, toggleNotification]);

  const rates = heatmap ? heatmap.cells.flat().map((c) => c.smoothedRate) : [];
  const min = rates.length > 0 ? Math.min(...rates) : 0;
  const max = rates.length > 0 ? Math.max(...rates) : 0;
  const channelName = channels.find((c) => c.channelDocumentId === channelId)?.name ?? '';

  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" tag="section" aria-labelledby="clearpost-heatmap-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-end" wrap="wrap" gap={4}>
          <Typography variant="delta" tag="h2" id="clearpost-heatmap-title">
            {t('analytics.heatmap.title', 'When people engage: weekday × hour')}
          </Typography>
          <Box minWidth="24rem">
            <SingleSelect
              aria-label={t('analytics.heatmap.channel', 'Heatmap channel')}
              value={channelId}
              onChange={(value: string | number) => setChannelId(String(value))}
            >
              {channels.map((c) => (
                <SingleSelectOption key={c.channelDocumentId} value={c.channelDocumentId}>
                  {c.name} ({c.platform})
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Box>
        </Flex>
        {heatmap && (
          <>
            <Typography textColor="neutral700">
              {t(
                'analytics.heatmap.subtitle',
                'Engagement rate (engagements per 100 impressions, smoothed towards the overall {overall}) in {timezone}. Darker is better.',
                {
                  overall: `${(heatmap.overallRate * 100).toFixed(1)}`,
                  timezone: heatmap.timezone,
                }
              )}
            </Typography>
            <Box overflow="auto">
              <table data-testid="clearpost-heatmap" style={{ borderCollapse: 'separate', borderSpacing: '2px' }}>
                <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                  {t('analytics.heatmap.caption', 'Engagement rate per weekday and hour for {channel}, in {timezone}', {
                    channel: channelName,
                    timezone: heatmap.timezone,
                  })}
                </caption>
                <thead>
                  <tr>
                    <td />
                    {Array.from({ length: 24 }, (_, hour) => (
                      <th
                        key={hour}
                        scope="col"
                        style={{ ...cellStyle, color: '#32324d', fontWeight: 600 }}
                        aria-label={`${String(hour).padStart(2, '0')}:00`}
                      >
                        {hour}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {heatmap.cells.map((row, weekday) => (
                    <tr key={weekday}>
                      <th scope="row" style={{ ...cellStyle, color: '#32324d', textAlign: 'left', fontWeight: 600 }}>
                        {t(`analytics.heatmap.weekday.${weekday}`, WEEKDAYS[weekday])}
                      </th>
                      {row.map((cell) => {
                        const shade = shadeOf(cell.smoothedRate, min, max);
                        return (
                          <td
                            key={cell.hour}
                            data-testid="clearpost-heatmap-cell"
                            title={t('analytics.heatmap.cell', '{weekday} {hour}:00 — {rate}% from {impressions} impressions', {
                              weekday: WEEKDAYS[weekday],
                              hour: String(cell.hour).padStart(2, '0'),
                              rate: (cell.smoothedRate * 100).toFixed(1),
                              impressions: cell.impressions,
                            })}
                            style={{ ...cellStyle, background: shade.background, color: shade.text, borderRadius: 2 }}
                          >
                            {(cell.smoothedRate * 100).toFixed(1)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Box>
            {heatmap.topSlots.length > 0 && (
              <Typography textColor="neutral800" data-testid="clearpost-heatmap-top">
                {t('analytics.heatmap.top', 'Best slots: {slots}', { slots: heatmap.topSlots.map((s) => s.label).join(', ') })}
              </Typography>
            )}
          </>
        )}
      </Flex>
    </Box>
  );
};
