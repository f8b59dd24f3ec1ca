import { TextDecoder } from 'node:util';
import { SNIFF_BYTES, sniffEncoding, type TextEncodingName } from './encoding-sniffer';

export type CsvInput = Uint8Array | string | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

const SLICE = 64 * 1024;

async function* chunksOf(input: CsvInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === 'string') {
    yield input;
    return;
  }
  if (input instanceof Uint8Array) {
    // Slicing keeps each decode and parse step small even for a whole file held in a Buffer.
    for (let i = 0; i < input.length; i += SLICE) yield input.subarray(i, i + SLICE);
    return;
  }
  yield* input;
}

/** Decodes a byte stream to text, choosing the encoding from its first bytes and dropping any BOM. */
export async function* decodeText(
  input: CsvInput,
  onEncoding: (encoding: TextEncodingName | 'string') => void,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let pending: Uint8Array = new Uint8Array(0);
  let sawString = false;
  const start = (bytes: Uint8Array): string => {
    const sniffed = sniffEncoding(bytes);
    onEncoding(sniffed.encoding);
    decoder = new TextDecoder(sniffed.encoding);
    return decoder.decode(bytes.subarray(sniffed.bomLength), { stream: true });
  };
  for await (const chunk of chunksOf(input)) {
    if (typeof chunk === 'string') {
      if (!sawString) {
        sawString = true;
        onEncoding('string');
        yield chunk.replace(/^\uFEFF/, '');
      } else yield chunk;
      continue;
    }
    if (decoder === null) {
      const joined = new Uint8Array(pending.length + chunk.length);
      joined.set(pending);
      joined.set(chunk, pending.length);
      if (joined.length < SNIFF_BYTES) {
        pending = joined;
        continue;
      }
      pending = new Uint8Array(0);
      const text = start(joined);
      if (text) yield text;
      continue;
    }
    const text = (decoder as TextDecoder).decode(chunk, { stream: true });
    if (text) yield text;
  }
  if (decoder === null && pending.length > 0) {
    const text = start(pending);
    if (text) yield text;
  }
  if (decoder !== null) {
    const rest = (decoder as TextDecoder).decode();
    if (rest) yield rest;
  }
}
