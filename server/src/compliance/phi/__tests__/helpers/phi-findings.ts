import { check } from '../../../engine';
import type { CheckInput, Finding } from '../../../types';
import { TEST_DIRECTORY } from '../../../__tests__/test-directory';

/** The PHI findings of `text`, checked as a post against the test directory unless `extra` says otherwise. */
export function phiFindings(text: string, extra: Partial<CheckInput> = {}): Finding[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY, ...extra }).findings.filter((f) => f.category === 'phi');
}

export const anyBlock = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'block');
