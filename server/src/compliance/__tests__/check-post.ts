import { check } from '../engine';
import type { CheckInput, ComplianceReport } from '../types';
import { TEST_DIRECTORY } from './test-directory';

/** check() on a post against the test directory; `extra` turns it into a reply, adds context or options. */
export const checkPost = (text: string, extra: Partial<CheckInput> = {}): ComplianceReport =>
  check({ text, kind: 'post', directory: TEST_DIRECTORY, ...extra });

export const verdictOf = (text: string, extra: Partial<CheckInput> = {}) => checkPost(text, extra).verdict;

/** The rules of the findings that block. */
export const blockingRules = (text: string, extra: Partial<CheckInput> = {}): string[] =>
  checkPost(text, extra).findings.filter((f) => f.severity === 'block').map((f) => f.rule);
