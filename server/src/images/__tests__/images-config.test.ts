import { encodeAttempts, qualitySteps } from '../encode-rendition';
import { ImagesConfigError, resolveImagesConfig } from '../images-config';
import { DEFAULT_PRESETS } from '../presets';

describe('resolveImagesConfig', () => {
  it('gives the platform presets by default', () => {
    const config = resolveImagesConfig();
    expect(config.limitInputPixels).toBe(100_000_000);
    expect(config.failOn).toBe('warning');
    const summary = Object.fromEntries(
      Object.entries(config.presets).map(([name, p]) => [name, `${p.platform} ${p.width}x${p.height} ${p.format} ${p.budgetBytes}`])
    );
    expect(summary).toEqual({
      'instagram-square': 'instagram 1080x1080 jpeg 8000000',
      'instagram-portrait': 'instagram 1080x1350 jpeg 8000000',
      'instagram-landscape': 'instagram 1080x566 jpeg 8000000',
      facebook: 'facebook 1200x630 jpeg 10000000',
      x: 'x 1600x900 jpeg 5000000',
      linkedin: 'linkedin 1200x627 jpeg 5000000',
    });
  });

  it('merges overrides over defaults, drops presets set to false, adds new ones', () => {
    const config = resolveImagesConfig({
      limitInputPixels: 50_000_000,
      presets: {
        x: { quality: 80 },
        'instagram-landscape': false,
        'linkedin-square': { platform: 'linkedin', width: 1200, height: 1200 },
      },
    });
    expect(config.limitInputPixels).toBe(50_000_000);
    expect(config.presets.x).toEqual({ ...DEFAULT_PRESETS.x, quality: 80 });
    expect(config.presets['instagram-landscape']).toBeUndefined();
    expect(config.presets['linkedin-square']).toMatchObject({ platform: 'linkedin', width: 1200, height: 1200, budgetBytes: 5_000_000, format: 'jpeg' });
  });

  it('brings the new platform budget along when a default preset changes platform', () => {
    expect(resolveImagesConfig({ presets: { facebook: { platform: 'x' } } }).presets.facebook).toMatchObject({
      platform: 'x',
      width: 1200,
      budgetBytes: 5_000_000,
    });
  });

  it.each([
    [{ limitInputPixels: -1 }, /limitInputPixels/],
    [{ failOn: 'none' }, /failOn/],
    [{ unknownKey: 1 }, /unknownKey/],
    [{ presets: { x: { quality: 101 } } }, /quality/],
    [{ presets: { x: { minQuality: 90, quality: 80 } } }, /minQuality must not exceed quality/],
    [{ presets: { x: { colour: 'red' } } }, /colour/],
    [{ presets: { tiktok: { width: 1080 } } }, /a new preset needs platform, width and height/],
    [{ presets: { 'Bad Name': { quality: 80 } } }, /kebab-case/],
  ])('rejects %j with a clear message', (input, message) => {
    expect(() => resolveImagesConfig(input)).toThrow(ImagesConfigError);
    expect(() => resolveImagesConfig(input)).toThrow(message);
  });
});

describe('qualitySteps', () => {
  it('steps down to exactly the minimum', () => {
    expect(qualitySteps({ quality: 85, minQuality: 50, qualityStep: 10 })).toEqual([85, 75, 65, 55, 50]);
    expect(qualitySteps({ quality: 60, minQuality: 60, qualityStep: 5 })).toEqual([60]);
  });
});

describe('encodeAttempts', () => {
  it('encodes a JPEG with standard tables first, then optimised ones from the same quality down', () => {
    expect(encodeAttempts({ format: 'jpeg', quality: 85, minQuality: 75, qualityStep: 5 })).toEqual([
      { quality: 85, optimiseCoding: false },
      { quality: 85, optimiseCoding: true },
      { quality: 80, optimiseCoding: true },
      { quality: 75, optimiseCoding: true },
    ]);
  });

  it('has one attempt per quality for other formats', () => {
    expect(encodeAttempts({ format: 'webp', quality: 80, minQuality: 70, qualityStep: 10 }).map((a) => a.quality)).toEqual([80, 70]);
  });
});
