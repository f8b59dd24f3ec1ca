/** A person's display name from an admin user object as the Content Manager returns it. */
export function personName(user: { firstname?: string | null; lastname?: string | null; username?: string | null } | null | undefined): string | null {
  if (!user) return null;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return name || user.username || null;
}

/** Whole hours/days since an ISO date, for "waiting for" columns. */
export function ageOf(iso: string, now = Date.now()): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: Math.round(hours / 24), unit: 'day' };
}
