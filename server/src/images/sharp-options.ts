import type { SharpOptions } from 'sharp';
import type { DecodeLimits } from './images-config';

/** The only way this module opens untrusted bytes: strict decoding, a pixel cap, first frame or page only. */
export function untrustedInputOptions(limits: DecodeLimits): SharpOptions {
  return { failOn: limits.failOn, limitInputPixels: limits.limitInputPixels, page: 0, pages: 1 };
}
