import * as React from 'react';
import { Box, Button, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { isPending, STATUS_LABELS } from '../../components/publication-status';
import { apiErrorMessage } from '../../services/api-error';
import { useAnalyticsApi, type PlanResponse } from '../../services/analytics';
import { useCalendarApi, type CalendarResponse } from '../../services/calendar';
import { useTranslate } from '../../utils/use-translate';
import { TableHeader } from '../../components/TableHeader';

/** How far ahead the list of planned slots looks. */
const AHEAD_DAYS = 14;

interface Row {
  key: string;
  title: string;
  channel: string;
  at: string;
  reason: string;
  status?: string;
}

const SlotTable = ({ rows, testId, timeZone }: { rows: Row[]; testId: string; timeZone: string }) => {
  const { formatDate } = useIntl();
  const t = useTranslate();
  return (
    <Table colCount={4} rowCount={rows.length + 1} data-testid={testId}>
      <TableHeader
        columns={[
          ['when', 'When'],
          ['post', 'Post'],
          ['channel', 'Channel'],
          ['reason', 'Why this slot'],
        ].map(([key, label]) => t(`analytics.plan.column.${key}`, label))}
      />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key} data-testid={`${testId}-row`}>
            <Td>
              <Typography textColor="neutral800">
                {row.at ? formatDate(row.at, { dateStyle: 'medium', timeStyle: 'short', timeZone }) : '—'}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{row.title}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">
                {row.channel}
                {row.status ? ` · ${row.status}` : ''}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{row.reason}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/** The planned slots of upcoming publications with the planner's reason, and a post's plan on request. */
export const PlannedSlots = () => {
  const { toggleNotification } = useNotification();
  const calendar = useCalendarApi();
  const analytics = useAnalyticsApi();
  const [upcoming, setUpcoming] = React.useState<CalendarResponse | null>(null);
  const [posts, setPosts] = React.useState<Array<{ documentId: string; title: string | null }> | null>(null);
  const [postId, setPostId] = React.useState('');
  const [plan, setPlan] = React.useState<PlanResponse | null>(null);
  const [planning, setPlanning] = React.useState(false);
  const t = useTranslate();

  React.useEffect(() => {
    let live = true;
    const now = new Date();
    calendar
      .window(now, new Date(now.getTime() + AHEAD_DAYS * 86_400_000))
      .then((result) => live && setUpcoming(result))
      .catch(
        (error) =>
          live && toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the planned slots.') })
      );
    // Without Content Manager access to posts there is simply no picker.
    analytics
      .recentPosts()
      .then((result) => live && setPosts(result))
      .catch(() => live && setPosts([]));
    return () => {
      live = false;
    };
  }, [calendar, analytics, toggleNotification]);

  const channelName = (id: string) => upcoming?.channels.find((c) => c.documentId === id)?.name ?? id;
  const zone = upcoming?.timezone ?? 'UTC';
  const waiting = (upcoming?.publications ?? []).filter((p) => isPending(p.status));

  const showPlan = async () => {
    setPlanning(true);
    try {
      setPlan(await analytics.plan(postId));
    } catch (error) {
      setPlan(null);
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not plan this post.') });
    } finally {
      setPlanning(false);
    }
  };

  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" tag="section" aria-labelledby="clearpost-plan-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2" id="clearpost-plan-title">
          {t('analytics.plan.title', 'Planned slots and why')}
        </Typography>
        <Typography textColor="neutral700">
          {t(
            'analytics.plan.upcoming',
            'Publications waiting to go out in the next {days} days, with the reason their slot was chosen (times in {timezone}).',
            { days: AHEAD_DAYS, timezone: zone }
          )}
        </Typography>
        {waiting.length === 0 ? (
          <Typography textColor="neutral700">{t('analytics.plan.none', 'Nothing is planned yet.')}</Typography>
        ) : (
          <SlotTable
            testId="clearpost-planned-slots"
            timeZone={zone}
            rows={waiting.map((p) => ({
              key: p.documentId,
              title: p.postTitle || p.postDocumentId,
              channel: channelName(p.channelDocumentId),
              at: p.scheduledAt,
              reason: p.planReason ?? '—',
              status: t(`calendar.status.${p.status}`, STATUS_LABELS[p.status]),
            }))}
          />
        )}
        {posts && posts.length > 0 && (
          <Flex gap={2} alignItems="flex-end" paddingTop={2}>
            <Box minWidth="32rem">
              <SingleSelect
                aria-label={t('analytics.plan.post', 'Post to plan')}
                placeholder={t('analytics.plan.post.pick', 'Pick a post to see its plan')}
                value={postId}
                onChange={(value: string | number) => setPostId(String(value))}
              >
                {posts.map((p) => (
                  <SingleSelectOption key={p.documentId} value={p.documentId}>
                    {p.title || p.documentId}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            <Button variant="secondary" onClick={showPlan} disabled={!postId} loading={planning}>
              {t('analytics.plan.show', 'Show its plan')}
            </Button>
          </Flex>
        )}
        {plan && (
          <Flex direction="column" alignItems="stretch" gap={2}>
            {plan.picks.length > 0 ? (
              <SlotTable
                testId="clearpost-post-plan"
                timeZone={zone}
                rows={plan.picks.map((pick, i) => ({
                  key: `${pick.channelDocumentId}-${i}`,
                  title: posts?.find((p) => p.documentId === postId)?.title ?? postId,
                  channel: `${channelName(pick.channelDocumentId)} (${pick.platform})`,
                  at: pick.at,
                  reason: pick.reason,
                }))}
              />
            ) : (
              <Typography textColor="neutral700">
                {t('analytics.plan.no-picks', 'The planner picked no slot for this post.')}
              </Typography>
            )}
            {plan.skipped.map((s) => (
              <Typography key={s.channelDocumentId} textColor="neutral700">
                {t('analytics.plan.skipped', '{channel} skipped: {reason}', {
                  channel: channelName(s.channelDocumentId),
                  reason: s.reason,
                })}
              </Typography>
            ))}
          </Flex>
        )}
      </Flex>
    </Box>
  );
};
