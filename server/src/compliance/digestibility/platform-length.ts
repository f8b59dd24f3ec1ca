import type { Platform } from '../types';
import { measureX } from './x-weighted-length';

export interface MeasuredLength {
  length: number;
  /** UTF-16 offset where the text passes `limit` units, or undefined when it fits. */
  overflowAt(limit: number): number | undefined;
}

const LOW_SURROGATE = /[\uDC00-\uDFFF]/g;

/**
 * X weighs characters (URLs count 23, emoji and CJK count 2); the others count code points.
 * `limits` are the thresholds the caller compares against, so X can be exact near them.
 */
export function measureLength(text: string, platform: Platform, limits: number[]): MeasuredLength {
  if (platform === 'x') {
    const x = measureX(text, limits);
    return {
      length: x.length,
      overflowAt: (limit) => (x.length <= limit ? undefined : Math.min(x.overflowAt(limit), Math.max(0, text.length - 1))),
    };
  }
  // Code points: every UTF-16 unit but the low halves of surrogate pairs (a regex scan, faster than a character loop).
  let length = text.length;
  LOW_SURROGATE.lastIndex = 0;
  while (LOW_SURROGATE.exec(text) !== null) length--;
  return {
    length,
    overflowAt(limit) {
      if (length <= limit) return undefined;
      let seen = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0xdc00 || c > 0xdfff) {
          if (seen === limit) return i;
          seen++;
        }
      }
      return text.length;
    },
  };
}
