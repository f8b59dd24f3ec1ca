import { z } from 'zod';

/** What a delivery worker needs to post as a channel (see platforms/types.ts PlatformCredentials). */
export const channelCredentialsSchema = z
  .object({
    accessToken: z.string().min(1).max(8192),
    accountId: z.string().min(1).max(255),
    /** Webhook channels: where to send. */
    endpointUrl: z.url({ protocol: /^https?$/ }).max(2048).optional(),
    refreshToken: z.string().min(1).max(8192).optional(),
  })
  .strict();

export type ChannelCredentials = z.output<typeof channelCredentialsSchema>;
