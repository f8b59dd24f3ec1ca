import { execAll } from '../text/exec-all';
import { isHealthWord } from '../vocab/health-term-index';
import { isAmbiguousGivenName, isCommonWord, isGivenName, isKnownName } from '../vocab/name-lexicon';
import { isNotNameWord, PERSON_TITLES } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';

/** "Halldór: What a wife." — a line that opens with one or two capitalised words and a colon. */
const SPEAKER = /^[ \t]*(\p{Lu}[\p{Ll}'’\-]+(?:[ \t]\p{Lu}[\p{Ll}'’\-]+)?)[ \t]*:[ \t]*(?=\S)/gmu;
/** A line of two or three words with an optional middle initial, alone on its line: the name on a card or signature. */
const CARD_NAME = /^[ \t]*(\p{L}[\p{L}'’\-]+(?:[ \t]\p{L}\.?)?(?:[ \t]\p{L}[\p{L}'’\-]+){1,2})[ \t]*$/gmu;
/** Contact fields that make a text a card or signature. */
const CONTACT = /\b(?:phone|mobile|tel|e-?mail|address|website|personal info|fax)\s*:|@[\w-]+\.\w/i;
const NON_ASCII = /[^\x00-\x7f]/;

/** A word that may be part of a name: no function, everyday, health, title or organisation word. */
function nameWord(word: string, scan: PhiScan): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length < 2 || isNotNameWord(w) || PERSON_TITLES.includes(w) || isHealthWord(w) || scan.dir.orgWords.has(w)) return false;
  return !isCommonWord(w) || (isGivenName(w) && !isAmbiguousGivenName(w));
}

/** Field labels of forms and cards ("Desk:", "Fax:"), which some name lists carry as names. */
const FIELD_LABELS = new Set(['phone', 'mobile', 'tel', 'fax', 'desk', 'email', 'e-mail', 'website', 'address', 'office', 'home', 'work', 'cell', 'pager', 'bot', 'user', 'agent', 'customer', 'answer', 'question', 'name', 'subject', 're']);

function speakerWord(word: string, scan: PhiScan): boolean {
  return !FIELD_LABELS.has(word.toLowerCase()) && nameWord(word, scan);
}

/** At least one word is listed as a name or written with letters beyond ASCII. */
function someNameEvidence(words: string[]): boolean {
  return words.some((w) => isKnownName(w.toLowerCase()) || NON_ASCII.test(w));
}

function inDirectory(words: string[], scan: PhiScan): boolean {
  return words.every((w) => scan.dir.nameWords.has(w.toLowerCase()));
}

/**
 * Names at the head of a line: speakers in a transcript ("Halldór: ...", "Ashley: ..."; two speaker
 * lines at least) and the name line that opens a contact card or signature with phone, e-mail or
 * address fields ("Einojuhani Pyysalo\n\nBus driver\n\nPhone: ...").
 */
export function findLineHeadNames(scan: PhiScan): PhiCandidate[] {
  const { text } = scan;
  const out: PhiCandidate[] = [];
  if (!text.includes('\n')) return out;
  // Charting heads its lines with systems ("Pulm:", "Endo:"), never with speakers.
  const speakers = text.includes(':') && !scan.clinical ? execAll(SPEAKER, text) : [];
  const speakerWords = speakers.map((m) => (m[1] as string).split(/[ \t]/));
  // A transcript has two speaker lines or more, one of them a listed first name ("Ashley:").
  const transcript = speakers.length >= 2 && speakerWords.some((ws) => ws.every((w) => speakerWord(w, scan)) && isGivenName((ws[0] as string).toLowerCase()) && !isAmbiguousGivenName((ws[0] as string).toLowerCase()));
  if (transcript) {
    for (const [k, m] of speakers.entries()) {
      const name = m[1] as string;
      const words = speakerWords[k] as string[];
      if (!words.every((w) => speakerWord(w, scan)) || inDirectory(words, scan)) continue;
      const start = m.index + m[0].indexOf(name);
      out.push({ type: 'name', start, end: start + name.length, link: 'weak', rule: 'phi.name.speaker', why: "A person's name" });
    }
  }
  if (CONTACT.test(text)) {
    // Only the first line of each block (text start or after a blank line) can be the card's name.
    for (const m of execAll(CARD_NAME, text)) {
      const before = text.slice(0, m.index);
      if (before.trim() !== '' && !/\n[ \t]*\n[ \t]*$/.test(before)) continue;
      const name = m[1] as string;
      const words = name.split(/[ \t]/).filter((w) => w.replace(/\.$/, '').length > 1);
      if (words.length < 2 || !words.every((w) => nameWord(w, scan)) || !someNameEvidence(words) || inDirectory(words, scan)) continue;
      const start = m.index + m[0].indexOf(name);
      out.push({ type: 'name', start, end: start + name.length, link: 'contextual', rule: 'phi.name.card', why: "A person's name on a contact card" });
    }
  }
  return out;
}
