import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply } from './types';

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export const mediaType = (header: string | undefined): string => (header ?? '').split(';')[0].trim().toLowerCase();

/** JSON and form bodies are parsed; anything else stays raw. Invalid JSON becomes an Error value. */
export function parseBody(raw: Buffer, contentType: string): unknown {
  if (raw.length === 0) return undefined;
  if (contentType === 'application/json') {
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch (err) {
      return err instanceof Error ? err : new Error('invalid JSON');
    }
  }
  if (contentType === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  return raw;
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(reply.body)) payload = reply.body;
  else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);
export const isHttpUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/[^\s/]+/.test(v);
export const header = (ctx: { headers: Record<string, string | string[] | undefined> }, name: string): string | undefined => {
  const v = ctx.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
};
