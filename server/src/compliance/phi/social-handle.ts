import type { DirectoryIndex } from '../directory/directory-index';
import { leadingHandles } from '../text/leading-handles';
import type { Finding } from '../types';
import type { PhiCandidate } from './phi-candidate';
import { phiMessage } from './phi-messages';
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
 * A social handle names a person as surely as their name does. The organisation's own account, handles the directory
 * allows and accounts that read as a firm's or an agency's ("@TriCountyCU", "@cdcgov") are no one's.
 */
function isSomeonesHandle(handle: string, dir: DirectoryIndex): boolean {
  const key = compact(handle);
  if (key.length < 2 || AT_WORD.test(handle)) return false;
  const own = dir.domain ? compact(dir.domain.split('.')[0] ?? '') : '';
  if (own && (key.includes(own) || (key.length >= 6 && own.startsWith(key)))) return false;
  if (dir.nameWords.has(handle.toLowerCase()) || dir.phrases.includes(handle.toLowerCase())) return false;
  return !(ORG_ENDING.test(handle) || ORG_SUFFIX.test(handle) || ORG_WORD.test(handle));
}

/** A handle of someone's own, next to their health, is a patient's. */
export function findSocialHandles(scan: PhiScan): PhiCandidate[] {
  const { text, dir } = scan;
  // In a clinical note "@" means "at" ("fentanyl @25mcg", "tf @goal"); handles belong to social posts.
  if (scan.clinical || !text.includes('@')) return [];
  const out: PhiCandidate[] = [];
  for (const m of text.matchAll(HANDLE)) {
    if (!isSomeonesHandle(m[1] as string, dir)) continue;
    const start = m.index ?? 0;
    out.push({ type: 'name', start, end: start + m[0].length, link: 'contextual', rule: 'phi.name.handle', why: "A person's social-media handle" });
  }
  return out;
}

/**
 * "@jmorales_82 Yes, we do!": the handle of the person a reply answers, written first as the platform does. The rules
 * read the reply without it (the thread shows whom it answers); it is reported as a name to check, and what the reply
 * says of that person's health is reported by the rules that read the rest.
 */
export function addressedHandleFindings(reply: string, dir: DirectoryIndex): Finding[] {
  return leadingHandles(reply)
    .filter(({ handle }) => isSomeonesHandle(handle.slice(1), dir))
    .map(({ handle, start }) => {
      const { message, suggestion } = phiMessage('name', handle, 'The social-media handle of the person this reply answers, which is not in the directory', 'warn');
      return { category: 'phi', type: 'name', start, end: start + handle.length, text: handle, severity: 'warn', message, suggestion, rule: 'phi.name.handle-addressed' };
    });
}
