import sharp from 'sharp';
import { ImageRejectedError } from '../image-rejected-error';
import { createTextRecognizer, englishLangPath, OcrTimeoutError, type TextRecognizer } from '../text-recognizer';
import { textPng } from './helpers/make-images';
import { existsSync } from 'node:fs';
import path from 'node:path';

jest.setTimeout(60_000);

describe('createTextRecognizer', () => {
  let recognizer: TextRecognizer;

  beforeAll(() => {
    recognizer = createTextRecognizer();
  });

  afterAll(async () => {
    await recognizer.close();
  });

  it('uses the English model shipped in node_modules', () => {
    expect(existsSync(path.join(englishLangPath(), 'eng.traineddata.gz'))).toBe(true);
  });

  it('reads a patient label rendered into a PNG', async () => {
    const png = await textPng('Room 412 - J. Smith, DOB 03/14/1948');
    const result = await recognizer.recognizeText(png);
    expect(result.text).toContain('Room 412');
    expect(result.text).toContain('Smith');
    expect(result.text).toContain('03/14/1948');
    expect(result.confidence).toBeGreaterThan(60);
  });

  it('returns word boxes in source pixels', async () => {
    const png = await textPng('Room 412 - J. Smith, DOB 03/14/1948');
    const { words } = await recognizer.recognizeText(png);
    const room = words.find((w) => w.text === 'Room');
    expect(room).toBeDefined();
    // textPng puts the baseline at y=116 and the text from x=40 in a 1200×200 image.
    expect(room!.bbox.x0).toBeGreaterThanOrEqual(30);
    expect(room!.bbox.x0).toBeLessThanOrEqual(50);
    expect(room!.bbox.y1).toBeGreaterThan(100);
    expect(room!.bbox.y1).toBeLessThan(130);
  });

  it('reads small text on a photo-like background once preprocessed', async () => {
    const label = await sharp(await textPng('DOB 03/14/1948', 700, 120)).resize(350, 60).png().toBuffer();
    const photo = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#c8b496' } })
      .composite([{ input: label, left: 60, top: 100 }])
      .jpeg({ quality: 85 })
      .toBuffer();
    const result = await recognizer.recognizeText(photo);
    expect(result.text).toContain('03/14/1948');
  });

  it('rejects what is not an image, like the renditions do', async () => {
    await expect(recognizer.recognizeText(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).rejects.toBeInstanceOf(ImageRejectedError);
  });

  it('stops a recognition that runs past its timeout', async () => {
    // Grainy noise keeps Tesseract busy for seconds, so the 100 ms timer wins even when a loaded machine
    // stalls this thread (a small label can finish inside the stall and beat the timer).
    const noise = await sharp({ create: { width: 2000, height: 2000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .png()
      .toBuffer();
    const hasty = createTextRecognizer({ timeoutMs: 100 });
    try {
      await expect(hasty.recognizeText(noise)).rejects.toBeInstanceOf(OcrTimeoutError);
    } finally {
      await hasty.close();
    }
  });

  it('starts a fresh worker after close()', async () => {
    await recognizer.close();
    const result = await recognizer.recognizeText(await textPng('Room 412'));
    expect(result.text).toContain('412');
  });
});
