import { AnalyticsImportError } from './analytics-import-error';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface SniffResult {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to drop. */
  bomLength: number;
}

/** Bytes needed to decide; fewer only at end of input. */
export const SNIFF_BYTES = 8;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Throws for Excel workbooks; otherwise names the text encoding from the BOM, or guesses UTF-16 from zero bytes. */
export function sniffEncoding(head: Uint8Array): SniffResult {
  if (startsWith(head, OLE2) || startsWith(head, ZIP)) {
    const kind = startsWith(head, OLE2) ? 'an Excel 97–2003 workbook (.xls)' : 'an Excel workbook (.xlsx) or other zip file';
    throw new AnalyticsImportError(
      'SPREADSHEET_NOT_SUPPORTED',
      `This file is ${kind}, not CSV. LinkedIn exports .xls/.xlsx: open it, pick the sheet you want ` +
        `(e.g. "Metrics" or "All posts") and save it as CSV (File → Save As → CSV UTF-8), then import the CSV.`,
    );
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // ASCII text in UTF-16 without a BOM has a zero in every other byte.
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) {
    return { encoding: 'utf-16le', bomLength: 0 };
  }
  if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0) {
    return { encoding: 'utf-16be', bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}
