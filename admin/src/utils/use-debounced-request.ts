import * as React from 'react';
import { CHECK_DEBOUNCE_MS } from '../constants';
import { apiErrorMessage, isAbort } from '../services/api-error';

export type Debounced<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'done'; value: T }
  | { status: 'error'; message: string };

/**
 * Runs `run` CHECK_DEBOUNCE_MS after `key` last changed; a newer key aborts the older request. `run: null` means
 * nothing to ask (state goes idle); `known` is an answer that needs no request. `key` stands for `run` and `known`.
 */
export function useDebouncedRequest<T>(
  key: string,
  run: ((signal: AbortSignal) => Promise<T>) | null,
  failure: string,
  known?: T
): Debounced<T> {
  const [state, setState] = React.useState<Debounced<T>>({ status: 'idle' });
  const latest = React.useRef({ run, known });
  latest.current = { run, known };
  const active = run !== null;

  React.useEffect(() => {
    const { run: request, known: answer } = latest.current;
    if (!request) {
      setState({ status: 'idle' });
      return undefined;
    }
    if (answer !== undefined) {
      setState({ status: 'done', value: answer });
      return undefined;
    }
    const controller = new AbortController();
    setState((p) => ({
      status: 'loading',
      previous: p.status === 'done' ? p.value : p.status === 'loading' ? p.previous : null,
    }));
    const timer = window.setTimeout(async () => {
      try {
        const value = await request(controller.signal);
        if (!controller.signal.aborted) setState({ status: 'done', value });
      } catch (error) {
        if (isAbort(error) || controller.signal.aborted) return;
        setState({ status: 'error', message: apiErrorMessage(error, failure) });
      }
    }, CHECK_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, active, failure]);

  return state;
}
