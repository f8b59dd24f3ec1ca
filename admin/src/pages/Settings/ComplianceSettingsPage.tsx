import * as React from 'react';
import {
  Box,
  Button,
  Flex,
  Grid,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise, Check } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { NumberField, ToggleField } from '../../components/FormFields';
import { PERMISSIONS } from '../../constants';
import { apiErrorMessage } from '../../services/api-error';
import { useSettingsApi, type SettingsOverrides, type SettingsView } from '../../services/settings';
import { useTranslate } from '../../utils/use-translate';
import { TableHeader } from '../../components/TableHeader';

const PLATFORMS = ['x', 'instagram', 'linkedin', 'facebook'] as const;
type Platform = (typeof PLATFORMS)[number];
const FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
type Format = (typeof FORMATS)[number];

type Compliance = NonNullable<SettingsOverrides['compliance']>;
interface PresetForm {
  width: number | undefined;
  height: number | undefined;
  format: Format;
  quality: number | undefined;
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const presetsOf = (view: SettingsView): Record<string, PresetForm> =>
  Object.fromEntries(
    Object.entries(view.effective.images.presets).map(([name, p]) => [
      name,
      { width: p.width, height: p.height, format: p.format, quality: p.quality },
    ])
  );

/** Only what differs from what the page loaded goes into the overrides, on top of those already stored. */
function presetOverrides(
  view: SettingsView,
  edited: Record<string, PresetForm>
): NonNullable<SettingsOverrides['images']>['presets'] {
  const presets = { ...(view.overrides.images?.presets ?? {}) };
  for (const [name, form] of Object.entries(edited)) {
    const current = view.effective.images.presets[name];
    const changes: Record<string, unknown> = {};
    for (const key of ['width', 'height', 'format', 'quality'] as const) {
      if (form[key] !== undefined && form[key] !== current?.[key]) changes[key] = form[key];
    }
    if (Object.keys(changes).length === 0) continue;
    const previous = presets[name];
    presets[name] = { ...(previous === false ? {} : previous), ...changes };
  }
  return presets;
}

export const ComplianceSettingsPage = () => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const api = useSettingsApi();
  const [view, setView] = React.useState<SettingsView | null>(null);
  const [compliance, setCompliance] = React.useState<
    Required<Pick<Compliance, 'readabilityGrade' | 'maxHashtags' | 'maxLinks'>> & {
      platformLimits: Record<Platform, number | undefined>;
    }
  >();
  const [ocr, setOcr] = React.useState(true);
  const [presets, setPresets] = React.useState<Record<string, PresetForm>>({});
  const [busy, setBusy] = React.useState(false);

  const show = React.useCallback((next: SettingsView) => {
    setView(next);
    const c = next.effective.compliance;
    setCompliance({
      readabilityGrade: c.readabilityGrade,
      maxHashtags: c.maxHashtags,
      maxLinks: c.maxLinks,
      platformLimits: { ...c.platformLimits },
    });
    setOcr(next.effective.ocr.enabled);
    setPresets(presetsOf(next));
  }, []);

  React.useEffect(() => {
    api
      .get()
      .then(show)
      .catch((error) => toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the settings.') }));
  }, [api, show, toggleNotification]);

  if (!view || !compliance) return <Page.Loading />;

  const save = async (overrides: SettingsOverrides, message: string) => {
    setBusy(true);
    try {
      show(await api.put(overrides));
      toggleNotification({ type: 'success', message });
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Saving the settings failed.') });
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    const limits = Object.fromEntries(
      PLATFORMS.filter((p) => compliance.platformLimits[p] !== undefined).map((p) => [p, compliance.platformLimits[p]])
    );
    return save(
      {
        compliance: {
          readabilityGrade: compliance.readabilityGrade,
          maxHashtags: compliance.maxHashtags,
          maxLinks: compliance.maxLinks,
          platformLimits: limits,
        },
        ocr: { enabled: ocr },
        images: { presets: presetOverrides(view, presets) },
      },
      t('settings.compliance.saved', 'Settings saved. The compliance check and new renditions use them now.')
    );
  };
  const setPreset = (name: string, key: keyof PresetForm, value: PresetForm[keyof PresetForm]) =>
    setPresets((all) => ({ ...all, [name]: { ...all[name], [key]: value } }));
  const title = t('settings.compliance.title', 'Compliance and images');

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t(
          'settings.compliance.subtitle',
          'Override the limits and presets from the plugin config. Values are checked like the config file.'
        )}
        primaryAction={
          <Button startIcon={<Check />} onClick={submit} loading={busy}>
            {t('settings.save', 'Save')}
          </Button>
        }
        secondaryAction={
          <Button
            variant="tertiary"
            startIcon={<ArrowClockwise />}
            onClick={() => save({}, t('settings.compliance.reset-done', 'Back to the plugin config.'))}
            disabled={busy}
          >
            {t('settings.compliance.reset', 'Reset to config')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Section title={t('settings.compliance.limits', 'Platform length limits')}>
            <Typography variant="pi" textColor="neutral600">
              {t('settings.compliance.limits.hint', 'A post over its platform limit is blocked from publishing.')}
            </Typography>
            <Grid.Root gap={4}>
              {PLATFORMS.map((platform) => (
                <Grid.Item key={platform} col={3} s={6} direction="column" alignItems="stretch">
                  <NumberField
                    name={`limit-${platform}`}
                    label={t(`settings.compliance.limit.${platform}`, `${platform} limit`)}
                    value={compliance.platformLimits[platform]}
                    onChange={(value) =>
                      setCompliance({ ...compliance, platformLimits: { ...compliance.platformLimits, [platform]: value } })
                    }
                  />
                </Grid.Item>
              ))}
            </Grid.Root>
          </Section>
          <Section title={t('settings.compliance.engine', 'Readability and content')}>
            <Grid.Root gap={4}>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <NumberField
                  name="readabilityGrade"
                  step={0.5}
                  label={t('settings.compliance.readability', 'Highest reading grade')}
                  hint={t('settings.compliance.readability.hint', 'Posts above this Flesch–Kincaid grade get a warning (1–20).')}
                  value={compliance.readabilityGrade}
                  onChange={(value) => setCompliance({ ...compliance, readabilityGrade: value as number })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <NumberField
                  name="maxHashtags"
                  label={t('settings.compliance.hashtags', 'Hashtags per post at most')}
                  value={compliance.maxHashtags}
                  onChange={(value) => setCompliance({ ...compliance, maxHashtags: value as number })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <NumberField
                  name="maxLinks"
                  label={t('settings.compliance.links', 'Links per post at most')}
                  value={compliance.maxLinks}
                  onChange={(value) => setCompliance({ ...compliance, maxLinks: value as number })}
                />
              </Grid.Item>
              <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                <ToggleField
                  name="ocr"
                  label={t('settings.compliance.ocr', 'Read text in images (OCR)')}
                  hint={t('settings.compliance.ocr.hint', 'Off: image text is neither read nor checked.')}
                  onLabel={t('settings.on', 'On')}
                  offLabel={t('settings.off', 'Off')}
                  value={ocr}
                  onChange={setOcr}
                />
              </Grid.Item>
            </Grid.Root>
          </Section>
          <Section title={t('settings.presets.title', 'Image presets')}>
            <Typography variant="pi" textColor="neutral600">
              {t('settings.presets.hint', 'Renditions made after saving use these sizes; existing renditions are kept.')}
            </Typography>
            <Table colCount={6} rowCount={Object.keys(presets).length + 1}>
              <TableHeader
                columns={[
                  t('settings.presets.name', 'Preset'),
                  t('settings.presets.platform', 'Platform'),
                  t('settings.presets.width', 'Width'),
                  t('settings.presets.height', 'Height'),
                  t('settings.presets.format', 'Format'),
                  t('settings.presets.quality', 'Quality'),
                ]}
              />
              <Tbody>
                {Object.entries(presets).map(([name, preset]) => (
                  <Tr key={name} data-testid="clearpost-preset-row">
                    <Td>
                      <Typography fontWeight="bold">{name}</Typography>
                    </Td>
                    <Td>
                      <Typography>{view.effective.images.presets[name]?.platform}</Typography>
                    </Td>
                    <Td>
                      <NumberInput
                        aria-label={t('settings.presets.width-of', 'Width of {name}', { name })}
                        value={preset.width}
                        onValueChange={(v: number | undefined) => setPreset(name, 'width', v)}
                      />
                    </Td>
                    <Td>
                      <NumberInput
                        aria-label={t('settings.presets.height-of', 'Height of {name}', { name })}
                        value={preset.height}
                        onValueChange={(v: number | undefined) => setPreset(name, 'height', v)}
                      />
                    </Td>
                    <Td>
                      <SingleSelect
                        aria-label={t('settings.presets.format-of', 'Format of {name}', { name })}
                        value={preset.format}
                        onChange={(v: string | number) => setPreset(name, 'format', String(v) as Format)}
                      >
                        {FORMATS.map((format) => (
                          <SingleSelectOption key={format} value={format}>
                            {format}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    </Td>
                    <Td>
                      <NumberInput
                        aria-label={t('settings.presets.quality-of', 'Quality of {name}', { name })}
                        value={preset.quality}
                        onValueChange={(v: number | undefined) => setPreset(name, 'quality', v)}
                      />
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Section>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedComplianceSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.settingsManage}>
    <ComplianceSettingsPage />
  </Page.Protect>
);

export default ProtectedComplianceSettingsPage;
