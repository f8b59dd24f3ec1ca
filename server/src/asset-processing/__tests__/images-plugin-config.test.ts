import { validatePluginConfig } from '../../config';

describe('plugin config: images and ocr', () => {
  it('accepts preset overrides and ocr.enabled', () => {
    expect(() => validatePluginConfig({ timezone: 'UTC', images: { presets: { x: { quality: 80 }, linkedin: false } }, ocr: { enabled: false } })).not.toThrow();
  });

  it('names the preset and field that are wrong', () => {
    expect(() => validatePluginConfig({ timezone: 'UTC', images: { presets: { x: { width: 5 } } } })).toThrow(/'images': Invalid images config, preset 'x'[\s\S]*width/);
  });

  it('refuses an unknown ocr key or a non-boolean', () => {
    expect(() => validatePluginConfig({ timezone: 'UTC', ocr: { enabled: 'yes' } })).toThrow(/ocr\.enabled/);
    expect(() => validatePluginConfig({ timezone: 'UTC', ocr: { language: 'deu' } })).toThrow(/ocr\.language/);
  });

  it('takes an OCR time limit in milliseconds, between 1 s and 10 min', () => {
    expect(() => validatePluginConfig({ timezone: 'UTC', ocr: { timeoutMs: 90_000 } })).not.toThrow();
    expect(() => validatePluginConfig({ timezone: 'UTC', ocr: { timeoutMs: 500 } })).toThrow(/ocr\.timeoutMs/);
    expect(() => validatePluginConfig({ timezone: 'UTC', ocr: { timeoutMs: '60s' } })).toThrow(/ocr\.timeoutMs/);
  });
});
