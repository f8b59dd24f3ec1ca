/** The message the server put in its error body (Strapi's { error: { message } }), or the transport error's. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  const candidate = error as { response?: { data?: { error?: { message?: unknown } } }; message?: unknown } | null;
  const serverMessage = candidate?.response?.data?.error?.message;
  if (typeof serverMessage === 'string' && serverMessage.length > 0) return serverMessage;
  if (typeof candidate?.message === 'string' && candidate.message.length > 0) return candidate.message;
  return fallback;
}

/** True when the request was aborted on purpose (a newer check superseded it). */
export function isAbort(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'CanceledError';
}
