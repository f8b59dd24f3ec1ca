import { effectiveSettings, ImagesConfigError, settingsOverridesSchema } from '../settings-overrides';

describe('effectiveSettings', () => {
  it('layers overrides over the config file over the defaults, field by field', () => {
    const file = {
      compliance: { platformLimits: { x: 200 }, maxLinks: 2 },
      ocr: { enabled: false },
      images: { failOn: 'error', presets: { x: { quality: 70 } } },
    };
    const result = effectiveSettings(file, {
      compliance: { platformLimits: { instagram: 1000 } },
      images: { presets: { x: { width: 1200, height: 675 } } },
    });
    expect(result.compliance.platformLimits).toEqual({ x: 200, instagram: 1000, linkedin: 3000, facebook: 63206 });
    expect(result.compliance.maxLinks).toBe(2);
    expect(result.compliance.readabilityGrade).toBe(8);
    expect(result.ocr.enabled).toBe(false);
    expect(result.images.failOn).toBe('error');
    expect(result.images.presets.x).toMatchObject({ width: 1200, height: 675, quality: 70 });
  });

  it('lets an override switch OCR back on, drop a preset, or add one', () => {
    const result = effectiveSettings(
      { ocr: { enabled: false } },
      {
        ocr: { enabled: true },
        images: { presets: { facebook: false, 'x-square': { platform: 'x', width: 1080, height: 1080 } } },
      }
    );
    expect(result.ocr.enabled).toBe(true);
    expect(result.images.presets.facebook).toBeUndefined();
    expect(result.images.presets['x-square']).toMatchObject({ platform: 'x', width: 1080, height: 1080, budgetBytes: 5_000_000 });
  });

  it('throws ImagesConfigError naming the preset when the merge is inconsistent', () => {
    expect(() => effectiveSettings({}, { images: { presets: { x: { quality: 40, minQuality: 60 } } } })).toThrow(
      ImagesConfigError
    );
    expect(() => effectiveSettings({}, { images: { presets: { brandnew: { width: 100 } } } })).toThrow(/brandnew/);
  });
});

describe('settingsOverridesSchema', () => {
  it('refuses unknown keys, out-of-range limits and bad preset names', () => {
    expect(settingsOverridesSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(settingsOverridesSchema.safeParse({ compliance: { platformLimits: { x: 0 } } }).success).toBe(false);
    expect(settingsOverridesSchema.safeParse({ compliance: { platformLimits: { mastodon: 500 } } }).success).toBe(false);
    expect(settingsOverridesSchema.safeParse({ images: { presets: { 'Bad Name': { width: 100 } } } }).success).toBe(false);
    expect(settingsOverridesSchema.safeParse({ compliance: { readabilityGrade: 9.5 }, ocr: { enabled: false } }).success).toBe(
      true
    );
  });
});
