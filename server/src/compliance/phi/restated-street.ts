import type { PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';

const STREET = String.raw`((?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Way|Boulevard|Blvd|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Trail|Trl))\b`;
/** "I live at 44 Birch Lane": a numbered street in the comment, captured without its number. */
const NUMBERED_STREET = new RegExp(String.raw`\b\d{1,5}\s+${STREET}\.?`, 'gu');
/** "I live right on Birchwood Lane", "his farmhouse on Creek Bend Road": the writer's (or their family's) street without a number. */
const LIVES_ON_STREET = new RegExp(String.raw`\b(?:(?:[Ii]|[Ww]e)\s+live\s+(?:right\s+)?|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[\p{L}'’-]+\s+)?(?:home|house|farmhouse|farm|place|apartment|trailer|cabin)\s+)(?:on|off|at|near)\s+${STREET}`, 'gu');

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
  if (!context) return [];
  const out: PhiCandidate[] = [];
  const given = [...(/\d/.test(context) ? context.matchAll(NUMBERED_STREET) : []), ...context.matchAll(LIVES_ON_STREET)];
  for (const m of given) {
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
