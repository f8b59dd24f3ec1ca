import type { LocatedFinding } from '../../components/FindingsList';
import { useComplianceApi } from '../../services/compliance';
import { isPlatform } from '../../utils/platforms';
import { useDebouncedRequest } from '../../utils/use-debounced-request';

export type ReplyCheck =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; verdict: 'pass' | 'block'; findings: LocatedFinding[] }
  | { status: 'error'; message: string };

/** The live check of a reply as it is typed: kind `reply`, with the feedback it answers as context. */
export function useReplyCheck(text: string, context: string, source: string, enabled: boolean): ReplyCheck {
  const { check } = useComplianceApi();
  const platform = isPlatform(source) ? source : undefined;
  const state = useDebouncedRequest(
    JSON.stringify([text, context, platform]),
    enabled && text.trim() !== ''
      ? async (signal) => {
          const report = await check({ text, kind: 'reply', context, ...(platform ? { platform } : {}) }, signal);
          return {
            verdict: report.verdict,
            findings: report.findings.map((f): LocatedFinding => ({ ...f, field: 'reply', source: text })),
          };
        }
      : null,
    'The compliance check failed.'
  );
  if (state.status === 'loading') return { status: 'checking' };
  if (state.status === 'done') return { status: 'done', ...state.value };
  return state;
}
