import sharp from 'sharp';
import { attentionPoint } from '../attention-point';
import type { RawImage } from '../intermediate';

jest.setTimeout(60_000);

/** libvips finds attention on a map about 32 px across, so a point can only move in steps of 1/32. */
const MAP_CELL = 1 / 32;

/** A flat grey photo with one coloured disc: the subject attention must find. */
async function discOnGrey(
  width: number,
  height: number,
  disc: { x: number; y: number; r: number; fill: string }
): Promise<RawImage> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#7f8084"/><circle cx="${disc.x}" cy="${disc.y}" r="${disc.r}" fill="${disc.fill}"/></svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

/**
 * How the point was found before: sharp's attention crop on a copy of the intermediate resized to
 * 1024 px across. Kept here as the reference the cheaper search must agree with.
 */
async function viaAnalysisCopy(image: RawImage): Promise<{ x: number; y: number }> {
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
    .resize(1024, 1024, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const side = Math.min(info.width, info.height);
  const found = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize(side, side, { fit: 'cover', position: sharp.strategy.attention })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { x: found.info.attentionX! / info.width, y: found.info.attentionY! / info.height };
}

// Intermediate-sized images (as renderRenditions decodes them) in three shapes, the disc in corners,
// near edges and in the middle, in skin, saturated and dull colours.
const cases = [
  { width: 2025, height: 1350, disc: { x: 1700, y: 1050, r: 110, fill: '#e0663a' } },
  { width: 2025, height: 1350, disc: { x: 250, y: 200, r: 90, fill: '#c8a080' } },
  { width: 2025, height: 1350, disc: { x: 1150, y: 600, r: 150, fill: '#d03050' } },
  { width: 1350, height: 2025, disc: { x: 300, y: 1800, r: 120, fill: '#d0d040' } },
  { width: 1350, height: 2025, disc: { x: 1000, y: 400, r: 80, fill: '#3050e0' } },
];

const onTheDisc = (point: { x: number; y: number }, { width, height, disc }: (typeof cases)[number]): void => {
  expect(Math.abs(point.x * width - disc.x)).toBeLessThanOrEqual(disc.r + width * MAP_CELL);
  expect(Math.abs(point.y * height - disc.y)).toBeLessThanOrEqual(disc.r + height * MAP_CELL);
};

describe('attentionPoint', () => {
  it.each(cases)(
    'finds the subject of a $width×$height image where the 1024-px analysis copy did',
    async ({ width, height, disc }) => {
      const image = await discOnGrey(width, height, disc);
      const ours = await attentionPoint(image);
      const before = await viaAnalysisCopy(image);

      expect(Math.abs(ours.x - before.x)).toBeLessThanOrEqual(MAP_CELL + 1e-9);
      expect(Math.abs(ours.y - before.y)).toBeLessThanOrEqual(MAP_CELL + 1e-9);
      onTheDisc(ours, { width, height, disc });
    }
  );

  // A square crop of a square image crops nothing, so libvips did not search and the point was the middle.
  it.each([
    { width: 1600, height: 1600, disc: { x: 1400, y: 900, r: 100, fill: '#e0663a' } },
    { width: 1600, height: 1600, disc: { x: 300, y: 1350, r: 130, fill: '#c8a080' } },
  ])('finds the subject of a square image too', async (square) => {
    const point = await attentionPoint(await discOnGrey(square.width, square.height, square.disc));
    onTheDisc(point, square);
  });
});
