import { PLATFORMS, type Platform } from './types';

/** "Facebook", "twitter": a known platform however it is written; undefined for one whose limits we do not know ("google"). */
export function knownPlatform(name: string): Platform | undefined {
  const lower = name.trim().toLowerCase();
  const platform = lower === 'twitter' ? 'x' : lower;
  return (PLATFORMS as readonly string[]).includes(platform) ? (platform as Platform) : undefined;
}
