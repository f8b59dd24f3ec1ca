import type { StrapiApp } from '@strapi/strapi/admin';
import { ShieldCheck } from './components/PluginIcon';
import { PERMISSIONS } from './constants';
import { CompliancePanel } from './content-manager/CompliancePanel';
import { PlatformPreviewPanel } from './content-manager/PlatformPreviewPanel';
import { ApproveAction, RequestChangesAction, SubmitForReviewAction } from './content-manager/review-actions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/get-translation';
import { prefixTranslations } from './utils/prefix-translations';

interface ContentManagerApis {
  addEditViewSidePanel: (panels: unknown[]) => void;
  addDocumentAction: (actions: unknown[]) => void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({
      id: PLUGIN_ID,
      name: 'Clearpost',
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ShieldCheck,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Clearpost' },
      permissions: PERMISSIONS.menu,
      Component: () => import('./pages/App'),
    });
    app.addSettingsLink({ id: PLUGIN_ID, intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Clearpost' } }, [
      {
        id: 'clearpost-channels',
        to: `${PLUGIN_ID}/channels`,
        intlLabel: { id: getTranslation('settings.channels.title'), defaultMessage: 'Channels' },
        permissions: PERMISSIONS.channelsManage,
        Component: () => import('./pages/Settings/ChannelsSettingsPage'),
      },
      {
        id: 'clearpost-directory',
        to: `${PLUGIN_ID}/directory`,
        intlLabel: { id: getTranslation('settings.directory.title'), defaultMessage: 'Directory' },
        permissions: PERMISSIONS.settingsManage,
        Component: () => import('./pages/Settings/DirectorySettingsPage'),
      },
      {
        id: 'clearpost-compliance',
        to: `${PLUGIN_ID}/compliance`,
        intlLabel: { id: getTranslation('settings.compliance.title'), defaultMessage: 'Compliance and images' },
        permissions: PERMISSIONS.settingsManage,
        Component: () => import('./pages/Settings/ComplianceSettingsPage'),
      },
    ]);
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis } | undefined;
    if (!contentManager) return;
    contentManager.apis.addEditViewSidePanel([CompliancePanel, PlatformPreviewPanel]);
    contentManager.apis.addDocumentAction([SubmitForReviewAction, ApproveAction, RequestChangesAction]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixTranslations(data as Record<string, string>), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
