import type { Platform, PreviewRequest } from '../services/types';
import { isPlatform } from '../utils/platforms';

const TARGETING: readonly string[] = ['let-analytics-choose', 'selected-platforms'];
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The JSON field may hold an array or, while the editor types in it, a string that parses to one. */
function targetPlatformsOf(value: unknown): Platform[] {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  return Array.isArray(parsed) ? parsed.filter(isPlatform) : [];
}

/** The preview request for a post's Content Manager form: only the fields the server reads, in its shape. */
export function previewRequest(values: Record<string, unknown>, documentId: string | undefined): PreviewRequest {
  const variants = (Array.isArray(values.variants) ? (values.variants as Array<Record<string, unknown>>) : [])
    .filter((variant) => isPlatform(variant?.platform))
    .map((variant) => ({ platform: variant.platform as Platform, text: asText(variant.text) }));
  const link = asText(values.link).trim();
  const targeting = asText(values.targeting);
  return {
    ...(documentId ? { documentId } : {}),
    body: asText(values.body),
    ...(link ? { link } : {}),
    variants,
    ...(TARGETING.includes(targeting) ? { targeting: targeting as PreviewRequest['targeting'] } : {}),
    targetPlatforms: targetPlatformsOf(values.targetPlatforms),
  };
}
