import type { PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';

/** "I live at 44 Birch Lane": a numbered street in the comment, captured without its number. */
const NUMBERED_STREET =
  /\b\d{1,5}\s+((?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Way|Boulevard|Blvd|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Trail|Trl))\b\.?/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A reply that names the street the commenter gave as their own ("our home team covers Birch Lane")
 * repeats where they live in public, even without the house number.
 */
export function findRestatedStreets(scan: PhiScan): PhiCandidate[] {
  const { text } = scan;
  const context = answeredComment(scan);
  if (!context || !/\d/.test(context)) return [];
  const out: PhiCandidate[] = [];
  for (const m of context.matchAll(NUMBERED_STREET)) {
    const street = (m[1] as string).trim();
    const again = new RegExp(`\\b${escapeRegExp(street)}\\b`, 'iu').exec(text);
    if (!again) continue;
    out.push({
      type: 'address',
      start: again.index,
      end: again.index + again[0].length,
      link: 'person',
      rule: 'phi.address.restated-street',
      why: 'The street the commenter gave as their own, repeated in the reply',
    });
  }
  return out;
}
