import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { isAllCaps, isCapitalised, type WordToken } from '../text/word-tokens';
import { HEALTH_WORD } from '../vocab/health-term-index';
import { COMMON_WORD, isCommonWord, isKnownName, KNOWN_NAME } from '../vocab/name-lexicon';
import { NOT_NAME_WORD } from '../vocab/name-stopwords';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';

/** Words a surname stands before when it names a household: "the Okafor family", "the Johnson twins". */
const FAMILY = ['family', 'twins', 'triplets', 'quadruplets'];
const FAMILY_WORDS = new Set(FAMILY);
const FAMILY_PRACTICE = new Set(['medicine', 'practice', 'physician', 'physicians', 'doctor', 'doctors', 'clinic', 'health', 'dentistry', 'planning']);
/** "the Halvorsen family for donating…": a donor family, thanked for a gift, not a patient household. */
/** "Donor family event", "host families": a kind of family, not a surname. */
const KIND_OF_FAMILY: ReadonlySet<string> = new Set(['donor', 'host', 'foster']);
const DONATED_AFTER = /^\s+(?:for\s+(?:donating|their\s+(?:gift|donation|generosity|support))|donated|gave|sponsored|funded)\b/i;

/** "KEEP ROMERO FAMILY AWARE", "the Okafor family", "the Johnson triplets": a listed surname right before "family". */
export function findFamilySurnames(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [...findPluralSurnames(scan), ...findSpanishFamilySurnames(scan)];
  if (!hasAnyOf(asciiWords(scan.text), FAMILY)) return out;
  const { tokens, text } = scan;
  for (let k = 1; k < tokens.length; k++) {
    const family = tokens[k] as WordToken;
    if (!FAMILY_WORDS.has(family.lower)) continue;
    const t = tokens[k - 1] as WordToken;
    if (text.slice(t.end, family.start) !== ' ' || !t.letters || t.raw.length < 3) continue;
    // The surname is written like one: capitalised in mixed-case text, or in capitals with "FAMILY".
    if (!(isCapitalised(t.raw) && (!isAllCaps(t.raw) || isAllCaps(family.raw)))) continue;
    // "Dr. Alvarez's Family Medicine team" names a department; the name rules judge the clinician.
    const after = tokens[k + 1];
    if (!scan.caseless && after && isCapitalised(after.raw) && text.slice(family.end, after.start) === ' ') continue;
    // "our new Lincoln family medicine clinic": a kind of practice, in lower case too.
    if (family.lower === 'family' && after && FAMILY_PRACTICE.has(after.lower) && text.slice(family.end, after.start) === ' ') continue;
    if (DONATED_AFTER.test(text.slice(family.end, family.end + 30))) continue;
    const w = t.bare;
    if (KIND_OF_FAMILY.has(w)) continue;
    if (scan.dir.nameWords.has(w) || (t.bareClasses & (NOT_NAME_WORD | COMMON_WORD | HEALTH_WORD | KNOWN_NAME)) !== KNOWN_NAME || scan.dir.orgWords.has(w)) continue;
    out.push({ type: 'name', start: t.start, end: t.end, link: 'contextual', rule: 'phi.name.family', why: "A family's surname" });
  }
  return out;
}

/** "los 5 hermanos Gutiérrez", "la familia Morales": in Spanish the household's word comes before the surname. */
const SPANISH_FAMILY = /(?<![\p{L}])(?:hermanos|hermanas|hermanitos|hermanitas|gemelos|gemelas|familia)\s+(\p{Lu}[\p{Ll}]{2,}(?:\s+\p{Lu}[\p{Ll}]{2,})?)/gu;
const SPANISH_FAMILY_WORDS = ['hermanos', 'hermanas', 'hermanitos', 'hermanitas', 'gemelos', 'gemelas', 'familia'];

function findSpanishFamilySurnames(scan: PhiScan): PhiCandidate[] {
  if (scan.caseless || !hasAnyOf(asciiWords(scan.text), SPANISH_FAMILY_WORDS)) return [];
  const out: PhiCandidate[] = [];
  for (const m of scan.text.matchAll(SPANISH_FAMILY)) {
    const surname = m[1] as string;
    if (surname.split(/\s+/).some((w) => scan.dir.orgWords.has(w.toLowerCase()) || scan.dir.nameWords.has(w.toLowerCase()))) continue;
    if (DONATED_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const start = m.index + m[0].length - surname.length;
    out.push({ type: 'name', start, end: start + surname.length, link: 'contextual', rule: 'phi.name.family', why: "A family's surname" });
  }
  return out;
}

/** "families like the Abernathys", "the Nguyens' new baby": a surname in the plural names a household. */
const PLURAL_SURNAME = /\b[Tt]he\s+(\p{Lu}\p{Ll}{2,}?)(?:s|es)(?:['’]|\b)/gu;
/** Only where the sentence speaks of a household, so "the Rangers" or "the Eagles" stay teams. */
const HOUSEHOLD_WORDS = ['family', 'families', 'household', 'kids', 'children', 'parents', 'mom', 'dad', 'grandparents', 'neighbors', 'neighbours', 'twins'];
const HOUSEHOLD = new RegExp(`\\b(?:${HOUSEHOLD_WORDS.join('|')})\\b`, 'i');

function findPluralSurnames(scan: PhiScan): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  if (scan.caseless || !hasAnyOf(asciiWords(scan.text), HOUSEHOLD_WORDS)) return out;
  for (const m of scan.text.matchAll(PLURAL_SURNAME)) {
    const singular = (m[1] as string).toLowerCase();
    if (!isKnownName(singular) || isCommonWord(singular) || scan.dir.nameWords.has(singular) || scan.dir.orgWords.has(singular)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const end = start + m[0].slice(m[0].indexOf(m[1] as string)).replace(/['’]$/, '').length;
    if (!scan.sentenceMatches(HOUSEHOLD, start)) continue;
    out.push({ type: 'name', start, end, link: 'contextual', rule: 'phi.name.family', why: "A family's surname" });
  }
  return out;
}
