import { check } from '../../../engine';

/** The text of every PHI finding of `type` when `text` is checked as a post with no directory. */
export function phiTexts(text: string, type: string): string[] {
  return check({ text, kind: 'post' })
    .findings.filter((f) => f.category === 'phi' && f.type === type)
    .map((f) => f.text);
}
