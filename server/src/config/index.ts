import { z } from 'zod';
import { isValidTimeZone } from '../roi/zoned-time';
import { deliveryConfigSchema } from '../delivery/delivery-config';
import { credentialsKeySchema } from '../channels/credentials-key';
import { roiConfigSchema } from '../roi/roi-config';
import { resolveImagesConfig } from '../images/images-config';
import { feedbackConfigSchema } from '../inbox/feedback-config';
import { checkOptionsOverrideSchema } from '../compliance/options-schema';

export const pluginConfigSchema = z
  .object({
    redis: z
      .object({
        url: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL'),
      })
      .strict()
      .optional(),
    timezone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as "America/Chicago"'),
    directory: z
      .object({
        organisation: z.string().min(1).optional(),
        website: z.string().min(1).optional(),
        locations: z.array(z.string().min(1)).optional(),
        allowedTerms: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
    delivery: deliveryConfigSchema.optional(),
    /** Secret for channel credentials (AES-256-GCM); unset: derived from admin.secrets.encryptionKey. */
    credentialsKey: credentialsKeySchema.optional(),
    roi: roiConfigSchema.optional(),
    /** Rendition presets and decoding limits; checked by the images module itself so its messages name the preset. */
    images: z
      .unknown()
      .optional()
      .superRefine((value, ctx) => {
        try {
          resolveImagesConfig(value ?? {});
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    /** Text recognition on uploaded images (Tesseract, offline). */
    ocr: z
      .object({
        enabled: z.boolean().optional(),
        /** A recognition running longer is stopped and the asset is marked failed (a reviewer can override). */
        timeoutMs: z.number().int().min(1_000).max(600_000).optional(),
      })
      .strict()
      .optional(),
    /** Patient feedback inbox: the webhook's shared secret, and whether replies to negative feedback need approval. */
    feedback: feedbackConfigSchema.optional(),
    /** Compliance engine options (platform limits, readability grade…); the Settings page can override them. */
    compliance: checkOptionsOverrideSchema.optional(),
  })
  .strict();

export type PluginConfig = z.infer<typeof pluginConfigSchema>;

export const defaultPluginConfig: PluginConfig = {
  timezone: 'UTC',
};

/** Formats zod issues as "key: problem" lines so a bad config names what to fix. */
export function describeConfigIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => (issue.path.length > 0 ? `${key}.${k}` : k));
        return `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')}`;
      }
      return `'${key}': ${issue.message}`;
    })
    .join('; ');
}

export function validatePluginConfig(config: unknown): PluginConfig {
  const result = pluginConfigSchema.safeParse(config);
  if (!result.success) {
    throw new Error(`Invalid clearpost plugin config: ${describeConfigIssues(result.error)}`);
  }
  return result.data;
}

export default {
  default: defaultPluginConfig,
  validator: (config: unknown) => {
    validatePluginConfig(config);
  },
};
