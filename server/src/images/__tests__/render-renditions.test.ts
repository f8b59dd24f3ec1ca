import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { resolveImagesConfig } from '../images-config';
import { DEFAULT_PRESETS } from '../presets';
import { renderRenditions, UnknownPresetError, type RenditionProgress } from '../render-renditions';
import { RenditionBudgetError } from '../rendition-budget-error';
import { GPS_LATITUDE, GPS_LATITUDE_REF, readExif } from './helpers/exif-tags';
import { BLUE, cameraPortraitJpeg, markedLandscape, noisyJpeg, pixelAt, pixels, RED } from './helpers/make-images';

jest.setTimeout(60_000);

const near = (a: { r: number; g: number; b: number }, b: { r: number; g: number; b: number }, tolerance = 40) =>
  Math.abs(a.r - b.r) <= tolerance && Math.abs(a.g - b.g) <= tolerance && Math.abs(a.b - b.b) <= tolerance;

describe('renderRenditions on a camera photo (6000×4000, EXIF orientation 6, GPS, XMP)', () => {
  let input: Buffer;
  let result: Awaited<ReturnType<typeof renderRenditions>>;
  const progress: RenditionProgress[] = [];

  beforeAll(async () => {
    input = await cameraPortraitJpeg();
    result = await renderRenditions(input, { onProgress: (p) => progress.push(p) });
  });

  it('really is the input the test means: orientation 6, GPS and XMP present', async () => {
    const metadata = await sharp(input).metadata();
    expect([metadata.width, metadata.height, metadata.orientation]).toEqual([6000, 4000, 6]);
    const exif = readExif(metadata.exif!);
    expect(exif.gps.get(GPS_LATITUDE_REF)).toBe('N');
    expect(exif.gps.get(GPS_LATITUDE)).toEqual([40, 44, 54]);
    expect(metadata.xmp?.toString()).toContain('J. Smith');
  });

  it('reads the same photo from a file path and makes the same renditions', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'clearpost-source-'));
    try {
      const file = path.join(dir, 'photo.jpg');
      await writeFile(file, input);
      const fromFile = await renderRenditions(file);
      expect(fromFile.source).toEqual(result.source);
      expect(fromFile.focus).toEqual(result.focus);
      expect(fromFile.renditions.map((r) => r.data.equals(result.renditions.find((o) => o.preset === r.preset)!.data))).toEqual(
        result.renditions.map(() => true)
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports the upright source size', () => {
    expect(result.source).toEqual({ format: 'jpeg', width: 4000, height: 6000 });
    expect(result.focus.from).toBe('attention');
    expect(result.warnings).toEqual([]);
  });

  it('makes every default preset at its exact size and format', async () => {
    expect(result.renditions.map((r) => r.preset)).toEqual(Object.keys(DEFAULT_PRESETS));
    for (const rendition of result.renditions) {
      const preset = DEFAULT_PRESETS[rendition.preset]!;
      const metadata = await sharp(rendition.data).metadata();
      expect([rendition.preset, metadata.width, metadata.height, metadata.format]).toEqual([
        rendition.preset,
        preset.width,
        preset.height,
        'jpeg',
      ]);
      expect([rendition.width, rendition.height, rendition.bytes]).toEqual([
        preset.width,
        preset.height,
        rendition.data.byteLength,
      ]);
      expect(rendition.bytes).toBeLessThanOrEqual(preset.budgetBytes);
    }
  });

  it('turns every rendition upright: red band on the right, blue on the left', async () => {
    for (const rendition of result.renditions) {
      const image = await pixels(rendition.data);
      const middle = Math.floor(image.height / 2);
      expect([rendition.preset, near(pixelAt(image, image.width - 5, middle), RED)]).toEqual([rendition.preset, true]);
      expect([rendition.preset, near(pixelAt(image, 4, middle), BLUE)]).toEqual([rendition.preset, true]);
      expect([
        rendition.preset,
        near(pixelAt(image, Math.floor(image.width / 2), middle), { r: 128, g: 128, b: 128 }, 10),
      ]).toEqual([rendition.preset, true]);
    }
  });

  it('leaves no EXIF, GPS, XMP or IPTC in any rendition, only an sRGB ICC profile', async () => {
    for (const rendition of result.renditions) {
      const metadata = await sharp(rendition.data).metadata();
      expect({
        preset: rendition.preset,
        exif: metadata.exif,
        xmp: metadata.xmp,
        iptc: metadata.iptc,
        orientation: metadata.orientation,
      }).toEqual({
        preset: rendition.preset,
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        orientation: undefined,
      });
      expect(metadata.space).toBe('srgb');
      expect(metadata.icc?.toString('latin1').replace(/\0/g, '')).toContain('sRGB');
      expect(rendition.data.includes(Buffer.from('J. Smith'))).toBe(false);
      expect(rendition.data.includes(Buffer.from('TestCam'))).toBe(false);
    }
  });

  it('reports progress from the decode to 100, once per preset', () => {
    const total = Object.keys(DEFAULT_PRESETS).length + 1;
    expect(progress.map((p) => p.completed)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(progress[0]!.preset).toBeNull();
    expect(progress.at(-1)!.percent).toBe(100);
    expect(new Set(progress.slice(1).map((p) => p.preset))).toEqual(new Set(Object.keys(DEFAULT_PRESETS)));
    for (const [i, p] of progress.entries()) if (i > 0) expect(p.percent).toBeGreaterThan(progress[i - 1]!.percent);
  });
});

describe('focal point', () => {
  const width = 3000;
  const height = 2000;
  const marker = { x: 2500, y: 400 };
  let input: Buffer;

  beforeAll(async () => {
    input = await markedLandscape(width, height, marker);
  });

  async function markerCentre(image: Buffer): Promise<{ x: number; y: number }> {
    const { data, width: w, height: h, channels } = await pixels(image);
    let sx = 0;
    let sy = 0;
    let n = 0;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * channels;
        if (data[i]! < 60 && data[i + 1]! > 200 && data[i + 2]! < 60) {
          sx += x;
          sy += y;
          n += 1;
        }
      }
    }
    return { x: sx / n, y: sy / n };
  }

  it('centres the crop on the focal point, clamped to the image edge', async () => {
    const focalPoint = { x: marker.x / width, y: marker.y / height };
    const { renditions } = await renderRenditions(input, {
      focalPoint,
      presets: ['instagram-portrait', 'instagram-square', 'x'],
    });
    for (const rendition of renditions) {
      const preset = DEFAULT_PRESETS[rendition.preset]!;
      const aspect = preset.width / preset.height;
      const cropWidth = width / height > aspect ? height * aspect : width;
      const cropHeight = cropWidth / aspect;
      const left = Math.min(Math.max(marker.x - cropWidth / 2, 0), width - cropWidth);
      const top = Math.min(Math.max(marker.y - cropHeight / 2, 0), height - cropHeight);
      const scale = preset.width / cropWidth;
      const found = await markerCentre(rendition.data);
      expect(found.x).toBeCloseTo((marker.x - left) * scale, -0.5);
      expect(found.y).toBeCloseTo((marker.y - top) * scale, -0.5);
    }
  });

  it('cut from the intermediate, matches the same crop made from the original', async () => {
    const focalPoint = { x: 0.3, y: 0.6 };
    const { renditions } = await renderRenditions(input, { focalPoint, presets: ['facebook'] });
    const cropWidth = width;
    const cropHeight = cropWidth / (1200 / 630);
    const top = Math.round(Math.min(Math.max(0.6 * height - cropHeight / 2, 0), height - cropHeight));
    const reference = await sharp(input)
      .extract({ left: 0, top, width: cropWidth, height: Math.round(cropHeight) })
      .resize(1200, 630, { fit: 'fill' })
      .removeAlpha()
      .raw()
      .toBuffer();
    const ours = (await pixels(renditions[0]!.data)).data;
    let diff = 0;
    for (let i = 0; i < ours.length; i++) diff += Math.abs(ours[i]! - reference[i]!);
    expect(diff / ours.length).toBeLessThan(3);
  });

  it('cut from a JPEG intermediate 1.3% short of the preset (cheaper decode), matches the crop made from the original', async () => {
    // 6000×4000, the usual camera size: the portrait needs 1350 rows, the intermediate has 4000 / 3.
    const jpeg = await sharp(await markedLandscape(300, 200, { x: 100, y: 100 }, 20))
      .resize(6000, 4000, { kernel: 'linear' })
      .jpeg({ quality: 95 })
      .toBuffer();
    const { renditions } = await renderRenditions(jpeg, { focalPoint: { x: 0.4, y: 0.5 }, presets: ['instagram-portrait'] });
    const reference = await sharp(jpeg)
      .extract({ left: 800, top: 0, width: 3200, height: 4000 })
      .resize(1080, 1350)
      .raw()
      .toBuffer();
    const ours = await pixels(renditions[0]!.data);
    expect([ours.width, ours.height]).toEqual([1080, 1350]);
    let diff = 0;
    for (let i = 0; i < ours.data.length; i++) diff += Math.abs(ours.data[i]! - reference[i]!);
    // 0.3 here; the same crop 30 source pixels to the side differs by 1.1.
    expect(diff / ours.data.length).toBeLessThan(0.75);
  });

  it('rejects a focal point outside 0..1', async () => {
    await expect(renderRenditions(input, { focalPoint: { x: 1.5, y: 0.5 } })).rejects.toThrow();
  });
});

describe('attention cropping without a focal point', () => {
  it.each([
    { width: 3000, height: 2000, left: 2400, top: 1350, right: true, below: true },
    // A square source: the search must not stop at "a square crop of a square image crops nothing".
    { width: 2000, height: 2000, left: 1500, top: 200, right: true, below: false },
  ])('keeps the salient subject in every preset, where sharp per preset would put it ($width×$height)', async (source) => {
    const disc = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><circle cx="150" cy="150" r="150" fill="#e0663a"/></svg>'
    );
    const input = await sharp({ create: { width: source.width, height: source.height, channels: 3, background: '#7f8084' } })
      .composite([{ input: disc, left: source.left, top: source.top }])
      .jpeg()
      .toBuffer();
    const result = await renderRenditions(input);
    expect(result.focus.from).toBe('attention');
    expect(result.focus.point.x > 0.6).toBe(source.right);
    expect(result.focus.point.y > 0.6).toBe(source.below);

    const discCentre = async (image: Buffer) => {
      const { data, width, height, channels } = await pixels(image);
      let sx = 0;
      let sy = 0;
      let n = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * channels;
          if (data[i]! > 180 && data[i + 2]! < 100) {
            sx += x;
            sy += y;
            n += 1;
          }
        }
      }
      return { x: sx / n / width, y: sy / n / height, n };
    };
    for (const rendition of result.renditions) {
      const reference = await sharp(input)
        .resize(rendition.width, rendition.height, { fit: 'cover', position: 'attention' })
        .toBuffer();
      const ours = await discCentre(rendition.data);
      const theirs = await discCentre(reference);
      expect(ours.n).toBeGreaterThan(1000);
      expect([rendition.preset, Math.abs(ours.x - theirs.x) < 0.05, Math.abs(ours.y - theirs.y) < 0.05]).toEqual([
        rendition.preset,
        true,
        true,
      ]);
    }
  });
});

describe('small sources', () => {
  it('never upscales past the platform minimum, and says so in the result', async () => {
    const input = await sharp({ create: { width: 800, height: 800, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const { renditions, warnings } = await renderRenditions(input, { presets: ['instagram-square', 'x', 'facebook'] });
    const sizes = Object.fromEntries(renditions.map((r) => [r.preset, [r.width, r.height]]));
    expect(sizes).toEqual({ 'instagram-square': [800, 800], x: [800, 450], facebook: [800, 420] });
    expect(warnings.map((w) => [w.preset, w.code])).toEqual([
      ['instagram-square', 'source-too-small'],
      ['x', 'source-too-small'],
      ['facebook', 'source-too-small'],
    ]);
    expect(warnings[0]!.message).toContain('800×800');
  });

  it('upscales to exactly the platform minimum when smaller than that', async () => {
    const input = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const { renditions, warnings } = await renderRenditions(input, { presets: ['x', 'instagram-square'] });
    expect(renditions.map((r) => [r.preset, r.width, r.height])).toEqual([
      ['x', 600, 338],
      ['instagram-square', 320, 320],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['upscaled-to-minimum', 'upscaled-to-minimum']);
  });
});

describe('byte budget', () => {
  let input: Buffer;
  beforeAll(async () => {
    input = await noisyJpeg(1600, 900);
  });

  it('tries optimised Huffman tables at the same quality before lowering it', async () => {
    const standard = await renderRenditions(input, { presets: ['x'] });
    const budgetBytes = standard.renditions[0]!.bytes - 1;
    const config = resolveImagesConfig({ presets: { x: { budgetBytes } } });
    const { renditions } = await renderRenditions(input, { presets: ['x'], config });
    expect(renditions[0]!.quality).toBe(85);
    expect(renditions[0]!.bytes).toBeLessThanOrEqual(budgetBytes);
    // Huffman tables are lossless: the same pixels in fewer bytes.
    expect((await pixels(renditions[0]!.data)).data.equals((await pixels(standard.renditions[0]!.data)).data)).toBe(true);
  });

  it('lowers the quality step by step until the rendition fits', async () => {
    const full = await renderRenditions(input, { presets: ['x'] });
    const budgetBytes = Math.floor(full.renditions[0]!.bytes * 0.8);
    const config = resolveImagesConfig({ presets: { x: { budgetBytes } } });
    const { renditions } = await renderRenditions(input, { presets: ['x'], config });
    expect(renditions[0]!.bytes).toBeLessThanOrEqual(budgetBytes);
    expect(renditions[0]!.quality).toBeLessThan(85);
    expect((85 - renditions[0]!.quality) % 5).toBe(0);
  });

  it('fails clearly when even the lowest quality is over budget', async () => {
    const config = resolveImagesConfig({ presets: { x: { budgetBytes: 10_000 } } });
    const attempt = renderRenditions(input, { presets: ['x'], config });
    await expect(attempt).rejects.toBeInstanceOf(RenditionBudgetError);
    await expect(attempt).rejects.toThrow(/rendition 'x' is .* at quality 50, over its budget of 10 kB/);
  });
});

describe('other inputs and options', () => {
  it('flattens transparency onto white for JPEG output', async () => {
    const input = await sharp({ create: { width: 1400, height: 1400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { renditions } = await renderRenditions(input, { presets: ['instagram-square'] });
    const image = await pixels(renditions[0]!.data);
    expect(near(pixelAt(image, 540, 540), { r: 255, g: 255, b: 255 }, 2)).toBe(true);
  });

  it('reads greyscale and 16-bit input, writes sRGB', async () => {
    const grey = await sharp({ create: { width: 1300, height: 1300, channels: 3, background: '#777777' } })
      .greyscale()
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    const { renditions } = await renderRenditions(grey, { presets: ['instagram-square'] });
    const metadata = await sharp(renditions[0]!.data).metadata();
    expect([metadata.width, metadata.space, metadata.channels]).toEqual([1080, 'srgb', 3]);
  });

  it('makes non-JPEG presets from config', async () => {
    const input = await markedLandscape(1600, 900, { x: 800, y: 450 });
    const config = resolveImagesConfig({
      presets: { x: { format: 'webp' }, 'small-avif': { platform: 'instagram', width: 400, height: 400, format: 'avif' } },
    });
    const { renditions } = await renderRenditions(input, { config, presets: ['x', 'small-avif'] });
    expect(await Promise.all(renditions.map(async (r) => [(await sharp(r.data).metadata()).format, r.format]))).toEqual([
      ['webp', 'webp'],
      ['heif', 'avif'],
    ]);
  });

  it('rejects an empty file given by path as empty, and a missing one with the file system error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'clearpost-source-'));
    try {
      const empty = path.join(dir, 'empty.jpg');
      await writeFile(empty, Buffer.alloc(0));
      await expect(renderRenditions(empty)).rejects.toMatchObject({ name: 'ImageRejectedError', code: 'empty-file' });
      await expect(renderRenditions(path.join(dir, 'missing.jpg'))).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names an unknown preset', async () => {
    const input = await noisyJpeg(100, 100);
    await expect(renderRenditions(input, { presets: ['tiktok'] })).rejects.toBeInstanceOf(UnknownPresetError);
  });
});
