import * as React from 'react';
import { Button, Dialog, Flex, Grid, IconButton, Modal, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Plus, Trash, WarningCircle } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { SelectField, TextField } from '../../components/FormFields';
import { PERMISSIONS } from '../../constants';
import { apiErrorMessage } from '../../services/api-error';
import { useDirectoryApi, type DirectoryEntryRequest, type DirectoryEntryView } from '../../services/settings';
import { useTranslate } from '../../utils/use-translate';
import { TableHeader } from '../../components/TableHeader';
import { EmptyState } from '../../components/EmptyState';
import { useList } from '../../utils/use-list';

type Kind = DirectoryEntryRequest['kind'];
const KINDS: Kind[] = ['person', 'department', 'location'];

interface EntryForm {
  kind: Kind;
  name: string;
  title: string;
  department: string;
  phone: string;
  email: string;
}

const formOf = (entry: DirectoryEntryView | null): EntryForm => ({
  kind: entry?.kind ?? 'person',
  name: entry?.name ?? '',
  title: entry?.title ?? '',
  department: entry?.department ?? '',
  phone: entry?.phone ?? '',
  email: entry?.email ?? '',
});

const EntryModal = ({
  entry,
  onClose,
  onSaved,
}: {
  entry: DirectoryEntryView | null;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const api = useDirectoryApi();
  const [form, setForm] = React.useState<EntryForm>(() => formOf(entry));
  const [busy, setBusy] = React.useState(false);
  const set = (key: keyof EntryForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    setBusy(true);
    try {
      if (entry) await api.update(entry.documentId, form);
      else await api.create(form);
      toggleNotification({
        type: 'success',
        message: t('settings.directory.saved', 'Directory entry saved. The compliance check allows it from now on.'),
      });
      onSaved();
      onClose();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Saving the entry failed.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal.Content>
      <Modal.Header>
        <Modal.Title>
          {entry ? t('settings.directory.edit', 'Edit directory entry') : t('settings.directory.add', 'Add a directory entry')}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="kind"
              label={t('settings.directory.kind', 'Kind')}
              required
              value={form.kind}
              onChange={(v) => setForm((f) => ({ ...f, kind: v as Kind }))}
              options={KINDS.map((kind) => ({ value: kind, label: t(`settings.directory.kind.${kind}`, kind) }))}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField
              name="name"
              label={t('settings.directory.name', 'Name')}
              required
              value={form.name}
              onChange={set('name')}
            />
          </Grid.Item>
          {form.kind === 'person' ? (
            <>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="title"
                  label={t('settings.directory.title-field', 'Job title')}
                  value={form.title}
                  onChange={set('title')}
                />
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="department"
                  label={t('settings.directory.department', 'Department')}
                  value={form.department}
                  onChange={set('department')}
                />
              </Grid.Item>
            </>
          ) : null}
          {form.kind !== 'location' ? (
            <>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="phone"
                  label={t('settings.directory.phone', 'Public phone')}
                  value={form.phone}
                  onChange={set('phone')}
                />
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <TextField
                  name="email"
                  type="email"
                  label={t('settings.directory.email', 'Public email')}
                  value={form.email}
                  onChange={set('email')}
                />
              </Grid.Item>
            </>
          ) : null}
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

type DialogState = { kind: 'create' } | { kind: 'edit'; entry: DirectoryEntryView } | null;

export const DirectorySettingsPage = () => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const api = useDirectoryApi();
  const { rows: entries, reload } = useList(api.list, 'Could not load the directory.');
  const [dialog, setDialog] = React.useState<DialogState>(null);
  const [deleting, setDeleting] = React.useState<DirectoryEntryView | null>(null);

  const remove = async (entry: DirectoryEntryView) => {
    try {
      await api.remove(entry.documentId);
      toggleNotification({ type: 'success', message: t('settings.directory.deleted', 'Directory entry deleted.') });
      reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Deleting the entry failed.') });
    }
  };

  if (!entries) return <Page.Loading />;
  const title = t('settings.directory.title', 'Directory');

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t(
          'settings.directory.subtitle',
          "The organisation's public contacts: posts and replies may name them without a privacy finding."
        )}
        primaryAction={
          <Button startIcon={<Plus />} onClick={() => setDialog({ kind: 'create' })}>
            {t('settings.directory.add', 'Add a directory entry')}
          </Button>
        }
      />
      <Layouts.Content>
        {entries.length === 0 ? (
          <EmptyState>{t('settings.directory.empty', 'No directory entries yet.')}</EmptyState>
        ) : (
          <Table colCount={6} rowCount={entries.length + 1}>
            <TableHeader
              columns={[
                t('settings.directory.name', 'Name'),
                t('settings.directory.kind', 'Kind'),
                t('settings.directory.title-field', 'Job title'),
                t('settings.directory.phone', 'Public phone'),
                t('settings.directory.email', 'Public email'),
                t('settings.actions', 'Actions'),
              ]}
            />
            <Tbody>
              {entries.map((entry) => (
                <Tr key={entry.documentId} data-testid="clearpost-directory-row">
                  <Td>
                    <Typography fontWeight="bold">{entry.name}</Typography>
                  </Td>
                  <Td>
                    <Typography>{t(`settings.directory.kind.${entry.kind}`, entry.kind)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{entry.title ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{entry.phone ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{entry.email ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Flex gap={1}>
                      <IconButton
                        label={t('settings.directory.edit-named', 'Edit {name}', { name: entry.name })}
                        onClick={() => setDialog({ kind: 'edit', entry })}
                      >
                        <Pencil />
                      </IconButton>
                      <IconButton
                        label={t('settings.directory.delete-named', 'Delete {name}', { name: entry.name })}
                        onClick={() => setDeleting(entry)}
                      >
                        <Trash />
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
        {dialog ? (
          <EntryModal entry={dialog.kind === 'edit' ? dialog.entry : null} onClose={() => setDialog(null)} onSaved={reload} />
        ) : null}
      </Modal.Root>
      <Dialog.Root open={deleting !== null} onOpenChange={(open: boolean) => !open && setDeleting(null)}>
        <Dialog.Content>
          <Dialog.Header>{t('settings.directory.delete-title', 'Delete directory entry')}</Dialog.Header>
          <Dialog.Body icon={<WarningCircle fill="danger600" />}>
            {t('settings.directory.delete-confirm', 'Delete {name}? The compliance check will flag this name again.', {
              name: deleting?.name ?? '',
            })}
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button fullWidth variant="tertiary">
                {t('actions.cancel', 'Cancel')}
              </Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button fullWidth variant="danger-light" onClick={() => deleting && remove(deleting)}>
                {t('settings.delete', 'Delete')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </Page.Main>
  );
};

const ProtectedDirectorySettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.settingsManage}>
    <DirectorySettingsPage />
  </Page.Protect>
);

export default ProtectedDirectorySettingsPage;
