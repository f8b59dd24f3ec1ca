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
          ]}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
