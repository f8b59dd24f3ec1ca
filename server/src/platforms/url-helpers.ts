export function withQuery(base: string, path: string, params: Record<string, string | undefined>): string {
  const url = new URL(`${base}${path}`);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

export const segment = (id: string): string => encodeURIComponent(id);
