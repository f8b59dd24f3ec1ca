import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import type { DetectorContext, TextKind } from '../../types';

export function ctxFor(text: string, kind: TextKind = 'post', extra: Partial<DetectorContext> = {}): DetectorContext {
  return { text, kind, directory: { staff: [], departments: [] }, options: DEFAULT_CHECK_OPTIONS, ...extra };
}
