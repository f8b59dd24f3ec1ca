import { z } from 'zod';

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .transform((value) => value.trim())
    .optional()
    .transform((value) => (value ? value : undefined));

// Multipart fields arrive as strings; an empty focal field means "not set".
const fraction = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return undefined;
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0 || number > 1) {
      ctx.addIssue({ code: 'custom', message: 'must be a number from 0 to 1' });
      return z.NEVER;
    }
    return number;
  });

/** The text parts of `POST /clearpost/image-assets`; the image itself is the `file` part. */
export const imageAssetUploadFields = z
  .strictObject({
    altText: z
      .string({ error: 'altText is required: describe the image for people who cannot see it' })
      .max(1000, 'at most 1000 characters')
      .refine((value) => value.trim().length > 0, 'altText must not be empty'),
    name: optionalText(120),
    stockSource: optionalText(255),
    credit: optionalText(255),
    licence: optionalText(255),
    focalX: fraction,
    focalY: fraction,
  })
  .refine((data) => (data.focalX === undefined) === (data.focalY === undefined), {
    message: 'focalX and focalY must be set together',
    path: ['focalX'],
  });

export type ImageAssetUploadFields = z.infer<typeof imageAssetUploadFields>;
