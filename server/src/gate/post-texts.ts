import type { CheckInput, Platform } from '../compliance';
import { PLATFORMS } from '../compliance';

export interface PostForCheck {
  body?: string | null;
  link?: string | null;
  targeting?: string | null;
  targetPlatforms?: unknown;
  variants?: Array<{ platform?: string | null; text?: string | null }> | null;
  /** ocrText: the text read from the image by its processing job (asset-processing). */
  images?: Array<{ altText?: string | null; textFindings?: unknown; ocrText?: string | null }> | null;
}

export interface FieldCheck {
  field: string;
  input: Omit<CheckInput, 'directory'>;
}

const isPlatform = (value: unknown): value is Platform => (PLATFORMS as readonly unknown[]).includes(value);

/**
 * Every text a post sends out, as the engine should judge it. The body is checked once for content and
 * once per explicitly targeted platform that has no variant of its own (for that platform's length).
 */
export function postFieldChecks(post: PostForCheck): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const variants = post.variants ?? [];
  const body = post.body ?? '';
  const variantPlatforms = new Set(variants.map((v) => v.platform));
  const targeted =
    post.targeting === 'selected-platforms' && Array.isArray(post.targetPlatforms) ? post.targetPlatforms.filter(isPlatform) : [];
  const bodyPlatforms = targeted.filter((p) => !variantPlatforms.has(p));

  if (bodyPlatforms.length === 0) checks.push({ field: 'body', input: { text: body, kind: 'post' } });
  for (const platform of bodyPlatforms) checks.push({ field: 'body', input: { text: body, kind: 'post', platform } });

  variants.forEach((variant, index) => {
    checks.push({
      field: `variants.${index}.text`,
      input: { text: variant.text ?? '', kind: 'post', platform: isPlatform(variant.platform) ? variant.platform : undefined },
    });
  });
  if (post.link) checks.push({ field: 'link', input: { text: post.link, kind: 'post' } });
  (post.images ?? []).forEach((image, index) => {
    checks.push({ field: `images.${index}.altText`, input: { text: image.altText ?? '', kind: 'alt-text' } });
    // Text set into the picture goes out with the post just as the alt text does.
    if (image.ocrText?.trim()) checks.push({ field: `images.${index}.imageText`, input: { text: image.ocrText, kind: 'alt-text' } });
  });
  return checks;
}
