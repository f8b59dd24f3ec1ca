import type { Platform } from '../services/types';

const PLATFORMS: readonly Platform[] = ['facebook', 'instagram', 'x', 'linkedin'];

/** A social platform the compliance engine measures (channels' webhook and outbox are not). */
export const isPlatform = (value: unknown): value is Platform =>
  typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
