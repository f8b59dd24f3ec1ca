import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { apiErrorMessage } from '../services/api-error';

/**
 * A list page's rows: loaded on mount and again after `reload()`; a failed load shows the server's
 * message as a toast and leaves an empty list, so the page stays usable.
 */
export function useList<T>(load: () => Promise<T[]>, failure: string): { rows: T[] | null; reload: () => void } {
  const { toggleNotification } = useNotification();
  const [rows, setRows] = React.useState<T[] | null>(null);
  const [version, setVersion] = React.useState(0);
  const reload = React.useCallback(() => setVersion((v) => v + 1), []);

  React.useEffect(() => {
    let active = true;
    load()
      .then((list) => active && setRows(list))
      .catch((error: unknown) => {
        if (!active) return;
        setRows([]);
        toggleNotification({ type: 'danger', message: apiErrorMessage(error, failure) });
      });
    return () => {
      active = false;
    };
  }, [load, failure, toggleNotification, version]);

  return { rows, reload };
}
