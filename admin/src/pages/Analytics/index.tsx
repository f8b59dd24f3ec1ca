import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS } from '../../constants';
import { apiErrorMessage } from '../../services/api-error';
import { useAnalyticsApi, type RoiSummaryResponse } from '../../services/analytics';
import { getTranslation } from '../../utils/get-translation';
import { useCan } from '../../utils/use-can';
import { CsvImport } from './CsvImport';
import { EngagementHeatmap } from './EngagementHeatmap';
import { PlannedSlots } from './PlannedSlots';
import { RoiChart } from './RoiChart';

export const AnalyticsPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const analytics = useAnalyticsApi();
  const canImport = useCan(PERMISSIONS.analyticsImport).allowed;
  const [roi, setRoi] = React.useState<RoiSummaryResponse | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [version, setVersion] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    analytics
      .roi()
      .then((result) => live && setRoi(result))
      .catch((error) => {
        if (!live) return;
        setFailed(true);
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, 'Could not load the analytics.') });
      });
    return () => {
      live = false;
    };
  }, [analytics, version, toggleNotification]);

  const title = formatMessage({ id: getTranslation('analytics.title'), defaultMessage: 'Analytics' });
  if (failed) return <Page.Error />;
  if (roi === null) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('analytics.subtitle'),
          defaultMessage: 'What each channel returns, when its audience engages, and why posts are planned where they are.',
        })}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {canImport && <CsvImport channels={roi.channels} onImported={() => setVersion((v) => v + 1)} />}
          <RoiChart roi={roi} />
          {/* Remounted after an import so the heatmap shows the new rows. */}
          <EngagementHeatmap key={version} channels={roi.channels} />
          <PlannedSlots />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
