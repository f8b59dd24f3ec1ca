import { z } from 'zod';
import { isValidTimeZone } from '../roi/zoned-time';
import { PLATFORMS } from '../compliance/types';
import { TARGETING_MODES } from '../constants';

const nonBlank = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .refine((value) => value.trim().length > 0, `${field} must not be empty`);

/**
 * Strapi skips `required` on drafts; these are the fields a draft of ours must still have
 * (and the JSON/text fields whose shape Strapi's schema cannot express).
 * Keys not listed here are Strapi's to validate.
 */
const postFields = {
  title: nonBlank('title'),
  body: nonBlank('body'),
  targeting: z.enum(TARGETING_MODES).optional(),
  targetPlatforms: z
    .array(z.enum(PLATFORMS), { error: `targetPlatforms must be a list of: ${PLATFORMS.join(', ')}` })
    .refine((list) => new Set(list).size === list.length, 'targetPlatforms must not repeat a platform')
    .nullable()
    .optional(),
  timezone: z
    .string()
    .refine(isValidTimeZone, 'timezone must be an IANA time zone such as "America/Chicago"')
    .nullable()
    .optional(),
};

export const postCreateSchema = z.object(postFields).loose();
export const postUpdateSchema = z.object(postFields).partial().loose();

const replyTemplateFields = {
  name: nonBlank('name'),
  body: nonBlank('body'),
};

export const replyTemplateCreateSchema = z.object(replyTemplateFields).loose();
export const replyTemplateUpdateSchema = z.object(replyTemplateFields).partial().loose();

const imageAssetFields = {
  altText: nonBlank('altText'),
};

export const imageAssetCreateSchema = z
  .object(imageAssetFields)
  .loose()
  .refine(
    (data) => (data.focalX == null) === (data.focalY == null),
    { message: 'focalX and focalY must be set together', path: ['focalX'] }
  );
export const imageAssetUpdateSchema = z.object(imageAssetFields).partial().loose();
