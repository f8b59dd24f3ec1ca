import type { PhiCandidate } from './phi-candidate';
import { CARE_CUE, FIRST_PERSON, type PhiScan } from './phi-scan';

/** A closing quote, a dash and who said it: `" – Ana, Shelbyville`, `" — @surfergirl_kelsey`. */
const ATTRIBUTION = /(["”'’])\s*[–—-]\s*(@[\w.]+|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+|\s+\p{Lu}\.)?)/gu;
/** A card quoted in a post and signed inside the quote: `… through my D&C on the 3rd. Love, Kenzie"`. */
const SIGN_OFF = /([.!,]\s+(?:With\s+love|Much\s+love|Love|Thanks|Thank\s+you|Gratefully|Sincerely|Warmly|Forever\s+grateful|xo|XOXO|Hugs),?\s+)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+|\s+\p{Lu}\.)?)[.!]?\s*(["”])/gu;
/** "— Google review", "— a patient", "'Living Well with IBD' — Tuesday, Nov 4": a source, a role or a day, not a name. */
const NOT_A_PERSON = new Set(['google', 'yelp', 'facebook', 'instagram', 'healthgrades', 'nextdoor', 'anonymous', 'anon', 'patient', 'parent', 'mom', 'dad', 'a', 'an', 'one', 'our', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'tomorrow']);
const REVIEW_AFTER = /^\s+(?:review|reviewer|user|survey)\b/i;
/** "Dr. Bello changed everything", "my surgeon": our clinician in a first-person quote tells of the speaker's care. */
const CLINICIAN_IN_QUOTE = /\b(?:Dr\.?\s+\p{Lu}|Nurse\s+\p{Lu}|my\s+(?:doctor|surgeon|nurse|therapist|provider|midwife|oncologist|cardiologist|urologist|dermatologist))/u;
/** `— Pauline, 58, Riverbend`: an age in the attribution. */
const AGE_AFTER = /^,\s*\d{1,3}\b/;
const OPENING: Readonly<Record<string, string>> = { '"': '"', '”': '“', "'": "'", '’': '‘' };

/** Where the quote that ends at `close` opens, or -1. */
function quoteStart(text: string, close: number, mark: string): number {
  const open = OPENING[mark] ?? mark;
  // A straight quote or apostrophe opens only at a word's start ("I'd" holds no quote).
  for (let at = text.lastIndexOf(open, close - 1); at >= 0; at = text.lastIndexOf(open, at - 1)) {
    if (open === '“' || open === '‘' || at === 0 || !/[\p{L}\d]/u.test(text.charAt(at - 1))) return at;
  }
  return -1;
}

/**
 * "'After my stroke at 52, I never thought I'd drive again.' — Will, Shelbyville": a testimonial that tells of
 * someone's care names its patient in the attribution, whether a first name or a social handle.
 */
export function findTestimonialNames(scan: PhiScan): PhiCandidate[] {
  const { text, dir } = scan;
  const out: PhiCandidate[] = [];
  // Staff, the organisation, a review site or a role: credited to no patient.
  const creditsNoOne = (who: string) => who.replace(/^@/, '').toLowerCase().split(/\s+/).some((w) => dir.nameWords.has(w) || dir.orgWords.has(w) || NOT_A_PERSON.has(w));
  const aboutCare = (quote: string, from: number, to: number) =>
    scan.healthTerms.some((h) => h.start > from && h.end <= to) || (FIRST_PERSON.test(quote) && CARE_CUE.test(quote));
  for (const m of /["”]/.test(text) ? text.matchAll(SIGN_OFF) : []) {
    const who = m[2] as string;
    if (creditsNoOne(who)) continue;
    const close = m.index + m[0].length - 1;
    const from = quoteStart(text, close, m[3] as string);
    // Signed in the writer's own voice ("my D&C"): a card of thanks for an event or a clinic is no patient's.
    const quote = from >= 0 ? text.slice(from + 1, close) : '';
    if (from < 0 || !FIRST_PERSON.test(quote) || !aboutCare(quote, from, close)) continue;
    const start = m.index + m[0].indexOf(who, (m[1] as string).length);
    out.push({ type: 'name', start, end: start + who.length, link: 'person', rule: 'phi.name.testimonial', why: 'The person who signed a card or letter about their care' });
  }
  if (!/[–—-]/.test(text)) return out;
  for (const m of text.matchAll(ATTRIBUTION)) {
    const who = m[2] as string;
    if (creditsNoOne(who)) continue;
    if (REVIEW_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const from = quoteStart(text, m.index, m[1] as string);
    if (from < 0) continue;
    const quote = text.slice(from + 1, m.index);
    const end = m.index + m[0].length;
    const ownCare = FIRST_PERSON.test(quote) && (CLINICIAN_IN_QUOTE.test(quote) || AGE_AFTER.test(text.slice(end, end + 6)));
    if (!ownCare && !aboutCare(quote, from, m.index)) continue;
    const start = m.index + m[0].length - who.length;
    out.push({ type: 'name', start, end: start + who.length, link: 'person', rule: 'phi.name.testimonial', why: 'The person a testimonial about care is credited to' });
  }
  return out;
}
