import { resolveImagesConfig, renderRenditions, type ImagesConfig } from '../images';

const DROP_ALL = (config: ImagesConfig) => Object.fromEntries(Object.keys(config.presets).map((name) => [name, false]));

/**
 * A truncated or damaged file passes the header checks and fails only when its pixels are decoded. This
 * decodes every pixel into one tiny rendition (JPEG shrinks while loading, so it is cheap), so a broken
 * upload is refused before it is stored instead of failing later in the background job.
 */
export async function assertDecodes(input: Buffer, config: ImagesConfig): Promise<void> {
  const probe = resolveImagesConfig({
    limitInputPixels: config.limitInputPixels,
    failOn: config.failOn,
    presets: { ...DROP_ALL(config), 'decode-check': { platform: 'x', width: 16, height: 16, minWidth: 16, format: 'png' } },
  });
  await renderRenditions(input, { config: probe, focalPoint: { x: 0.5, y: 0.5 }, concurrency: 1 });
}
