import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

export const RED = { r: 220, g: 20, b: 20 };
export const BLUE = { r: 20, g: 40, b: 220 };

/**
 * A 6000×4000 JPEG as a camera stores a portrait shot: EXIF orientation 6 (display rotated 90°
 * clockwise), GPS coordinates and XMP. Stored top rows are red and bottom rows blue, so upright the
 * red band is the right edge and the blue band the left edge of a 4000×6000 portrait.
 */
export async function cameraPortraitJpeg(): Promise<Buffer> {
  const width = 6000;
  const height = 4000;
  const band = (colour: typeof RED) => sharp({ create: { width, height: 500, channels: 3, background: colour } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 } } })
    .composite([
      { input: await band(RED), left: 0, top: 0 },
      { input: await band(BLUE), left: 0, top: height - 500 },
    ])
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'TestCam', Model: 'Clinic 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 44/1 54/1', GPSLongitudeRef: 'W', GPSLongitude: '73/1 59/1 9/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Patient J. Smith</dc:creator>' +
        '</rdf:Description></rdf:RDF></x:xmpmeta>'
    )
    .toBuffer();
}

/** Smooth gradients with a green square centred at `marker`; smooth so resampling paths compare closely. */
export async function markedLandscape(width: number, height: number, marker: { x: number; y: number }, size = 200): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = Math.round((255 * x) / width);
      raw[i + 1] = 60;
      raw[i + 2] = Math.round((255 * y) / height);
    }
  }
  const square = await sharp({ create: { width: size, height: size, channels: 3, background: { r: 0, g: 255, b: 0 } } }).png().toBuffer();
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .composite([{ input: square, left: marker.x - size / 2, top: marker.y - size / 2 }])
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** Random pixels: encodes to large files, as real photos do. */
export async function noisyJpeg(width: number, height: number, quality = 90): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < raw.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = seed >> 23;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
}

/**
 * A valid 30,000×30,000 1-bit greyscale PNG of about 100 kB: decoding it would need gigabytes. Built
 * by hand because asking sharp to encode 900 megapixels would take the test minutes.
 */
export function pixelBombPng(size = 30_000): Buffer {
  const row = Buffer.alloc(1 + Math.ceil(size / 8));
  const rows = Buffer.alloc(row.length * size);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** "Room 412 - J. Smith, DOB 03/14/1948" set in DejaVu Sans, black on white, as a PNG. */
export async function textPng(text: string, width = 1200, height = 200): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="40" y="${Math.round(height / 2 + 16)}" font-family="DejaVu Sans" font-size="44" fill="#111111">${text}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Pixels of an encoded image, for colour checks. */
export async function pixels(image: Buffer): Promise<{ data: Buffer; width: number; height: number; channels: number }> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export function pixelAt(image: { data: Buffer; width: number; channels: number }, x: number, y: number): { r: number; g: number; b: number } {
  const i = (y * image.width + x) * image.channels;
  return { r: image.data[i]!, g: image.data[i + 1]!, b: image.data[i + 2]! };
}
