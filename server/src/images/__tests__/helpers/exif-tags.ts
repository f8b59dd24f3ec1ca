/**
 * Reads the tag ids of IFD0 and the GPS IFD from the EXIF block sharp returns in metadata().exif,
 * so a test can prove GPS really is in an input. Only what the tests need; not a general parser.
 */
export interface ExifSummary {
  ifd0: Map<number, string | number[]>;
  gps: Map<number, string | number[]>;
}

const GPS_IFD_POINTER = 0x8825;
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

export function readExif(exif: Buffer): ExifSummary {
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));

  const readIfd = (offset: number): Map<number, string | number[]> => {
    const tags = new Map<number, string | number[]>();
    const count = u16(offset);
    for (let i = 0; i < count; i++) {
      const entry = offset + 2 + i * 12;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const n = u32(entry + 4);
      const size = (TYPE_SIZES[type] ?? 1) * n;
      const at = size <= 4 ? entry + 8 : u32(entry + 8);
      if (type === 2) tags.set(tag, tiff.toString('latin1', at, at + n).replace(/\0+$/, ''));
      else if (type === 5) tags.set(tag, Array.from({ length: n }, (_, k) => u32(at + k * 8) / u32(at + k * 8 + 4)));
      else if (type === 3) tags.set(tag, Array.from({ length: n }, (_, k) => u16(at + k * 2)));
      else if (type === 4) tags.set(tag, Array.from({ length: n }, (_, k) => u32(at + k * 4)));
      else tags.set(tag, []);
    }
    return tags;
  };

  const ifd0 = readIfd(u32(4));
  const pointer = ifd0.get(GPS_IFD_POINTER);
  const gps = Array.isArray(pointer) && pointer[0] !== undefined ? readIfd(pointer[0]) : new Map();
  return { ifd0, gps };
}

export const GPS_LATITUDE_REF = 0x0001;
export const GPS_LATITUDE = 0x0002;
export const ORIENTATION = 0x0112;
