import { SubNav } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PERMISSIONS } from '../constants';
import { getTranslation } from '../utils/get-translation';
import { useCan } from '../utils/use-can';

export const BASE_PATH = '/plugins/clearpost';

/** The plugin's own side navigation, as Strapi's multi-page plugins and settings have. */
export const ClearpostNav = () => {
  const { formatMessage } = useIntl();
  const allowedActions = {
    canApprove: useCan(PERMISSIONS.approve).allowed,
    canAuditRead: useCan(PERMISSIONS.auditRead).allowed,
    canAnalyticsRead: useCan(PERMISSIONS.analyticsRead).allowed,
    canFeedbackRead: useCan(PERMISSIONS.feedbackRead).allowed,
  };
  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Clearpost' });
  return (
    <SubNav.Main aria-label={title}>
      <SubNav.Header label={title} />
      <SubNav.Content>
        <SubNav.Sections>
          {[
            <SubNav.Section key="compliance" label={formatMessage({ id: getTranslation('nav.compliance'), defaultMessage: 'Compliance' })}>
              {allowedActions.canApprove && <SubNav.Link to={BASE_PATH} end label={formatMessage({ id: getTranslation('nav.review-queue'), defaultMessage: 'Review queue' })} />}
              {allowedActions.canAuditRead && <SubNav.Link to={`${BASE_PATH}/audit`} label={formatMessage({ id: getTranslation('nav.audit'), defaultMessage: 'Audit' })} />}
            </SubNav.Section>,
            <SubNav.Section key="planning" label={formatMessage({ id: getTranslation('nav.planning'), defaultMessage: 'Planning' })}>
              {allowedActions.canAnalyticsRead && <SubNav.Link to={`${BASE_PATH}/calendar`} label={formatMessage({ id: getTranslation('nav.calendar'), defaultMessage: 'Calendar' })} />}
              {allowedActions.canAnalyticsRead && <SubNav.Link to={`${BASE_PATH}/analytics`} label={formatMessage({ id: getTranslation('nav.analytics'), defaultMessage: 'Analytics' })} />}
            </SubNav.Section>,
            <SubNav.Section key="feedback" label={formatMessage({ id: getTranslation('nav.feedback'), defaultMessage: 'Patient feedback' })}>
              {allowedActions.canFeedbackRead && <SubNav.Link to={`${BASE_PATH}/inbox`} end label={formatMessage({ id: getTranslation('nav.inbox'), defaultMessage: 'Inbox' })} />}
              {allowedActions.canFeedbackRead && (
                <SubNav.Link to={`${BASE_PATH}/inbox/figures`} label={formatMessage({ id: getTranslation('nav.feedback-figures'), defaultMessage: 'Figures' })} />
              )}
            </SubNav.Section>,
          ]}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
