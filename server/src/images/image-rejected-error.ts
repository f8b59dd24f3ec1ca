export const IMAGE_REJECTION_CODES = [
  'empty-file',
  'not-an-image',
  'unsupported-format',
  'too-large',
  'corrupt',
] as const;
export type ImageRejectionCode = (typeof IMAGE_REJECTION_CODES)[number];

/**
 * The uploaded bytes can't be used as an image. Every case is the uploader's to fix, so an API maps
 * this to a 4xx (422 for 'too-large' and 'unsupported-format' as well as the rest) with `message`.
 */
export class ImageRejectedError extends Error {
  override readonly name = 'ImageRejectedError';

  constructor(
    readonly code: ImageRejectionCode,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options);
  }
}

export function isImageRejectedError(error: unknown): error is ImageRejectedError {
  return error instanceof ImageRejectedError;
}
