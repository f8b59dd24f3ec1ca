import { z } from 'zod';
import { PLATFORMS, type Platform } from '../compliance/types';
import { TARGETING_MODES } from '../constants';

/** The Content Manager form's current (possibly unsaved) values; images come from the saved draft. */
export const previewBody = z
  .object({
    documentId: z.string().min(1).max(64).optional(),
    body: z.string().max(70_000, 'body is longer than any platform accepts (70,000 characters)'),
    link: z.string().max(2048).optional(),
    variants: z
      .array(z.object({ platform: z.enum(PLATFORMS), text: z.string().max(70_000) }).strict())
      .max(20)
      .optional(),
    targeting: z.enum(TARGETING_MODES).optional(),
    targetPlatforms: z.array(z.enum(PLATFORMS)).max(PLATFORMS.length).optional(),
  })
  .strict();
export type PreviewRequest = z.infer<typeof previewBody>;

export interface PreviewImage {
  url: string;
  width?: number;
  height?: number;
  altText: string;
  /** False when no rendition exists for the platform yet and the original would go out. */
  isRendition: boolean;
}

export interface PlatformPreview {
  platform: Platform;
  /** The text as the platform receives it (variant or body, with the link where it travels in the text). */
  text: string;
  /** Set when the link goes in its own field (Facebook without photos shows it as a link card). */
  link?: string;
  /** Measured as the compliance engine measures it (X: weighted, a URL counts 23). */
  length: number;
  limit: number;
  overLimit: boolean;
  images: PreviewImage[];
}

export interface PreviewResponse {
  data: { platforms: PlatformPreview[] };
}
