import { z } from 'zod';
import { PLATFORMS, type Platform } from '../compliance/types';
import { isValidTimeZone } from './zoned-time';

export const CHANNEL_PLATFORMS = PLATFORMS;
export type ChannelPlatform = Platform;

export const channelSchema = z
  .object({
    id: z.string().min(1),
    platform: z.enum(CHANNEL_PLATFORMS),
    name: z.string().min(1),
    timezone: z.string().refine(isValidTimeZone, { message: 'not an IANA time zone' }),
    enabled: z.boolean().default(true),
    dailyCap: z.number().int().min(1).default(3),
    minGapMinutes: z.number().int().min(0).default(120),
  })
  .strict();

export type Channel = z.output<typeof channelSchema>;
