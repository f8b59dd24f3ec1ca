import { UID } from '../constants';
import type { LiveCheckRequest, Platform } from '../services/types';
import { isPlatform } from '../utils/platforms';

export interface TextToCheck {
  /** The field path, as the server's reports name it (`body`, `variants.0.text`, `altText`). */
  field: string;
  request: LiveCheckRequest;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');
const asPlatform = (value: unknown): Platform | undefined => (isPlatform(value) ? value : undefined);

/** The texts of a Content Manager form that the live check looks at, for each of our content types. */
export function textsToCheck(model: string, values: Record<string, unknown>): TextToCheck[] {
  const texts: TextToCheck[] = [];
  const add = (field: string, text: string, kind: LiveCheckRequest['kind'], platform?: Platform) => {
    if (text.trim().length === 0) return;
    texts.push({ field, request: platform ? { text, kind, platform } : { text, kind } });
  };
  if (model === UID.post) {
    add('body', asText(values.body), 'post');
    const variants = Array.isArray(values.variants) ? (values.variants as Array<Record<string, unknown>>) : [];
    variants.forEach((variant, index) =>
      add(`variants.${index}.text`, asText(variant?.text), 'post', asPlatform(variant?.platform))
    );
    add('link', asText(values.link), 'post');
  } else if (model === UID.replyTemplate) {
    add('body', asText(values.body), 'template');
  } else if (model === UID.imageAsset) {
    add('altText', asText(values.altText), 'alt-text');
  }
  return texts;
}
