import { check } from '../engine';
import type { CheckInput, ComplianceReport } from '../types';
import { TEST_DIRECTORY } from './test-directory';

/** check() on a post against the test directory; `extra` turns it into a reply, adds context or options. */
export const checkPost = (text: string, extra: Partial<CheckInput> = {}): ComplianceReport =>
  check({ text, kind: 'post', directory: TEST_DIRECTORY, ...extra });

/** The extra input that makes a check a reply to `context`. */
export const reply = (context: string): Partial<CheckInput> => ({ kind: 'reply', context });

export const verdictOf = (text: string, extra: Partial<CheckInput> = {}) => checkPost(text, extra).verdict;

/** The rules of the findings that block. */
export const blockingRules = (text: string, extra: Partial<CheckInput> = {}): string[] =>
  checkPost(text, extra).findings.filter((f) => f.severity === 'block').map((f) => f.rule);

const TRAINED_MODEL_RULE = /^(?:phi-risk-model(?:-es)?|reply-risk-model(?:-es)?)\.|^clickbait\.(?:post-teaser-model(?:-es)?|classifier)$/;

/**
 * The blocking rules of the hand-written detectors, leaving out the trained models. For clean look-alikes written to pin
 * a rule: the models' false blocks are measured over whole held-out sets (README), not sentence by sentence.
 */
export const handWrittenBlockingRules = (text: string, extra: Partial<CheckInput> = {}): string[] =>
  blockingRules(text, extra).filter((rule) => !TRAINED_MODEL_RULE.test(rule));
