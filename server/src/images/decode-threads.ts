import os from 'node:os';
import sharp from 'sharp';

let running = 0;
let saved = 1;

/**
 * Runs `decode` with one libvips thread per core. sharp defaults to one thread per pipeline on glibc
 * Linux, which suits the per-preset encodes (they run side by side), but the single decode of the
 * original is the pipeline's one serial stage: with a second thread libvips resizes while libjpeg
 * decodes. libvips' thread count is process-wide, so it is raised while any decode runs and restored
 * after the last one.
 */
export async function withDecodeThreads<T>(decode: () => Promise<T>): Promise<T> {
  if (running++ === 0) {
    saved = sharp.concurrency();
    sharp.concurrency(Math.max(saved, os.availableParallelism()));
  }
  try {
    return await decode();
  } finally {
    if (--running === 0) sharp.concurrency(saved);
  }
}
