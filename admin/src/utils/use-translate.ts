import * as React from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from './get-translation';

type Values = Record<string, string | number | boolean | null | undefined | Date>;

/** formatMessage for our own keys: t('settings.title', 'Settings', values). */
export function useTranslate() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (key: string, defaultMessage: string, values?: Values) =>
      formatMessage({ id: getTranslation(key), defaultMessage }, values as never) as string,
    [formatMessage]
  );
}
