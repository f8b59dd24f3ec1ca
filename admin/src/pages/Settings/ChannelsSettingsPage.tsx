import * as React from 'react';
import { Badge, Button, Flex, Grid, IconButton, Modal, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Key, Pencil, Plus } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NumberField, SelectField, TextField, ToggleField } from '../../components/FormFields';
import { PERMISSIONS } from '../../constants';
import { apiErrorMessage } from '../../services/api-error';
import { useChannelsApi, type ChannelView } from '../../services/settings';
import { useTranslate } from '../../utils/use-translate';
import { TableHeader } from '../../components/TableHeader';
import { EmptyState } from '../../components/EmptyState';
import { useList } from '../../utils/use-list';

const PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin', 'webhook', 'outbox'] as const;
type ChannelPlatform = (typeof PLATFORMS)[number];

interface ChannelForm {
  platform: ChannelPlatform;
  name: string;
  accountId: string;
  timezone: string;
  enabled: boolean;
  dailyCap: number | undefined;
  minGapMinutes: number | undefined;
}

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const formOf = (channel: ChannelView | null): ChannelForm =>
  channel
    ? {
        platform: channel.platform as ChannelPlatform,
        name: channel.name,
        accountId: channel.accountId ?? '',
        timezone: channel.timezone,
        enabled: channel.enabled,
        dailyCap: channel.dailyCap,
        minGapMinutes: channel.minGapMinutes,
      }
    : {
        platform: 'facebook',
        name: '',
        accountId: '',
        timezone: browserTimeZone(),
        enabled: true,
        dailyCap: 3,
        minGapMinutes: 120,
      };

/** Connect a channel (no channel given) or change one. */
const ChannelModal = ({
  channel,
  onClose,
  onSaved,
}: {
  channel: ChannelView | null;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const api = useChannelsApi();
  const [form, setForm] = React.useState<ChannelForm>(() => formOf(channel));
  const [busy, setBusy] = React.useState(false);
  const set =
    <K extends keyof ChannelForm>(key: K) =>
    (value: ChannelForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    setBusy(true);
    const fields = {
      name: form.name,
      ...(form.accountId ? { accountId: form.accountId } : {}),
      timezone: form.timezone,
      enabled: form.enabled,
      ...(form.dailyCap !== undefined ? { dailyCap: form.dailyCap } : {}),
      ...(form.minGapMinutes !== undefined ? { minGapMinutes: form.minGapMinutes } : {}),
    };
    try {
      if (channel) await api.update(channel.documentId, fields);
      else await api.create({ platform: form.platform, ...fields });
      toggleNotification({ type: 'success', message: t('settings.channels.saved', 'Channel saved.') });
      onSaved();
      onClose();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Saving the channel failed.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Content>
      <Modal.Header>
        <Modal.Title>
          {channel ? t('settings.channels.edit', 'Edit channel') : t('settings.channels.connect', 'Connect a channel')}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Grid.Root gap={4}>
          {channel ? null : (
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <SelectField
                name="platform"
                label={t('settings.channels.platform', 'Platform')}
                required
                value={form.platform}
                onChange={(v) => set('platform')(v as ChannelPlatform)}
                options={PLATFORMS.map((p) => ({ value: p, label: p }))}
              />
            </Grid.Item>
          )}
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField
              name="name"
              label={t('settings.channels.name', 'Name')}
              required
              value={form.name}
              onChange={set('name')}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField
              name="accountId"
              label={t('settings.channels.account', 'Account ID')}
              value={form.accountId}
              onChange={set('accountId')}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField
              name="timezone"
              label={t('settings.channels.timezone', 'Time zone')}
              hint={t('settings.channels.timezone.hint', 'An IANA time zone, such as America/Chicago')}
              required
              value={form.timezone}
              onChange={set('timezone')}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <NumberField
              name="dailyCap"
              label={t('settings.channels.daily-cap', 'Posts per day at most')}
              hint="1–100"
              value={form.dailyCap}
              onChange={set('dailyCap')}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <NumberField
              name="minGapMinutes"
              label={t('settings.channels.min-gap', 'Minutes between posts at least')}
              value={form.minGapMinutes}
              onChange={set('minGapMinutes')}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <ToggleField
              name="enabled"
              label={t('settings.channels.enabled', 'Enabled')}
              onLabel={t('settings.on', 'On')}
              offLabel={t('settings.off', 'Off')}
              value={form.enabled}
              onChange={set('enabled')}
            />
          </Grid.Item>
        </Grid.Root>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose}>
          {t('actions.cancel', 'Cancel')}
        </Button>
        <Button onClick={save} loading={busy} disabled={form.name.trim().length === 0}>
          {t('settings.save', 'Save')}
        </Button>
      </Modal.Footer>
    </Modal.Content>
  );
};

/** Write-only credentials: the form starts empty every time and nothing stored is ever shown. */
const CredentialsModal = ({ channel, onClose, onSaved }: { channel: ChannelView; onClose: () => void; onSaved: () => void }) => {
  const t = useTranslate();
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useChannelsApi();
  const [accessToken, setAccessToken] = React.useState('');
  const [accountId, setAccountId] = React.useState(channel.accountId ?? '');
  const [refreshToken, setRefreshToken] = React.useState('');
  const [endpointUrl, setEndpointUrl] = React.useState('');
  const [busy, setBusy] = React.useState(false);

  const run = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await action();
      toggleNotification({ type: 'success', message: success });
      onSaved();
      onClose();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Saving the credentials failed.') });
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(
      () =>
        api.setCredentials(channel.documentId, {
          credentials: {
            accessToken,
            accountId,
            ...(refreshToken ? { refreshToken } : {}),
            ...(endpointUrl ? { endpointUrl } : {}),
          },
        }),
      t('settings.credentials.saved', 'Credentials saved. They are stored encrypted and will not be shown again.')
    );
  const clear = () =>
    run(() => api.clearCredentials(channel.documentId), t('settings.credentials.cleared', 'Credentials cleared.'));

  return (
    <Modal.Content>
      <Modal.Header>
        <Modal.Title>{t('settings.credentials.title', 'Credentials for {name}', { name: channel.name })}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="pi" textColor="neutral700" data-testid="clearpost-credentials-status">
            {channel.credentialsSetAt
              ? t('settings.credentials.set-on', 'Credentials set on {date}. Enter new ones to replace them.', {
                  date: formatDate(channel.credentialsSetAt, { dateStyle: 'medium', timeStyle: 'short' }),
                })
              : t('settings.credentials.none', 'No credentials set.')}
          </Typography>
          <TextField
            name="accessToken"
            type="password"
            autoComplete="off"
            label={t('settings.credentials.access-token', 'Access token')}
            required
            value={accessToken}
            onChange={setAccessToken}
          />
          <TextField
            name="credentialsAccountId"
            label={t('settings.credentials.account', 'Account ID on the platform')}
            required
            value={accountId}
            onChange={setAccountId}
          />
          <TextField
            name="refreshToken"
            type="password"
            autoComplete="off"
            label={t('settings.credentials.refresh-token', 'Refresh token (optional)')}
            value={refreshToken}
            onChange={setRefreshToken}
          />
          {channel.platform === 'webhook' ? (
            <TextField
              name="endpointUrl"
              type="url"
              label={t('settings.credentials.endpoint', 'Webhook URL')}
              value={endpointUrl}
              onChange={setEndpointUrl}
            />
          ) : null}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Flex gap={2}>
          <Button variant="tertiary" onClick={onClose}>
            {t('actions.cancel', 'Cancel')}
          </Button>
          {channel.hasCredentials ? (
            <Button variant="danger-light" onClick={clear} loading={busy}>
              {t('settings.credentials.clear', 'Clear credentials')}
            </Button>
          ) : null}
        </Flex>
        <Button onClick={save} loading={busy} disabled={accessToken.length === 0 || accountId.length === 0}>
          {t('settings.credentials.save', 'Save credentials')}
        </Button>
      </Modal.Footer>
    </Modal.Content>
  );
};

type Dialog = { kind: 'create' } | { kind: 'edit'; channel: ChannelView } | { kind: 'credentials'; channel: ChannelView } | null;

export const ChannelsSettingsPage = () => {
  const t = useTranslate();
  const { formatDate } = useIntl();
  const api = useChannelsApi();
  const { rows: channels, reload } = useList(api.list, 'Could not load the channels.');
  const [dialog, setDialog] = React.useState<Dialog>(null);

  if (!channels) return <Page.Loading />;
  const title = t('settings.channels.title', 'Channels');

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t(
          'settings.channels.subtitle',
          'The accounts Clearpost publishes to. Credentials are stored encrypted and never shown.'
        )}
        primaryAction={
          <Button startIcon={<Plus />} onClick={() => setDialog({ kind: 'create' })}>
            {t('settings.channels.connect', 'Connect a channel')}
          </Button>
        }
      />
      <Layouts.Content>
        {channels.length === 0 ? (
          <EmptyState>{t('settings.channels.empty', 'No channels yet.')}</EmptyState>
        ) : (
          <Table colCount={8} rowCount={channels.length + 1}>
            <TableHeader
              columns={[
                t('settings.channels.name', 'Name'),
                t('settings.channels.platform', 'Platform'),
                t('settings.channels.status', 'Status'),
                t('settings.channels.cap-column', 'Per day'),
                t('settings.channels.gap-column', 'Gap (min)'),
                t('settings.channels.timezone', 'Time zone'),
                t('settings.channels.credentials', 'Credentials'),
                t('settings.actions', 'Actions'),
              ]}
            />
            <Tbody>
              {channels.map((channel) => (
                <Tr key={channel.documentId} data-testid="clearpost-channel-row">
                  <Td>
                    <Typography fontWeight="bold">{channel.name}</Typography>
                  </Td>
                  <Td>
                    <Typography>{channel.platform}</Typography>
                  </Td>
                  <Td>
                    <Badge
                      backgroundColor={channel.enabled ? 'success100' : 'neutral150'}
                      textColor={channel.enabled ? 'success700' : 'neutral700'}
                    >
                      {channel.enabled ? t('settings.channels.enabled', 'Enabled') : t('settings.channels.disabled', 'Disabled')}
                    </Badge>
                  </Td>
                  <Td>
                    <Typography>{channel.dailyCap}</Typography>
                  </Td>
                  <Td>
                    <Typography>{channel.minGapMinutes}</Typography>
                  </Td>
                  <Td>
                    <Typography>{channel.timezone}</Typography>
                  </Td>
                  <Td>
                    <Typography
                      textColor={channel.credentialsSetAt ? 'neutral800' : 'neutral600'}
                      data-testid="clearpost-channel-credentials"
                    >
                      {channel.credentialsSetAt
                        ? t('settings.credentials.set-short', 'Set on {date}', {
                            date: formatDate(channel.credentialsSetAt, { dateStyle: 'medium' }),
                          })
                        : t('settings.credentials.none', 'No credentials set.')}
                    </Typography>
                  </Td>
                  <Td>
                    <Flex gap={1}>
                      <IconButton
                        label={t('settings.channels.edit-named', 'Edit {name}', { name: channel.name })}
                        onClick={() => setDialog({ kind: 'edit', channel })}
                      >
                        <Pencil />
                      </IconButton>
                      <IconButton
                        label={t('settings.credentials.named', 'Credentials for {name}', { name: channel.name })}
                        onClick={() => setDialog({ kind: 'credentials', channel })}
                      >
                        <Key />
                      </IconButton>
                    </Flex>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
      <Modal.Root open={dialog !== null} onOpenChange={(open: boolean) => !open && setDialog(null)}>
        {dialog?.kind === 'create' ? <ChannelModal channel={null} onClose={() => setDialog(null)} onSaved={reload} /> : null}
        {dialog?.kind === 'edit' ? (
          <ChannelModal channel={dialog.channel} onClose={() => setDialog(null)} onSaved={reload} />
        ) : null}
        {dialog?.kind === 'credentials' ? (
          <CredentialsModal channel={dialog.channel} onClose={() => setDialog(null)} onSaved={reload} />
        ) : null}
      </Modal.Root>
    </Page.Main>
  );
};

const ProtectedChannelsSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.channelsManage}>
    <ChannelsSettingsPage />
  </Page.Protect>
);

export default ProtectedChannelsSettingsPage;
