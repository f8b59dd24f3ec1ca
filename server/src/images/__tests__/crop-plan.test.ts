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
    expect(intermediateSize(upright, scale)).toEqual({ width: 1600, height: 2400 });
    expect(intermediateSize({ width: 800, height: 600 }, 1.7)).toEqual({ width: 800, height: 600 });
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
