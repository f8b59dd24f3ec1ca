import sharp from 'sharp';
import { embedIccInJpeg, srgbIccProfile } from '../jpeg-icc';

const gradient = () => {
  const raw = Buffer.alloc(64 * 48 * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7) % 256;
  return sharp(raw, { raw: { width: 64, height: 48, channels: 3 } });
};

describe('embedIccInJpeg', () => {
  it('gives the file withIccProfile("srgb") gives: same profile, same pixels', async () => {
    const theirs = await gradient().withIccProfile('srgb').jpeg({ quality: 90 }).toBuffer();
    const ours = embedIccInJpeg(await gradient().jpeg({ quality: 90 }).toBuffer(), await srgbIccProfile());

    const [a, b] = await Promise.all([sharp(ours).metadata(), sharp(theirs).metadata()]);
    expect(a.icc).toEqual(b.icc);
    expect([a.format, a.width, a.height, a.space]).toEqual(['jpeg', 64, 48, 'srgb']);
    const [pa, pb] = await Promise.all([sharp(ours).raw().toBuffer(), sharp(theirs).raw().toBuffer()]);
    const worst = pa.reduce((max, v, i) => Math.max(max, Math.abs(v - pb[i]!)), 0);
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('splits a profile larger than one segment into numbered chunks that read back whole', async () => {
    const big = Buffer.concat([await srgbIccProfile(), Buffer.alloc(150_000, 7)]);
    const tagged = embedIccInJpeg(await gradient().jpeg().toBuffer(), big);
    const chunks = [...tagged.toString('latin1').matchAll(/ICC_PROFILE\0([\s\S])([\s\S])/g)].map((m) => [
      m[1]!.charCodeAt(0),
      m[2]!.charCodeAt(0),
    ]);
    expect(chunks).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect((await sharp(tagged).metadata()).icc).toEqual(big);
  });

  it('goes after a JFIF header, where libjpeg puts it', async () => {
    const plain = await gradient().jpeg().toBuffer();
    const jfif = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
    const withJfif = Buffer.concat([plain.subarray(0, 2), jfif, plain.subarray(2)]);
    const tagged = embedIccInJpeg(withJfif, await srgbIccProfile());
    expect(tagged.subarray(2, 2 + jfif.length)).toEqual(jfif);
    expect([tagged[2 + jfif.length], tagged[3 + jfif.length]]).toEqual([0xff, 0xe2]);
    expect((await sharp(tagged).metadata()).icc).toEqual(await srgbIccProfile());
  });

  it('refuses bytes that are not a JPEG', () => {
    expect(() => embedIccInJpeg(Buffer.from('not a jpeg'), Buffer.alloc(10))).toThrow('not a JPEG');
  });
});
