import type { CheckOptions } from './types';

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  readabilityGrade: 8,
  // X counts weighted characters (URLs 23, most CJK and emoji 2); the others count plain characters.
  platformLimits: { x: 280, instagram: 2200, linkedin: 3000, facebook: 63206 },
  // Past these, feeds truncate behind "more" and engagement drops.
  recommendedLengths: { x: 240, instagram: 1000, linkedin: 1300, facebook: 500 },
  maxHashtags: 5,
  maxLinks: 1,
  replyRiskModel: true,
  phiRiskModel: true,
  spanishPhiRiskModel: true,
  spanishClickbaitModel: true,
};

export function resolveOptions(overrides?: Partial<CheckOptions>): CheckOptions {
  if (!overrides) return DEFAULT_CHECK_OPTIONS;
  return {
    ...DEFAULT_CHECK_OPTIONS,
    ...overrides,
    platformLimits: { ...DEFAULT_CHECK_OPTIONS.platformLimits, ...overrides.platformLimits },
    recommendedLengths: { ...DEFAULT_CHECK_OPTIONS.recommendedLengths, ...overrides.recommendedLengths },
  };
}
