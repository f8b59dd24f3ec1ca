import os from 'node:os';
import sharp from 'sharp';

let running = 0;
let saved = 1;

/**
 * Runs `stage` with one libvips thread per core. sharp defaults to one thread per pipeline on glibc
 * Linux, which suits the per-preset encodes (they run side by side), but decoding the original and
 * finding its attention point are serial stages: with a second thread libvips resizes while libjpeg
 * decodes. libvips' thread count is process-wide, so it is raised while any such stage runs and
 * restored after the last one.
 */
export async function withAllCores<T>(stage: () => Promise<T>): Promise<T> {
  if (running++ === 0) {
    saved = sharp.concurrency();
    sharp.concurrency(Math.max(saved, os.availableParallelism()));
  }
  try {
    return await stage();
  } finally {
    if (--running === 0) sharp.concurrency(saved);
  }
}
