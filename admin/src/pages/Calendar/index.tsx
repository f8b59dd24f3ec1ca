import * as React from 'react';
import { Box, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { StatusLegend } from '../../components/StatusLegend';
import { PERMISSIONS } from '../../constants';
import { apiErrorMessage } from '../../services/api-error';
import { useCalendarApi, type CalendarEntry, type CalendarResponse } from '../../services/calendar';
import { useCan } from '../../utils/use-can';
import { todayIn, type CivilDate } from '../../utils/zoned-time';
import { rangeFor, step, type CalendarView } from './calendar-range';
import { CalendarGrid } from './CalendarGrid';
import { PublicationModal } from './PublicationModal';
import { useTranslate } from '../../utils/use-translate';

const ALL_CHANNELS = 'all';

export const CalendarPage = () => {
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const calendar = useCalendarApi();
  const canManage = useCan(PERMISSIONS.scheduleManage).allowed;
  const [view, setView] = React.useState<CalendarView>('week');
  const [anchor, setAnchor] = React.useState<CivilDate | null>(null);
  const [channel, setChannel] = React.useState<string>(ALL_CHANNELS);
  const [data, setData] = React.useState<CalendarResponse | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [open, setOpen] = React.useState<CalendarEntry | null>(null);
  const [reload, setReload] = React.useState(0);
  const t = useTranslate();

  // The plugin's time zone comes with the first answer; until then the window is reckoned in UTC, then fetched again.
  const zone = data?.timezone ?? 'UTC';
  const today = todayIn(zone);
  const current = anchor ?? today;
  const range = React.useMemo(() => rangeFor(view, current, zone), [view, current.year, current.month, current.day, zone]);

  React.useEffect(() => {
    let live = true;
    setLoading(true);
    calendar
      .window(range.from, range.to, channel === ALL_CHANNELS ? undefined : channel)
      .then((result) => {
        if (!live) return;
        setData(result);
      })
      .catch(
        (error) => live && toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the calendar.') })
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [calendar, range.from.getTime(), range.to.getTime(), channel, reload, toggleNotification]);

  const channelName = (documentId: string) => data?.channels.find((c) => c.documentId === documentId)?.name ?? documentId;
  const title = t('calendar.title', 'Calendar');
  const first = range.days[0];
  const last = range.days[range.days.length - 1];
  const noon = (d: CivilDate) => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
  const heading =
    view === 'month'
      ? formatDate(noon(current), { month: 'long', year: 'numeric', timeZone: 'UTC' })
      : `${formatDate(noon(first), { day: 'numeric', month: 'short', timeZone: 'UTC' })} – ${formatDate(noon(last), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={
          <Typography textColor="neutral600" data-testid="clearpost-calendar-timezone">
            {t(
              'calendar.subtitle',
              'Scheduled publications per channel. Times are shown in {timezone}, the plugin’s time zone.',
              { timezone: zone }
            )}
          </Typography>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex justifyContent="space-between" wrap="wrap" gap={4} alignItems="flex-end">
            <Flex gap={2} alignItems="center">
              <Button variant="tertiary" startIcon={<ChevronLeft />} onClick={() => setAnchor(step(view, current, -1))}>
                {t('calendar.previous', 'Previous')}
              </Button>
              <Button variant="secondary" onClick={() => setAnchor(today)}>
                {t('calendar.go-today', 'Today')}
              </Button>
              <Button variant="tertiary" endIcon={<ChevronRight />} onClick={() => setAnchor(step(view, current, 1))}>
                {t('calendar.next', 'Next')}
              </Button>
              <Typography variant="beta" tag="h2" aria-live="polite" data-testid="clearpost-calendar-heading">
                {heading}
              </Typography>
            </Flex>
            <Flex gap={4} alignItems="flex-end">
              <Flex gap={1} role="group" aria-label={t('calendar.view', 'View')}>
                {(['week', 'month'] as const).map((option) => (
                  <Button
                    key={option}
                    variant={view === option ? 'default' : 'tertiary'}
                    aria-pressed={view === option}
                    onClick={() => setView(option)}
                  >
                    {t(`calendar.view.${option}`, option === 'week' ? 'Week' : 'Month')}
                  </Button>
                ))}
              </Flex>
              <Box minWidth="22rem">
                <SingleSelect
                  aria-label={t('calendar.channel', 'Channel')}
                  value={channel}
                  onChange={(value: string | number) => setChannel(String(value))}
                >
                  <SingleSelectOption value={ALL_CHANNELS}>{t('calendar.channel.all', 'All channels')}</SingleSelectOption>
                  {(data?.channels ?? []).map((c) => (
                    <SingleSelectOption key={c.documentId} value={c.documentId}>
                      {c.name} ({c.platform})
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
            </Flex>
          </Flex>
          <StatusLegend />
          {data === null ? (
            <Page.Loading />
          ) : (
            <Box aria-busy={loading}>
              <CalendarGrid
                view={view}
                days={range.days}
                today={today}
                month={current.month}
                timeZone={zone}
                entries={data.publications}
                channelName={channelName}
                onOpen={setOpen}
                onShowDay={(day) => {
                  setAnchor(day);
                  setView('week');
                }}
              />
              {data.publications.length === 0 && !loading && (
                <Box paddingTop={4}>
                  <Typography textColor="neutral600">{t('calendar.empty', 'Nothing is scheduled in this period.')}</Typography>
                </Box>
              )}
            </Box>
          )}
        </Flex>
      </Layouts.Content>
      {open && (
        <PublicationModal
          entry={open}
          channelName={channelName(open.channelDocumentId)}
          timeZone={zone}
          canManage={canManage}
          onClose={() => setOpen(null)}
          onChanged={() => setReload((n) => n + 1)}
        />
      )}
    </Page.Main>
  );
};
