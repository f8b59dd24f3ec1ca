import path from 'node:path';
import { createWorker, OEM, type Page, type Worker } from 'tesseract.js';
import type { ImageSource } from './image-source';
import { resolveImagesConfig, type DecodeLimits } from './images-config';
import { prepareForOcr } from './ocr-preprocess';

export interface WordBox {
  text: string;
  /** 0–100, Tesseract's own confidence. */
  confidence: number;
  /** Pixels of the upright source image. */
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

export interface RecognizedText {
  text: string;
  confidence: number;
  words: WordBox[];
}

export interface TextRecognizer {
  recognizeText(input: ImageSource): Promise<RecognizedText>;
  /** Terminates the worker; a later recognizeText starts a new one. */
  close(): Promise<void>;
}

export interface TextRecognizerOptions {
  limits?: DecodeLimits;
  /**
   * A recognition still running after this long is stopped (its worker is terminated and the next
   * call starts a new one) and OcrTimeoutError is thrown. Busy photos can take Tesseract minutes.
   */
  timeoutMs?: number;
  /** Folder holding eng.traineddata.gz; defaults to @tesseract.js-data/eng's integer "best" model. */
  langPath?: string;
}

export class OcrTimeoutError extends Error {
  override readonly name = 'OcrTimeoutError';
  readonly code = 'ocr-timeout';

  constructor(readonly timeoutMs: number) {
    super(`text recognition took longer than ${timeoutMs} ms and was stopped`);
  }
}

// A grainy 24 MP photo with no text took 16–24 s here, on a busy machine more: 30 s failed such photos.
const DEFAULT_TIMEOUT_MS = 60_000;

export function englishLangPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * One Tesseract worker, started on first use (about half a second) and reused, so the model loads
 * once. Language data comes from the installed package; nothing is downloaded or cached on disk.
 */
export function createTextRecognizer(options: TextRecognizerOptions = {}): TextRecognizer {
  const limits = options.limits ?? resolveImagesConfig();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let worker: Promise<Worker> | null = null;

  const start = (): Promise<Worker> => {
    worker ??= createWorker('eng', OEM.LSTM_ONLY, {
      langPath: options.langPath ?? englishLangPath(),
      gzip: true,
      cacheMethod: 'none',
    }).catch((error: unknown) => {
      worker = null;
      throw error;
    });
    return worker;
  };

  const stop = async (): Promise<void> => {
    const running = worker;
    worker = null;
    const started = await running?.catch(() => null);
    if (started) await started.terminate();
  };

  const recognize = async (png: Buffer): Promise<Page> => {
    const job = (await start()).recognize(png, {}, { text: true, blocks: true });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeoutError(timeoutMs)), timeoutMs);
    });
    try {
      return (await Promise.race([job, timeout])).data;
    } catch (error) {
      if (error instanceof OcrTimeoutError) {
        job.catch(() => undefined);
        // A worker that fails to terminate must not turn the timeout into some other error.
        await stop().catch(() => undefined);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async recognizeText(input) {
      const prepared = await prepareForOcr(input, limits);
      const data = await recognize(prepared.png);
      const words: WordBox[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            for (const word of line.words) {
              words.push({ text: word.text, confidence: word.confidence, bbox: unscale(word.bbox, prepared.scale) });
            }
          }
        }
      }
      return { text: data.text.trim(), confidence: data.confidence, words };
    },
    close: stop,
  };
}

function unscale(bbox: WordBox['bbox'], scale: number): WordBox['bbox'] {
  return {
    x0: Math.round(bbox.x0 / scale),
    y0: Math.round(bbox.y0 / scale),
    x1: Math.round(bbox.x1 / scale),
    y1: Math.round(bbox.y1 / scale),
  };
}
