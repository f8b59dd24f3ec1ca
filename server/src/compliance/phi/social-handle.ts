import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';

/** "@lil_marisol22", "@june.bakes.bread": a handle, not an e-mail ("jo@host"), a rate ("@75cc/hr") or a trailing full stop. */
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([A-Za-z_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![A-Za-z0-9_@]|\.[A-Za-z0-9])/gu;
/** "@home", "@noon": "@" written for "at". */
const AT_WORD = /^(?:home|noon|night|midnight|work|school|goal|rest|bedtime|baseline|bases?|times?|least|once|first|last)$/i;

/** "@TriCountyCU", "@SpringfieldFD", "@cdcgov": a firm's or an agency's account ends in its initials or kind. */
const ORG_ENDING = /[a-z][A-Z]{2,4}$/;
const ORG_SUFFIX = /(?:gov|news|official|hq|llc)$/i;
const ORG_WORD =
  /health|hospital|clinic|medical|pharmacy|foundation|society|association|council|coalition|alliance|institute|university|college|school|district|library|museum|church|ymca|ywca|county|cityof|police|redcross|rotary|chamber|creditunion|brewing|bakery/i;

const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A social handle names a person as surely as their name does: a handle of someone's own, next to their health, is a
 * patient's. The organisation's own account, handles the directory allows and accounts that read as a firm's or an
 * agency's ("@TriCountyCU", "@cdcgov") are no one's.
 */
export function findSocialHandles(scan: PhiScan): PhiCandidate[] {
  const { text, dir } = scan;
  // In a clinical note "@" means "at" ("fentanyl @25mcg", "tf @goal"); handles belong to social posts.
  if (scan.clinical || !text.includes('@')) return [];
  const own = dir.domain ? compact(dir.domain.split('.')[0] ?? '') : '';
  const out: PhiCandidate[] = [];
  for (const m of text.matchAll(HANDLE)) {
    const handle = m[1] as string;
    const key = compact(handle);
    if (key.length < 2 || AT_WORD.test(handle)) continue;
    if (own && (key.includes(own) || (key.length >= 6 && own.startsWith(key)))) continue;
    if (dir.nameWords.has(handle.toLowerCase()) || dir.phrases.includes(handle.toLowerCase())) continue;
    if (ORG_ENDING.test(handle) || ORG_SUFFIX.test(handle) || ORG_WORD.test(handle)) continue;
    const start = m.index ?? 0;
    out.push({ type: 'name', start, end: start + m[0].length, link: 'contextual', rule: 'phi.name.handle', why: "A person's social-media handle" });
  }
  return out;
}
