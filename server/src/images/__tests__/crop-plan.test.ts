import { planRendition, toPixelRegion } from '../crop-plan';
import { intermediateSize } from '../intermediate';
import { DEFAULT_PRESETS, presetFor } from '../presets';

describe('planRendition', () => {
  it('centres the crop on the focal point and clamps it inside the image', () => {
    const plan = planRendition('instagram-square', DEFAULT_PRESETS['instagram-square']!, { width: 4000, height: 2000 }, { x: 0.95, y: 0.5 });
    expect(plan.crop).toEqual({ left: 0.5, top: 0, width: 0.5, height: 1 });
    expect([plan.width, plan.height, plan.scale]).toEqual([1080, 1080, 1080 / 2000]);
  });

  it('treats a source that fits exactly as big enough', () => {
    const plan = planRendition('x', DEFAULT_PRESETS.x!, { width: 3000, height: 900 }, null);
    expect([plan.width, plan.height, plan.warnings]).toEqual([1600, 900, []]);
  });

  it('keeps the preset shape for a source one pixel short', () => {
    const plan = planRendition('x', DEFAULT_PRESETS.x!, { width: 3000, height: 899 }, null);
    expect([plan.width, plan.height, plan.warnings[0]?.code]).toEqual([1598, 899, 'source-too-small']);
  });

  it('upscales to the configured minimum and no further', () => {
    const plan = planRendition('custom', { ...presetFor('facebook', 1200, 630), minWidth: 700 }, { width: 500, height: 500 }, null);
    expect([plan.width, plan.height, plan.warnings[0]?.code]).toEqual([700, 368, 'upscaled-to-minimum']);
  });
});

describe('intermediate size', () => {
  it('is just big enough for the most demanding default preset', () => {
    const upright = { width: 4000, height: 6000 };
    const scale = Math.max(...Object.entries(DEFAULT_PRESETS).map(([name, p]) => planRendition(name, p, upright, null).scale));
    // X (1600 wide) needs the most of a portrait source: 1600 / 4000.
    expect(intermediateSize(upright, scale, 'jpeg')).toEqual({ width: 1600, height: 2400 });
    expect(intermediateSize({ width: 800, height: 600 }, 1.7, 'jpeg')).toEqual({ width: 800, height: 600 });
  });

  it('for a JPEG needing just over 1/3, 1/5 or 1/9 of the source, is that size, which libjpeg decodes cheaply', () => {
    const camera = { width: 6000, height: 4000 };
    const scale = Math.max(...Object.entries(DEFAULT_PRESETS).map(([name, p]) => planRendition(name, p, camera, null).scale));
    // The Instagram portrait needs 1350 of 4000 rows; 1333 are 1.3% short.
    expect(scale).toBeCloseTo(1350 / 4000);
    expect(intermediateSize(camera, scale, 'jpeg')).toEqual({ width: 2000, height: 1333 });
    expect(intermediateSize(camera, scale, 'png')).toEqual({ width: Math.ceil(6000 * scale), height: 1350 });
    // Exactly 1/3 rounded up would be 1334 rows, a shrink just under 3: rounded down instead.
    expect(intermediateSize(camera, 1 / 3, 'jpeg')).toEqual({ width: 2000, height: 1333 });
    expect(intermediateSize(camera, 0.201, 'jpeg')).toEqual({ width: 1200, height: 800 });
    expect(intermediateSize(camera, 0.112, 'jpeg')).toEqual({ width: 666, height: 444 });
    // More than 2% short: the exact size.
    expect(intermediateSize(camera, 0.35, 'jpeg')).toEqual({ width: 2100, height: 1400 });
    expect(intermediateSize(camera, 0.3, 'jpeg')).toEqual({ width: 1800, height: 1200 });
  });

  it('maps a relative crop onto any copy in whole pixels, inside the image', () => {
    expect(toPixelRegion({ left: 0.5, top: 0, width: 0.5, height: 1 }, { width: 2025, height: 1350 })).toEqual({
      left: 1012,
      top: 0,
      width: 1013,
      height: 1350,
    });
  });
});
