import { z } from 'zod';
import { channelCredentialsSchema } from '../channels/channel-credentials';
import { CHANNEL_PLATFORMS } from '../content-types/channel/schema';
import { isValidTimeZone } from '../roi/zoned-time';

export const channelDocumentIdParams = z.object({ documentId: z.string().min(1).max(64) }).strict();

export const putCredentialsBody = z.object({ credentials: channelCredentialsSchema }).strict();
export type PutCredentialsRequest = z.infer<typeof putCredentialsBody>;

export const createChannelBody = z
  .object({
    platform: z.enum(CHANNEL_PLATFORMS),
    name: z.string().trim().min(1).max(120),
    accountId: z.string().min(1).max(255).optional(),
    timezone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as "America/Chicago"').optional(),
    enabled: z.boolean().optional(),
    dailyCap: z.number().int().min(1).max(100).optional(),
    minGapMinutes: z.number().int().min(0).max(10080).optional(),
    credentials: channelCredentialsSchema.optional(),
  })
  .strict();
export type CreateChannelRequest = z.infer<typeof createChannelBody>;

/** What the Settings page may change on a channel; the platform is fixed once connected, credentials have their own endpoint. */
export const updateChannelBody = createChannelBody
  .pick({ name: true, accountId: true, timezone: true, enabled: true, dailyCap: true, minGapMinutes: true })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one of name, accountId, timezone, enabled, dailyCap, minGapMinutes');
export type UpdateChannelRequest = z.infer<typeof updateChannelBody>;

/** A channel as our endpoints show it: whether credentials are set, never what they are. */
export interface ChannelView {
  documentId: string;
  platform: string;
  name: string;
  accountId: string | null;
  timezone: string;
  enabled: boolean;
  dailyCap: number;
  minGapMinutes: number;
  hasCredentials: boolean;
  /** When the credentials were set; null when there are none. */
  credentialsSetAt: string | null;
  updatedAt: string | null;
}
