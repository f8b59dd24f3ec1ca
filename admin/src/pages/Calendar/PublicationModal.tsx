import * as React from 'react';
import { Box, Button, Dialog, Field, Flex, Modal, TextInput, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { isPending, STATUS_LABELS } from '../../components/publication-status';
import { StatusSwatch } from '../../components/StatusLegend';
import { apiErrorMessage } from '../../services/api-error';
import { useCalendarApi, type CalendarEntry } from '../../services/calendar';
import { fromLocalInputValue, toLocalInputValue } from '../../utils/zoned-time';
import { useTranslate } from '../../utils/use-translate';

interface Props {
  entry: CalendarEntry;
  channelName: string;
  timeZone: string;
  canManage: boolean;
  onClose: () => void;
  onChanged: () => void;
}

const Detail = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="sigma" textColor="neutral700">
      {label}
    </Typography>
    <Typography textColor="neutral800">{children}</Typography>
  </Flex>
);

/** One publication: what, where, when and why; move it to another time or cancel it while it still waits. */
export const PublicationModal = ({ entry, channelName, timeZone, canManage, onClose, onChanged }: Props) => {
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const calendar = useCalendarApi();
  const [when, setWhen] = React.useState(() => toLocalInputValue(new Date(entry.scheduledAt), timeZone));
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [confirmingCancel, setConfirmingCancel] = React.useState(false);
  const t = useTranslate();
  const pending = isPending(entry.status);

  const reschedule = async (event: React.FormEvent) => {
    event.preventDefault();
    const at = fromLocalInputValue(when, timeZone);
    if (!at) return setError(t('calendar.reschedule.invalid', 'Pick a date and a time.'));
    if (at.getTime() <= Date.now())
      return setError(t('calendar.reschedule.past', 'That time is in the past. Pick a time that is still to come.'));
    setBusy(true);
    setError(null);
    try {
      await calendar.reschedule(entry.documentId, at);
      toggleNotification({
        type: 'success',
        message: t('calendar.reschedule.success', 'Rescheduled to {when}.', {
          when: formatDate(at, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
        }),
      });
      onChanged();
      onClose();
    } catch (failure) {
      setError(apiErrorMessage(failure, t('calendar.reschedule.failed', 'Rescheduling failed.')));
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    setBusy(true);
    try {
      await calendar.cancel(entry.documentId);
      toggleNotification({
        type: 'success',
        message: t('calendar.cancel.success', 'Publication cancelled. It will not be sent.'),
      });
      onChanged();
      onClose();
    } catch (failure) {
      setConfirmingCancel(false);
      setError(apiErrorMessage(failure, t('calendar.cancel.failed', 'Cancelling failed.')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{entry.postTitle || t('calendar.untitled', 'Untitled post')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4} data-testid="clearpost-publication-details">
            <Flex gap={6} wrap="wrap" alignItems="flex-start">
              <Detail label={t('calendar.detail.channel', 'Channel')}>
                {channelName} ({entry.platform})
              </Detail>
              <Detail label={t('calendar.detail.when', 'Scheduled for')}>
                {formatDate(entry.scheduledAt, { dateStyle: 'full', timeStyle: 'short', timeZone })} ({timeZone})
              </Detail>
              <Detail label={t('calendar.detail.status', 'Status')}>
                <Flex gap={2} tag="span">
                  <StatusSwatch status={entry.status} />
                  <span data-testid="clearpost-publication-status">
                    {t(`calendar.status.${entry.status}`, STATUS_LABELS[entry.status])}
                  </span>
                </Flex>
              </Detail>
            </Flex>
            {entry.planReason && <Detail label={t('calendar.detail.reason', 'Why this slot')}>{entry.planReason}</Detail>}
            {entry.text && <Detail label={t('calendar.detail.text', 'Text')}>{entry.text}</Detail>}
            {entry.lastError && (
              <Detail label={t('calendar.detail.last-error', 'Last message from delivery')}>{entry.lastError}</Detail>
            )}
            {pending && canManage && (
              <Box tag="form" onSubmit={reschedule} background="neutral100" padding={4} hasRadius>
                <Flex gap={2} alignItems="flex-end">
                  <Box flex="1">
                    <Field.Root
                      name="clearpost-reschedule"
                      error={error ?? undefined}
                      hint={t('calendar.reschedule.hint', 'Date and time in {timezone}.', { timezone: timeZone })}
                    >
                      <Field.Label>{t('calendar.reschedule.label', 'New date and time')}</Field.Label>
                      <TextInput
                        type="datetime-local"
                        value={when}
                        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setWhen(event.target.value)}
                      />
                      <Field.Error />
                      <Field.Hint />
                    </Field.Root>
                  </Box>
                  <Button type="submit" loading={busy} size="L">
                    {t('calendar.reschedule', 'Reschedule')}
                  </Button>
                </Flex>
              </Box>
            )}
            {!pending && (
              <Typography textColor="neutral700">
                {t('calendar.not-pending', 'This publication is no longer waiting, so it cannot be moved or cancelled.')}
              </Typography>
            )}
            {pending && !canManage && (
              <Typography textColor="neutral700">
                {t('calendar.no-permission', 'You may look at the calendar but not move or cancel publications.')}
              </Typography>
            )}
            {error && !(pending && canManage) && (
              <Typography textColor="danger700" role="alert">
                {error}
              </Typography>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('calendar.close', 'Close')}</Button>
          </Modal.Close>
          {pending && canManage && (
            <Dialog.Root open={confirmingCancel} onOpenChange={setConfirmingCancel}>
              <Dialog.Trigger>
                <Button variant="danger-light" disabled={busy}>
                  {t('calendar.cancel', 'Cancel publication')}
                </Button>
              </Dialog.Trigger>
              <Dialog.Content>
                <Dialog.Header>{t('calendar.cancel.title', 'Cancel this publication?')}</Dialog.Header>
                <Dialog.Body icon={<WarningCircle fill="danger600" />}>
                  {t('calendar.cancel.confirm', '{title} will not be sent to {channel}. This cannot be undone.', {
                    title: entry.postTitle || t('calendar.untitled', 'Untitled post'),
                    channel: channelName,
                  })}
                </Dialog.Body>
                <Dialog.Footer>
                  <Dialog.Cancel>
                    <Button fullWidth variant="tertiary">
                      {t('calendar.cancel.keep', 'Keep it')}
                    </Button>
                  </Dialog.Cancel>
                  <Button fullWidth variant="danger" onClick={cancel} loading={busy}>
                    {t('calendar.cancel.do', 'Yes, cancel it')}
                  </Button>
                </Dialog.Footer>
              </Dialog.Content>
            </Dialog.Root>
          )}
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
