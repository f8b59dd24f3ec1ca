import { z } from 'zod';

const length = z.int().min(1).max(70_000);
const perPlatform = () => z.strictObject({ facebook: length, instagram: length, x: length, linkedin: length }).partial();

/**
 * What config (and the Settings page) may change in the engine's options; anything left out keeps
 * DEFAULT_CHECK_OPTIONS. Limits stay within what any platform accepts (Facebook's 63,206 is the largest).
 */
export const checkOptionsOverrideSchema = z.strictObject({
  readabilityGrade: z.number().min(1).max(20).optional(),
  platformLimits: perPlatform().optional(),
  recommendedLengths: perPlatform().optional(),
  maxHashtags: z.int().min(0).max(100).optional(),
  maxLinks: z.int().min(0).max(100).optional(),
  replyRiskModel: z.boolean().optional(),
  phiRiskModel: z.boolean().optional(),
  spanishPhiRiskModel: z.boolean().optional(),
  spanishClickbaitModel: z.boolean().optional(),
});
export type CheckOptionsOverride = z.infer<typeof checkOptionsOverrideSchema>;
