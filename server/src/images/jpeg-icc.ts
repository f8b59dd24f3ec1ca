import sharp from 'sharp';

const SOI = 0xd8;
const APP0 = 0xe0;
const APP2 = 0xe2;
const ICC_MARKER = Buffer.from('ICC_PROFILE\0', 'latin1');
/** A segment's length field counts itself (2 bytes) and tops out at 65535; each ICC chunk also carries marker + seq + count. */
const MAX_CHUNK = 65535 - 2 - ICC_MARKER.length - 2;

let srgbProfile: Promise<Buffer> | undefined;

/** The sRGB profile sharp itself embeds with withIccProfile('srgb'), read back once from a tiny image. */
export function srgbIccProfile(): Promise<Buffer> {
  srgbProfile ??= sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .withIccProfile('srgb')
    .jpeg()
    .toBuffer()
    .then((tiny) => sharp(tiny).metadata())
    .then(({ icc }) => {
      if (!icc) throw new Error('sharp did not embed an sRGB ICC profile');
      return icc;
    });
  srgbProfile.catch(() => (srgbProfile = undefined));
  return srgbProfile;
}

/**
 * Embeds an ICC profile in a JPEG that has none, as APP2 segments right after SOI (after JFIF's APP0
 * when there is one), which is where libjpeg writes it. For pixels that are already sRGB this gives
 * the same file as withIccProfile('srgb') without its per-pixel sRGB→sRGB colour transform.
 */
export function embedIccInJpeg(jpeg: Buffer, icc: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== SOI) throw new Error('not a JPEG');
  let at = 2;
  if (jpeg[at] === 0xff && jpeg[at + 1] === APP0) at += 2 + jpeg.readUInt16BE(at + 2);

  const count = Math.ceil(icc.byteLength / MAX_CHUNK);
  const segments: Buffer[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const chunk = icc.subarray((seq - 1) * MAX_CHUNK, seq * MAX_CHUNK);
    const header = Buffer.alloc(4);
    header[0] = 0xff;
    header[1] = APP2;
    header.writeUInt16BE(2 + ICC_MARKER.length + 2 + chunk.byteLength, 2);
    segments.push(header, ICC_MARKER, Buffer.from([seq, count]), chunk);
  }
  return Buffer.concat([jpeg.subarray(0, at), ...segments, jpeg.subarray(at)]);
}
