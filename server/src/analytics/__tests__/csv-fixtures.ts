import { Readable } from 'node:stream';

export function utf8Bom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export function utf16le(text: string, bom = true): Buffer {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(text: string): Buffer {
  const body = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < body.length; i += 2) {
    const a = body[i]!;
    body[i] = body[i + 1]!;
    body[i + 1] = a;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
}

/** A stream of small, odd-sized chunks, so multi-byte characters and BOMs straddle chunk edges. */
export function trickle(bytes: Buffer, size = 7): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');
}
