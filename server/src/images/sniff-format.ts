export const SUPPORTED_INPUT_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'tiff', 'gif'] as const;
export type SupportedInputFormat = (typeof SUPPORTED_INPUT_FORMATS)[number];

export type SniffedFormat =
  | { kind: 'supported'; format: SupportedInputFormat }
  | { kind: 'unsupported'; format: string }
  | { kind: 'unknown' };

const ASCII = 'latin1';

/**
 * Names the format from the leading bytes, never from a file name or a declared MIME type. Formats we
 * recognise but refuse (SVG above all: it can carry scripts and external references) get their name so
 * the error can say what was sent.
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512));
  const at = (offset: number, signature: number[]): boolean =>
    signature.every((value, i) => head[offset + i] === value);
  const text = (start: number, end: number): string => head.subarray(start, end).toString(ASCII);

  if (at(0, [0xff, 0xd8, 0xff])) return supported('jpeg');
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return supported('png');
  if (text(0, 6) === 'GIF87a' || text(0, 6) === 'GIF89a') return supported('gif');
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return supported('webp');
  if (at(0, [0x49, 0x49, 0x2a, 0x00]) || at(0, [0x4d, 0x4d, 0x00, 0x2a])) return supported('tiff');
  if (at(0, [0x49, 0x49, 0x2b, 0x00]) || at(0, [0x4d, 0x4d, 0x00, 0x2b])) return supported('tiff');
  if (text(4, 8) === 'ftyp') return sniffIsoMedia(head);

  if (text(0, 5) === '%PDF-') return unsupported('pdf');
  if (text(0, 2) === 'BM') return unsupported('bmp');
  if (at(0, [0x00, 0x00, 0x01, 0x00])) return unsupported('ico');
  if (text(0, 4) === '8BPS') return unsupported('psd');
  if (at(0, [0xff, 0x0a]) || text(4, 12) === 'JXL \r\n\x87\n') return unsupported('jxl');
  if (text(4, 12) === 'jP  \r\n\x87\n' || at(0, [0xff, 0x4f, 0xff, 0x51])) return unsupported('jp2');
  if (looksLikeSvg(head)) return unsupported('svg');
  return { kind: 'unknown' };
}

function sniffIsoMedia(head: Buffer): SniffedFormat {
  const boxSize = head.readUInt32BE(0);
  const end = Math.min(boxSize, head.length);
  const brands = [head.subarray(8, 12).toString(ASCII)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(head.subarray(offset, offset + 4).toString(ASCII));
  if (brands.includes('avif') || brands.includes('avis')) return supported('avif');
  if (brands.some((brand) => ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand))) {
    return unsupported('heic');
  }
  return { kind: 'unknown' };
}

function looksLikeSvg(head: Buffer): boolean {
  const start = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (!start.startsWith('<')) return false;
  // XML prolog, comments and doctype may come first; an <svg element within the first bytes decides it.
  return /<svg[\s>/]/.test(start) || start.startsWith('<!doctype svg');
}

function supported(format: SupportedInputFormat): SniffedFormat {
  return { kind: 'supported', format };
}

function unsupported(format: string): SniffedFormat {
  return { kind: 'unsupported', format };
}
