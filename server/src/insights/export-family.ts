import { EXPORT_FORMATS } from '../analytics/export-formats/format-registry';
import type { FormatFamily } from '../analytics/export-formats/format-spec';

export function familyOfSource(source: string | null): FormatFamily | null {
  return EXPORT_FORMATS.find((f) => f.source === source)?.family ?? null;
}

/** Why a file cannot belong to a channel on `platform`, or null when it can (the generic template fits any). */
export function platformMismatch(source: string | null, platform: string, channelName: string): string | null {
  const family = familyOfSource(source);
  if (family === null || family === 'generic' || family === platform) return null;
  const label = EXPORT_FORMATS.find((f) => f.source === source)?.label ?? family;
  return `This file is a ${label} (${family}), but channel '${channelName}' is on ${platform}`;
}

/** Whether an export's account id can be the channel's: equal, or one a suffix of the other (URNs). */
export function sameAccount(rowAccountId: string, channelAccountId: string): boolean {
  const a = rowAccountId.trim();
  const b = channelAccountId.trim();
  return a === b || a.endsWith(`:${b}`) || b.endsWith(`:${a}`);
}
