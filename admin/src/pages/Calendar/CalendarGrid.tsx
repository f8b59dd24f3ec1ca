import { Box, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { STATUS_COLOURS, STATUS_LABELS } from '../../components/publication-status';
import type { CalendarEntry } from '../../services/calendar';
import { getTranslation } from '../../utils/get-translation';
import { dayKey, zonedParts, type CivilDate } from '../../utils/zoned-time';
import type { CalendarView } from './calendar-range';

/** How many publications a month cell lists before "+N more". */
const MONTH_CELL_LIMIT = 3;

const noon = (d: CivilDate) => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));

interface GridProps {
  view: CalendarView;
  days: CivilDate[];
  today: CivilDate;
  month: number;
  timeZone: string;
  entries: CalendarEntry[];
  channelName: (channelDocumentId: string) => string;
  onOpen: (entry: CalendarEntry) => void;
  onShowDay: (day: CivilDate) => void;
}

const EntryButton = ({
  entry,
  timeZone,
  channelName,
  onOpen,
  compact,
}: {
  entry: CalendarEntry;
  timeZone: string;
  channelName: string;
  onOpen: () => void;
  compact: boolean;
}) => {
  const { formatMessage, formatDate } = useIntl();
  const colours = STATUS_COLOURS[entry.status];
  const time = formatDate(entry.scheduledAt, { hour: '2-digit', minute: '2-digit', timeZone });
  const status = formatMessage({
    id: getTranslation(`calendar.status.${entry.status}`),
    defaultMessage: STATUS_LABELS[entry.status],
  });
  const title = entry.postTitle || formatMessage({ id: getTranslation('calendar.untitled'), defaultMessage: 'Untitled post' });
  return (
    <Box
      tag="button"
      type="button"
      onClick={onOpen}
      background={colours.background}
      hasRadius
      width="100%"
      padding={0}
      borderStyle="none"
      cursor="pointer"
      data-testid="clearpost-calendar-entry"
      data-status={entry.status}
      data-publication={entry.documentId}
      style={{ textAlign: 'left', overflow: 'hidden' }}
    >
      <Flex alignItems="stretch">
        <Box background={colours.strip} width="0.4rem" aria-hidden style={{ flexShrink: 0 }} />
        <Flex direction="column" alignItems="flex-start" padding={compact ? 1 : 2} gap={0} style={{ minWidth: 0 }}>
          <Typography variant="pi" fontWeight="bold" textColor="neutral800" ellipsis>
            {time} · {channelName}
          </Typography>
          <Typography
            variant="pi"
            textColor="neutral800"
            ellipsis
            style={{ maxWidth: '100%', textDecoration: entry.status === 'cancelled' ? 'line-through' : undefined }}
          >
            {title}
          </Typography>
          {compact ? (
            <VisuallyHidden>{status}</VisuallyHidden>
          ) : (
            <Typography variant="pi" textColor="neutral800">
              {status}
            </Typography>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};

/** Week: seven columns listing every publication by time. Month: whole weeks, a few per day and "+N more". */
export const CalendarGrid = ({ view, days, today, month, timeZone, entries, channelName, onOpen, onShowDay }: GridProps) => {
  const { formatMessage, formatDate } = useIntl();
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const key = dayKey(zonedParts(new Date(entry.scheduledAt), timeZone));
    byDay.set(key, [...(byDay.get(key) ?? []), entry]);
  }
  const weekdays = days.slice(0, 7).map((d) => formatDate(noon(d), { weekday: 'short', timeZone: 'UTC' }));

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} data-testid={`clearpost-calendar-${view}`}>
      <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '0.8rem' }}>
        {view === 'month' &&
          weekdays.map((label) => (
            <Typography key={label} variant="sigma" textColor="neutral700" tag="div" aria-hidden>
              {label}
            </Typography>
          ))}
        {days.map((day) => {
          const key = dayKey(day);
          const list = byDay.get(key) ?? [];
          const isToday = key === dayKey(today);
          const outside = view === 'month' && day.month !== month;
          const shown = view === 'month' ? list.slice(0, MONTH_CELL_LIMIT) : list;
          const label = formatDate(noon(day), {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          });
          return (
            <Box
              key={key}
              tag="section"
              aria-label={label}
              data-testid="clearpost-calendar-day"
              data-day={key}
              background={isToday ? 'primary100' : outside ? 'neutral100' : 'neutral0'}
              borderColor={isToday ? 'primary600' : 'neutral200'}
              borderStyle="solid"
              borderWidth="1px"
              hasRadius
              padding={2}
              minHeight={view === 'week' ? '32rem' : '11rem'}
            >
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Typography
                  variant={view === 'week' ? 'delta' : 'omega'}
                  tag="h3"
                  fontWeight={isToday ? 'bold' : 'regular'}
                  textColor={outside ? 'neutral600' : 'neutral800'}
                >
                  {view === 'week'
                    ? formatDate(noon(day), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
                    : day.day}
                  {isToday && (
                    <Typography variant="pi" textColor="primary700">
                      {' '}
                      {formatMessage({ id: getTranslation('calendar.today'), defaultMessage: 'Today' })}
                    </Typography>
                  )}
                </Typography>
                <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
                  {shown.map((entry) => (
                    <li key={entry.documentId}>
                      <EntryButton
                        entry={entry}
                        timeZone={timeZone}
                        channelName={channelName(entry.channelDocumentId)}
                        onOpen={() => onOpen(entry)}
                        compact={view === 'month'}
                      />
                    </li>
                  ))}
                </Flex>
                {list.length > shown.length && (
                  <Box
                    tag="button"
                    type="button"
                    onClick={() => onShowDay(day)}
                    background="neutral0"
                    borderStyle="none"
                    padding={1}
                    cursor="pointer"
                    style={{ textAlign: 'left' }}
                  >
                    <Typography variant="pi" textColor="primary700" style={{ textDecoration: 'underline' }}>
                      {formatMessage(
                        { id: getTranslation('calendar.more'), defaultMessage: '+{count} more' },
                        { count: list.length - shown.length }
                      )}
                    </Typography>
                  </Box>
                )}
              </Flex>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
