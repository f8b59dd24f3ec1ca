import { SubNav } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/get-translation';

export const BASE_PATH = '/plugins/clearpost';

/** The plugin's own side navigation, as Strapi's multi-page plugins and settings have. */
export const ClearpostNav = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Clearpost' });
  return (
    <SubNav.Main aria-label={title}>
      <SubNav.Header label={title} />
      <SubNav.Content>
        <SubNav.Sections>
          {[
            <SubNav.Section key="compliance" label={formatMessage({ id: getTranslation('nav.compliance'), defaultMessage: 'Compliance' })}>
              <SubNav.Link to={BASE_PATH} end label={formatMessage({ id: getTranslation('nav.review-queue'), defaultMessage: 'Review queue' })} />
              <SubNav.Link to={`${BASE_PATH}/audit`} label={formatMessage({ id: getTranslation('nav.audit'), defaultMessage: 'Audit' })} />
            </SubNav.Section>,
            <SubNav.Section key="feedback" label={formatMessage({ id: getTranslation('nav.feedback'), defaultMessage: 'Patient feedback' })}>
              <SubNav.Link to={`${BASE_PATH}/inbox`} end label={formatMessage({ id: getTranslation('nav.inbox'), defaultMessage: 'Inbox' })} />
              <SubNav.Link to={`${BASE_PATH}/inbox/figures`} label={formatMessage({ id: getTranslation('nav.feedback-figures'), defaultMessage: 'Figures' })} />
            </SubNav.Section>,
          ]}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
