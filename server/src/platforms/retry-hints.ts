/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterHeaderMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** X sends reset times as Unix epoch seconds. */
export function epochSecondsResetMs(value: string | null, now: number): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Math.max(0, Number(value.trim()) * 1000 - now);
}

/**
 * Meta's X-Business-Use-Case-Usage: {"<id>":[{"estimated_time_to_regain_access": minutes, ...}]}.
 * The longest wait across business objects wins, since any of them blocks the call.
 */
export function businessUseCaseWaitMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  let maxMinutes: number | undefined;
  for (const entries of Object.values(parsed)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      const minutes = (entry as { estimated_time_to_regain_access?: unknown })?.estimated_time_to_regain_access;
      if (typeof minutes === 'number' && minutes > 0) maxMinutes = Math.max(maxMinutes ?? 0, minutes);
    }
  }
  return maxMinutes === undefined ? undefined : maxMinutes * 60_000;
}

/** LinkedIn's daily limits reset at midnight UTC and its 429s carry no reset header. */
export function msUntilNextUtcMidnight(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) - now;
}
