import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';

/**
 * A measurement the commenter gave about themselves ("160/100", "A1c 9.2", "down 30 lbs") repeated in
 * the reply: the reply confirms it in public, like a restated condition. Only readings and amounts
 * count — a fraction, a decimal, or a number with a unit — so dates, times and phone numbers don't.
 */
const READING =
  /\b\d{2,3}\s?\/\s?\d{2,3}\b|\b\d{1,3}\.\d{1,2}\b(?!\.\d)|\b\d{1,4}\s?(?:lbs?|pounds?|kg|kilos?|mg\/dl|mmol|%|percent|degrees?|°f?)(?![\w])/gi;

const PHONE_LIKE = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/;

const digitsOf = (s: string): string => s.replace(/[^\d./]/g, '').replace(/\s/g, '');

export function findRestatedReadings(scan: PhiScan): PhiCandidate[] {
  const { text, context } = scan;
  if ((scan.kind !== 'reply' && scan.kind !== 'template') || !context || !/\d/.test(context) || !/\d/.test(text)) return [];
  const given = new Set<string>();
  for (const m of context.matchAll(READING)) given.add(digitsOf(m[0]).replace(/[./]$/, ''));
  if (given.size === 0) return [];
  const out: PhiCandidate[] = [];
  for (const m of text.matchAll(READING)) {
    const at = m.index ?? 0;
    if (PHONE_LIKE.test(text.slice(Math.max(0, at - 6), at + m[0].length + 6))) continue;
    if (!given.has(digitsOf(m[0]).replace(/[./]$/, ''))) continue;
    out.push({
      type: 'lab',
      start: at,
      end: at + m[0].length,
      link: 'person',
      rule: 'phi.lab.restated-reading',
      why: 'A reading or measurement the commenter gave about themselves, repeated in the reply',
    });
  }
  return out;
}
