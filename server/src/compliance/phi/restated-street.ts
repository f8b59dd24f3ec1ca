import { COUNTRY_NAMES } from '../vocab/countries';
import { isUsCity } from '../vocab/us-cities';
import type { PhiCandidate } from './phi-candidate';
import { speaksOfOwnCare } from './health-detail-detector';
import { answeredComment, type PhiScan } from './phi-scan';
import { isStateName } from './state-anchored-place';
import { isDirectoryLocation } from '../directory/directory-index';
import { cachedRegExp } from '../text/cached-regexp';

const STREET = String.raw`((?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Way|Boulevard|Blvd|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Trail|Trl))\b`;
/** "I live at 44 Birch Lane", "Vivo en el 214 de Cedar Lane": a numbered street in the comment, captured without its number. */
const NUMBERED_STREET = new RegExp(String.raw`\b\d{1,5}\s+(?:de\s+)?${STREET}\.?`, 'gu');
/** "Vivo en 2217 Calle Olmo", "la Avenida Juárez 114": a numbered Spanish street, the street word first; captured without its number. */
const SPANISH_STREET = String.raw`(?:[Cc]alle|[Aa]venida|Av\.|[Cc]amino|[Cc]allej[oó]n|[Pp]rivada)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
const NUMBERED_SPANISH_STREET = new RegExp(String.raw`\b\d{1,5}\s+(${SPANISH_STREET})|(${SPANISH_STREET})\s+#?\d{1,5}\b`, 'gu');
/** "I live right on Birchwood Lane", "his farmhouse on Creek Bend Road", "my grandpa Elmer on Birchwood Lane": the writer's (or their family's) street without a number. */
const LIVES_ON_STREET = new RegExp(
  String.raw`\b(?:(?:[Ii]|[Ww]e|[Aa]nd)\s+live\s+(?:right\s+)?|[Ll]ives\s+(?:alone\s+|right\s+)?|(?:[Ww]e['’]re|[Ii]['’]m|[Ww]e\s+are|[Ii]\s+am)\s+(?:right\s+|out\s+|over\s+)?|(?:out|over)\s+|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[\p{L}'’-]+\s+)?(?:home|house|farmhouse|farm|place|apartment|trailer|cabin)\s+|(?:[Mm]y|[Oo]ur)\s+(?:grand(?:ma|pa|mother|father)|nana|papa|mom|mum|dad|mother|father|aunt|uncle)\s+(?:\p{Lu}\p{Ll}+\s+)?)(?:on|off|at|near)\s+${STREET}`,
  'gu',
);
/** "We're in Elm Park", "we live in Eastbrook", "mi tía … vive en Mill Creek", "mi papá… vive solo en el North Ward", "I'm Walt Brenner from Cedar Grove", "I'm a 67 yr old from Cedar Grove", "anyone from the Northgate area want to carpool?", "vivo en la colonia El Mirador": the neighbourhood or town the writer gives as their home. */
const LIVES_IN_PLACE = /(?:\b(?:[Vv]ivo|[Vv]ivimos|[Vv]iven?|[Ee]stamos)\s+(?:sol[oa]s?\s+)?en\s+(?:la\s+colonia\s+|el\s+barrio\s+|el\s+pueblo\s+de\s+|el\s+(?=\p{Lu}))?|\b[Vv]iv(?:o|imos)\s+(?:por|cerca\s+de)\s+(?:el\s+|la\s+)?(?:parque\s+|zona\s+de\s+|colonia\s+|barrio\s+)?|\b(?:[Vv]oy|[Vv]engo|[Vv]enimos|[Vv]amos)\s+(?:\p{Ll}+\s+){0,5}?desde\s+(?:la\s+colonia\s+|el\s+barrio\s+)?|\b[Ss](?:oy|omos)\s+de\s+(?:la\s+colonia\s+|el\s+barrio\s+)?|\b(?:[Mm]e\s+mud[eé]|[Nn]os\s+mudamos|[Mm]e\s+cambi[eé]|[Nn]os\s+cambiamos)\s+(?:\p{Ll}+\s+)?a\s+(?:la\s+colonia\s+|el\s+barrio\s+)?|\b(?:[Ww]e(?:['’]re|\s+are)|[Ii](?:['’]m|\s+am))\s+(?:(?:\p{Lu}[\p{L}'’-]+\s+){1,3}|an?\s+(?:[\p{Ll}\d-]+\s+){0,4})?from\s+(?:the\s+)?|\b(?:[Ww]e(?:['’]re|\s+are|\s+live)|[Ii](?:['’]m|\s+am|\s+live)|[Ll]ives|[Ll]iving|(?<=^|[.!?]\s{1,3})[Ll]ive)\s+(?:right\s+|out\s+|over\s+|alone\s+)?(?:on\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}in\s+|in\s+(?:the\s+)?|(?:near|by|close\s+to)\s+(?:the\s+)?)|\b(?:[Ww]e|[Ii])(?:['’]ve|\s+have)?\s+(?:just\s+|recently\s+)?moved\s+(?:here\s+)?to\s+(?:the\s+)?|\b(?:[Mm]y|[Oo]ur)\s+(?:grand(?:ma|pa|mother|father)|nana|papa|mom|mum|dad|mother|father|aunt|uncle)\s+(?:(?:is|lives)\s+)?(?:at|in)\s+(?:the\s+)?|\b(?:anything|anywhere|any(?:one|body)|one|(?:is|are)\s+there\s+(?:a|an|any)\s+(?:[\p{L}-]+\s+){0,3}?)\s*(?:near|close\s+to|closer\s+to)\s+(?:me\s+in\s+)?|\b[Aa]ny(?:one|body)\s+(?:else\s+)?from\s+(?:the\s+)?)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the reply says `words` again, as whole words. */
function saidAgain(text: string, words: string, flags: 'u' | 'iu'): RegExpExecArray | null {
  return cachedRegExp(`\\b${escapeRegExp(words)}\\b`, flags).exec(text);
}

/** "Los Almendros 214" for "calle Los Almendros 214": the Spanish street's name and number without its street word. */
function withoutStreetWord(m: RegExpMatchArray): string | undefined {
  const bare = /^(?:calle|avenida|av\.|camino|callej[oó]n|privada)\s+(.+?)\s+(#?\d{1,5})$/iu.exec(m[0].trim());
  return bare ? `${bare[1] as string} ${bare[2] as string}` : undefined;
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
  const numbered = /\d/.test(context);
  const given = [...(numbered ? context.matchAll(NUMBERED_STREET) : []), ...(numbered ? context.matchAll(NUMBERED_SPANISH_STREET) : []), ...context.matchAll(LIVES_ON_STREET)];
  for (const m of given) {
    const street = ((m[1] ?? m[2]) as string).trim();
    // "near 45 Riverside Drive": one of our own sites, which the reply may name.
    if (isDirectoryLocation(scan.dir, m[0].trim())) continue;
    const bare = withoutStreetWord(m);
    const again = saidAgain(text, street, 'iu') ?? (bare === undefined ? null : saidAgain(text, bare, 'iu'));
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

/**
 * "Our Behavioral Health team sees teens from Elm Park" after "We're in Elm Park", "Sunny Acres" after "my grandma at Sunny Acres",
 * "Si viene desde Los Álamos" after "Voy tres veces por semana desde Los Álamos", "Villa Esperanza" after "soy de Villa Esperanza", "¡Bienvenida a Poinciana!" after "me mudé a Poinciana":
 * where the commenter or their elder lives, said back.
 * A state, a large city a newcomer moved to, or a place in our own directory (the towns our clinics are in), is no one's home address.
 */
/** "older adults throughout the Flint area": the region we serve, though it holds the commenter's town. */
const NEWCOMER = /\b(?:just\s+)?(?:moved|relocated)\s+(?:here\s+)?to\b|\bnew\s+(?:to|in)\s+(?:town|the\s+area)\b|\b(?:me\s+mud(?:e\b|é)|nos\s+mudamos\b)/i;
const GROUP_AFTER = /^\s+(?:(?:moms?|mothers|dads|parents|running|walking|hiking|book|support|prayer|neighbou?rhood|community|youth)\s+)?(?:group|club|team|league|chapter|association|pta)\b/i;
const SERVICE_AREA_AFTER = /^(?:-|\s+)(?:area|region)\b/i;

export function findRestatedHomePlaces(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !/\b(?:in|to|at|near|by|from|en|desde|de|por|a)\s+(?:the\s+|la\s+colonia\s+|el\s+barrio\s+|el\s+pueblo\s+de\s+|(?:el|la)\s+(?:parque|zona\s+de|colonia|barrio)\s+|el\s+)?\p{Lu}/u.test(context)) return [];
  const out: PhiCandidate[] = [];
  for (const m of context.matchAll(LIVES_IN_PLACE)) {
    const place = (m[1] as string).trim();
    // "I'm Jenna from the Wingfield Springs moms group": a group named for its neighbourhood, not where she lives.
    if (GROUP_AFTER.test(context.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // "my mom is in the ICU": a unit named in capitals, not where anyone lives.
    if (place === place.toUpperCase()) continue;
    const words = place.toLowerCase().split(/\s+/);
    // "Soy de Guatemala": a country is larger than any place HIPAA counts.
    if (isStateName(place.toLowerCase()) || COUNTRY_NAMES.has(place.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')) || words.some((w) => scan.dir.orgWords.has(w))) continue;
    // "We just moved to Rochester": a newcomer's large city is no neighbourhood (unlike "my mom is 91 and lives alone in Flint").
    if (NEWCOMER.test(context) && isUsCity(words.join(' '))) continue;
    const again = saidAgain(scan.text, place, 'u');
    if (!again || SERVICE_AREA_AFTER.test(scan.text.slice(again.index + again[0].length, again.index + again[0].length + 12))) continue;
    out.push({ type: 'location', start: again.index, end: again.index + again[0].length, link: 'person', rule: 'phi.location.restated-home', why: 'The place the commenter gave as their home, said back in the reply' });
  }
  return out;
}

/** "His school, Brookfield Elementary": a school the comment names, with its kind of school. */
const SCHOOL = /\b((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Elementary|Middle|High|Academy|Primary|Preschool|Montessori|Day\s+School|School))\b/gu;
/** "la primaria Benito Juárez", "la Escuela Roosevelt": a school named in Spanish, the kind of school first; the name is what is said back. */
const SPANISH_SCHOOL = /(?<![\p{L}])(?:[Ee]scuela|[Pp]rimaria|[Ss]ecundaria|[Pp]reparatoria|[Pp]repa|[Cc]olegio|[Kk][ií]nder)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/gu;
/** "My daughter just started at Conestoga Valley": a child's school named without a school word, by what the child does there. */
const CHILD_ATTENDS =
  /\b(?:daughter|son|kid|child|boy|girl|grandson|granddaughter|stepson|stepdaughter)\s+(?:just\s+|recently\s+)?(?:started\s+(?:(?:kindergarten|preschool|school|\d{1,2}(?:st|nd|rd|th)\s+grade)\s+)?at|goes\s+to|attends|transferred\s+to)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/gu;

/**
 * "Lisa Chen, RD can write a letter for Brookfield Elementary" after "my son was diagnosed with celiac. His school,
 * Brookfield Elementary…": the school of the person whose care the comment tells of, said back in public.
 */
/** "I'm the school nurse", "our team at Hillcrest Elementary": the commenter writes for the school, as its staff. */
const WRITES_FOR_THE_SCHOOL =
  /\b(?:i['’]?m|i\s+am|this\s+is)\s+(?:the|a|one\s+of\s+the)\s+(?:school\s+)?(?:nurse|principal|teacher|counsell?or|coach|athletic\s+director|coordinator|secretary|administrator)s?\b|\bour\s+(?:team|staff|teachers|faculty|pta|district)\s+at\b/i;

/** "goes to Omaha": a town or a state is where care is, not a school. */
const isTownOrState = (place: string): boolean => isStateName(place.toLowerCase()) || isUsCity(place.toLowerCase());

export function findRestatedSchools(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || scan.contextHealthTerms().length === 0 || !speaksOfOwnCare(scan, context) || WRITES_FOR_THE_SCHOOL.test(context)) return [];
  const out: PhiCandidate[] = [];
  const attended = [...context.matchAll(CHILD_ATTENDS)].filter((m) => !isTownOrState((m[1] as string).trim()));
  for (const m of [...context.matchAll(SCHOOL), ...context.matchAll(SPANISH_SCHOOL), ...attended]) {
    // "…en la prepa Lincoln. ¿Qué opinan?": the sentence's full stop is not part of the name ("St." inside it is).
    const school = (m[1] as string).trim().replace(/(?<=\p{Ll}{3})\.$/u, '');
    if (scan.dir.orgWords.has(school.split(/\s+/)[0]?.toLowerCase() ?? '')) continue;
    const again = saidAgain(scan.text, school, 'u');
    if (!again) continue;
    out.push({ type: 'location', start: again.index, end: again.index + again[0].length, link: 'person', rule: 'phi.location.restated-school', why: 'The school of the person whose care the comment tells of, said back in the reply' });
  }
  return out;
}
