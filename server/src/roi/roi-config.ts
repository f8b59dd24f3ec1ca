import { z } from 'zod';

export const roiConfigSchema = z
  .object({
    /** Money value of one conversion (an appointment request, a call). */
    valuePerConversion: z.number().nonnegative().default(100),
    /** Cost of one hour of staff time spent on a channel. */
    hourlyRate: z.number().nonnegative().default(60),
    topK: z.number().int().min(1).max(20).default(3),
    /** Channels whose expected (posterior-mean) ROI is below this are not picked by ranking. */
    roiFloor: z.number().default(0),
    /** Fraction of posts that give one of their K places to a Thompson-sampled channel. */
    explorationShare: z.number().min(0).max(1).default(0.1),
    seed: z.number().int().default(1),
    /** How far ahead of the earliest allowed time a slot may be placed. */
    horizonDays: z.number().int().min(1).max(90).default(14),
    /** Analytics window for ROI and best times, ending at `now`. */
    windowDays: z.number().int().min(1).max(3660).default(90),
    /** Weight of the organisation's mean conversion rate, in pseudo-clicks. */
    priorStrength: z.number().positive().default(50),
    credibleLevel: z.number().gt(0).lt(1).default(0.9),
    /**
     * 'lower' ranks by the lower end of the credible interval, so a channel with little data cannot win
     * by luck; 'mean' ranks by the posterior mean.
     */
    rankBy: z.enum(['lower', 'mean']).default('lower'),
    /** Pseudo-impressions pulling each weekday×hour cell toward the channel's overall engagement rate. */
    heatmapPriorImpressions: z.number().nonnegative().default(2000),
    /** How many of the best weekday×hour cells count as "best" slots. */
    topSlots: z.number().int().min(1).max(168).default(6),
  })
  .strict();

export type RoiConfigInput = z.input<typeof roiConfigSchema>;
export type RoiConfig = z.output<typeof roiConfigSchema>;

export function parseRoiConfig(input: unknown = {}): RoiConfig {
  const result = roiConfigSchema.safeParse(input ?? {});
  if (!result.success) {
    const fields = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid ROI config — ${fields.join('; ')}`);
  }
  return result.data;
}
