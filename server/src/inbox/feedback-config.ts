import { z } from 'zod';

export const feedbackConfigSchema = z
  .object({
    /** Shared secret for POST /api/clearpost/feedback/webhook; unset, the webhook answers 503. */
    webhookSecret: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
    negativeRepliesNeedApproval: z.boolean().optional(),
  })
  .strict();

export interface FeedbackConfig {
  webhookSecret: string | null;
  negativeRepliesNeedApproval: boolean;
}

export function resolveFeedbackConfig(
  pluginConfig: { feedback?: z.infer<typeof feedbackConfigSchema> } | undefined
): FeedbackConfig {
  const feedback = pluginConfig?.feedback ?? {};
  return {
    webhookSecret: feedback.webhookSecret ?? null,
    negativeRepliesNeedApproval: feedback.negativeRepliesNeedApproval ?? true,
  };
}
