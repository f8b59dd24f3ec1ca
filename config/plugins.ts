import { findRepoRoot } from './find-repo-root';

export default ({ env }: { env: any }) => ({
  clearpost: {
    enabled: true,
    resolve: findRepoRoot(),
    config: {
      ...(env('CLEARPOST_REDIS_URL') ? { redis: { url: env('CLEARPOST_REDIS_URL') } } : {}),
      timezone: env('CLEARPOST_TIMEZONE', 'UTC'),
      ...(env('CLEARPOST_FEEDBACK_WEBHOOK_SECRET') ? { feedback: { webhookSecret: env('CLEARPOST_FEEDBACK_WEBHOOK_SECRET') } } : {}),
    },
  },
});
