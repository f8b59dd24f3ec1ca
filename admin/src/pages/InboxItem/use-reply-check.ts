import * as React from 'react';
import { CHECK_DEBOUNCE_MS } from '../../constants';
import type { LocatedFinding } from '../../components/FindingsList';
import { apiErrorMessage, isAbort } from '../../services/api-error';
import { useComplianceApi } from '../../services/compliance';
import type { Platform } from '../../services/types';

export type ReplyCheck =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; verdict: 'pass' | 'block'; findings: LocatedFinding[] }
  | { status: 'error'; message: string };

const PLATFORMS: readonly string[] = ['facebook', 'instagram', 'x', 'linkedin'];

/** The live check of a reply as it is typed: kind `reply`, with the feedback it answers as context. */
export function useReplyCheck(text: string, context: string, source: string, enabled: boolean): ReplyCheck {
  const { check } = useComplianceApi();
  const [state, setState] = React.useState<ReplyCheck>({ status: 'idle' });

  React.useEffect(() => {
    if (!enabled || text.trim() === '') {
      setState({ status: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    setState({ status: 'checking' });
    const timer = window.setTimeout(async () => {
      try {
        const platform = PLATFORMS.includes(source) ? (source as Platform) : undefined;
        const report = await check({ text, kind: 'reply', context, ...(platform ? { platform } : {}) }, controller.signal);
        if (controller.signal.aborted) return;
        setState({ status: 'done', verdict: report.verdict, findings: report.findings.map((f) => ({ ...f, field: 'reply', source: text })) });
      } catch (error) {
        if (isAbort(error) || controller.signal.aborted) return;
        setState({ status: 'error', message: apiErrorMessage(error, 'The compliance check failed.') });
      }
    }, CHECK_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, context, source, enabled, check]);

  return state;
}
