import type { GateFinding } from '../gate/gate-report';

interface AttachedImage {
  processingStatus?: string | null;
  processingError?: string | null;
  ocrText?: string | null;
}

/**
 * An attached image whose text has not been read cannot be judged, so it blocks like a finding until
 * its processing is done. A reviewer may override it (having looked at the picture), e.g. when text
 * recognition failed on a photo with no text in it.
 */
export function uncheckedImageText(images: readonly AttachedImage[] | null | undefined): GateFinding[] {
  return (images ?? []).flatMap((image, index): GateFinding[] => {
    if (image.processingStatus === 'ready' && image.ocrText != null) return [];
    const failed = image.processingStatus === 'failed';
    return [
      {
        field: `images.${index}.imageText`,
        category: 'phi',
        type: 'image-text-unchecked',
        start: 0,
        end: 0,
        text: '',
        severity: 'block',
        rule: 'gate.image-text-unchecked',
        message: failed
          ? `The text in this image could not be checked (${image.processingError ?? 'processing failed'}).`
          : 'The text in this image has not been checked yet; try again once the image has finished processing.',
        suggestion: failed ? 'Replace the image, or have a reviewer look at it and override this finding.' : undefined,
      },
    ];
  });
}
