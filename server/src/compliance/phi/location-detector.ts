import { isShareOfMany } from '../text/share-of-many';
import { isDirectoryLocation } from '../directory/directory-index';
import { extendAddress, findAddressBlocks } from './address-blocks';
import { findLabelledAddresses } from './labelled-address';
import { findPlaces } from './place-detector';
import { findStateAnchoredPlaces, isStateName } from './state-anchored-place';
import { findRegionPlaces } from './region-place';
import { findTitledPlaces } from './titled-place';
import type { PhiCandidate } from './phi-candidate';
import { append } from '../text/append';
import { containedIn } from '../text/contained-in';
import { CARE_CUE, EVENT_CUE, withoutQuotedTitles, type PhiScan } from './phi-scan';
import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { execAll } from '../text/exec-all';
import type { WordToken } from '../text/word-tokens';
import { classesOf, wordClass } from '../vocab/word-classes';
import { COMMON_WORD } from '../vocab/name-lexicon';
import { isHealthWord } from '../vocab/health-term-index';
import { isMeetingRoomAt } from '../vocab/meeting-room';
import { LANGUAGE_NAMES } from '../vocab/languages';
import { COUNTRY_NAMES, WORLD_REGIONS } from '../vocab/countries';
import { MONTH_NAMES } from '../vocab/months';
import { PERSON_ROLES } from '../vocab/person-roles';
import { STREET_SUFFIX } from './street-suffix';
import { NAMED_BEFORE_PLACE } from './spanish-care-details';

const CAP = "[A-ZÀ-ÖØ-Þ][\\p{L}'’.\\-]*";
const STREET = new RegExp(`\\b\\d{1,6}[A-Za-z]?\\s+(?:${CAP}\\s+){0,3}${STREET_SUFFIX}(?![\\p{L}])`, 'gu');
const FOREIGN_STREET = new RegExp(
  `(?:\\b\\d{1,6}\\s+)?(?:\\b(?:Via|Viale|Vicolo|Piazza|Corso|Rua|Rue|[Cc]alle|[Aa]venida|Av\\.|Avenue|Ulica|Ul\\.|Praça|Largo|Travessa|Camino|Paseo|Carrer|Plaza|[Pp]rivada|[Cc]alzada)\\s+(?:${CAP}\\s+){0,5}|${CAP}(?:strasse|straße|gasse|weg|vej|vegen|veien|gatan|gata|gade|tie|katu|kuja|laan|straat|plein|allee|ring|platz|utca|út|ulica|torget)\\s+)\\d{1,5}[A-Za-z]?\\b`,
  'gu',
);
const UNIT = /\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b/g;
/** "we'll deliver them to him on 4 West": a hospital wing named by its floor and side. */
const WING = /\b(?:on|in|to)\s+(\d{1,2}\s?(?:West|East|North|South))\b/g;
const WING_WORDS = ['west', 'east', 'north', 'south'];
/** "our 4th-floor nurses", "the 3 West team": in a reply to a comment, the unit that cared for the commenter or their relative. */
const UNIT_TEAM = /\b(?:[Tt]he|[Oo]ur)\s+(\d{1,2}(?:st|nd|rd|th)[- ]floor|\d{1,2}\s?(?:West|East|North|South))\s+(?:nurses|team|staff|crew)\b/g;
const UNIT_TEAM_WORDS = ['floor', 'west', 'east', 'north', 'south'];
/** A comment that speaks of someone's care or stay, or of a relative: "took such good care of my husband during his stay". */
const CARE_TOLD = /\b(?:stay|care|cared|caring|looked\s+after|my\s+(?:mom|mum|mother|dad|father|husband|wife|son|daughter|grandma|grandmother|grandpa|grandfather|aunt|uncle|brother|sister|baby|partner))\b/i;
const HIM_OR_HER = /\b(?:him|her)\b/i;
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi;
const ZIP_AFTER_STATE = /\b[A-Z]{2},?\s+(\d{5})(?:-\d{4})?\b/g;
const ROOM = /\b(?:(?<=\bin\s(?:the\s|(?:infusion|dialysis|treatment)\s)?)[Cc]hair|[Rr]ooms?|ROOMS?|[Rr]m|RM|[Bb]eds?|BEDS?|[Bb]ays?|[Ww]ard|WARD|[Uu]nit|UNIT|[Ff]loor|[Cc]ubicle|[Ss]uite|[Cc]ama|[Hh]abitaci[oó]n|[Cc]uarto|[Cc]abin|CABIN|[Bb]unk)(?:\s?#?\s?\d{1,4}[A-Z]?|\s#?\s?[A-Z]\d{0,3})(?![\p{L}\d\uFE0F\u20E3]|\/\d)(?!\s*(?:am|pm|a\.m|p\.m))/gu;
const ROUTE = /\b(?:Route|Rte|Highway|Hwy|County Road|County Rd\.?|CR)\s+\d{1,4}\b(?:\s+(?:near|by|at)\s+the\s+(?:[A-Z][\p{L}]+\s+){1,3}(?:bridge|exit|crossing|park))?/gu;
/** "on Juniper Court": a street named without a house number. */
const BARE_STREET = /\b(?:on|off|along)\s+((?:[A-Z][\p{L}'’-]+\s+){1,2}(?:Street|Avenue|Road|Drive|Lane|Boulevard|Court|Way|Terrace|Circle|Trail|Place))\b/gu;
/** "This client's sunflowers on Juniper Court", "a patient who lives on Elm Street": the street is where that person lives. */
const STREET_OWNER_WORDS = ['client', 'patient', 'resident', 'mr', 'mrs', 'ms', 'miss', 'gentleman', 'lady', 'man', 'woman', 'couple', 'home', 'house', 'table', 'porch', 'driveway', 'yard', 'apartment', 'trailer'];
/** "…infuse him at their kitchen table on Maple Court": the street of someone's home. */
const THEIR_HOME_BEFORE = /\b(?:their|his|her)\s+(?:own\s+)?(?:kitchen\s+table|home|house|porch|front\s+(?:porch|steps|yard)|driveway|yard|apartment|trailer)\s$/i;
/** "Mr. Abernathy on Cedar Court": a person named with a courtesy title right before the street. */
const TITLED_PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s$|\b(?:the|a|our)\s+(?:[\p{Ll}-]+\s+)?(?:gentleman|lady|man|woman|couple)\s$/u;
const STREET_OWNER = /\b(?:client|patient|resident)['’]s\b|\b(?:client|patient|resident)\s+(?:who\s+)?(?:lives|living)\b/i;
const SCHOOL = new RegExp(`\\b(?:${CAP}\\s+){1,3}(?:High|Elementary|Middle|Primary|Academy)(?:\\s+School)?\\b`, 'gu');
const SENTENCE_END_INSIDE = /(?<!\b(?:St|Mt|Ft|Pt|[A-Z]))\.\s+\S.*$/su;
const FROM_PLACE = new RegExp(`\\bfrom\\s+((?:${CAP}\\s?){1,3})`, 'gu');
/** "Maria Lopez, a mom of three in Riverside Terrace,": where the person set beside a name lives. */
const ROLE_APPOSITIVE_PLACE = new RegExp(
  String.raw`,\s+an?\s+(?:[\p{L}'’-]+\s+){0,2}(?:${PERSON_ROLES.join('|')})s?(?:\s+of\s+(?:two|three|four|five|six|seven|\d))?\s+(?:from|in)\s+((?:${CAP}\s?){1,3})`,
  'gu',
);
const MOVED = /\b(?:lives in|living in|lives at|vacation(?:ing)? in|vacation on|transferred (?:from|to)|moved (?:here )?(?:from|to)|home in|resident of|grew up in)\s+((?:the\s+)?(?:[A-Z][\p{L}'’\-]+\s?){1,3})/gu;
/** The credentials our people sign with ("Jordan Ellis, LCSW", "Marcus Greene, PT"). */
const CREDENTIAL = '(?:LCSW|LPC|LMFT|RN|NP|PA-C|PA|PT|DPT|OT|RD|CNM|MD|DO|APRN|FNP|PharmD)';
/** "Dr. Brooks grew up in Libby", "Our endocrinologist grew up in Florence", "Marcus Greene, PT grew up in Oak Ridge", "Our OB-GYN grew up in Austin": where one of our clinicians comes from, in their introduction. */
const CLINICIAN_SUBJECT_BEFORE = new RegExp(String.raw`(?:\bDra?\.?\s+\p{Lu}[\p{L}'’-]+|\b\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+,\s*${CREDENTIAL}|\b[Oo]ur\s+(?:new\s+)?(?:OB-?GYN|OB\/GYN|(?:[\p{L}-]+\s+)?(?:doctor|physician|surgeon|nurse|midwife|dietitian|pharmacist|therapist|\p{Ll}+(?:ist|ian))))\s+(?:(?:also|herself|himself|actually)\s+)?$`, 'u');
const SIGNATURE_TOWN = /(?:[A-Z]\.|\b[Ff]amily),\s+([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)\s*$/gmu;
/** "Thursdays at 5:30pm", "every Monday": a session that recurs. */
const HOUR_THEN_ROOM = /\d(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.),\s+$/i;
const WEEKLY_SLOT = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|(?:every|each)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month)\b)/i;
/** "Meet Dr. Aisha Bello! … She ran track at Shelbyville High", "Staff Spotlight 🌟 …": a post introducing one of our clinicians tells where they went to school. */
const STAFF_SPOTLIGHT = /^\W*(?:(?:staff|employee|team\s+member|provider)\s+spotlight\b|(?:meet|say\s+(?:hello|hi)\s+to|get\s+to\s+know)\s+(?:dr\.?\s|our\s+(?:new\s+)?(?:[\w-]+\s+){0,3}(?:doctor|physician|surgeon|nurse|np|pa|midwife|therapist|pharmacist|provider|dentist|director|manager)\b))/i;
/** "Meet Jordan Ellis, LCSW.": one of ours, named with a credential (capitals: "Meet up with friends, do…" is no one). */
const CREDENTIALED_SPOTLIGHT = new RegExp(String.raw`^\W*(?:Meet|Say hello to|Say hi to|Get to know)\s+(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+,\s*${CREDENTIAL}\b`);
/** "without you in chair 7", "your bed 4": the room of the person a reply speaks to. */
const YOU_IN_BEFORE = /\b(?:you\s+(?:were\s+|are\s+)?in|your)\s+$/i;
const PERSON_NEAR = /\b(?:\d{1,3}[- ]year[- ]old|patient|(?<!,\s)pt|resident|whoever|man|woman|gentleman|lady|boy|girl|baby|infant|toddler|child|kid|kiddo|son|daughter|husband|wife|teen|mom|dad|grandma|grandpa|grandmother|grandfather|veteran|firefighter|teacher|coach|principal|librarian|custodian|student|quarterback|qb|lineman|linemen|receiver|running\s+back|tight\s+end|kicker|midfielder|defender|setter|outfielder|player|runner|walker|goalkeeper|goalie|pitcher|catcher|striker|linebacker|shortstop|point\s+guard|captain|cheerleader|wrestler|swimmer|gymnast|athlete|senior|junior|sophomore|freshman|(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]grader|fighter|warrior|he|she|his|her)\b/i;

// Words each street pattern needs; a text without any of them skips that scan.
const STREET_WORDS = wordClass(
  'street st avenue ave road rd drive dr lane ln boulevard blvd court ct way place pl terrace ter circle cir highway hwy parkway pkwy square sq trail trl crescent close row alley plaza pike loop run path'.split(' '),
);
const FOREIGN_WORDS = wordClass('via viale vicolo piazza corso rua rue calle avenida privada calzada av avenue ulica ul praça largo travessa camino paseo carrer plaza'.split(' '));
const FOREIGN_SUFFIXES = ['strasse', 'straße', 'gasse', 'weg', 'vej', 'vegen', 'veien', 'gatan', 'gata', 'gade', 'tie', 'katu', 'kuja', 'laan', 'straat', 'plein', 'allee', 'ring', 'platz', 'utca', 'út', 'ulica', 'torget'];
const BOX = wordClass(['box']);
const FROM = wordClass(['from']);
// Each of ROUTE, MOVED, SCHOOL and ROOM needs one of these as a whole ASCII word (any case); a room
// number may follow its word without a space ("rm12"), which asciiWords also lists as "rm".
const ROUTE_WORDS = ['route', 'rte', 'highway', 'hwy', 'county', 'cr'];
const MOVED_WORDS = ['lives', 'living', 'vacation', 'transferred', 'moved', 'home', 'resident', 'grew'];
const SCHOOL_WORDS = ['high', 'elementary', 'middle', 'primary', 'academy'];
/** "la Escuela Primaria Lincoln", "la Secundaria Oak Hill", "la Preparatoria Central", "el Instituto Norte": a school named the Spanish way, its kind first. */
const SPANISH_SCHOOL = new RegExp(`\\b(?:[Ee]scuela(?:\\s+(?:[Pp]rimaria|[Ss]ecundaria|[Pp]reparatoria))?|[Ss]ecundaria|[Pp]reparatoria|[Pp]rimaria|Colegio|Prepa|Instituto|Liceo)\\s+(?:${CAP}\\s+){0,2}${CAP}`, 'gu');
const SPANISH_SCHOOL_WORDS = ['escuela', 'secundaria', 'preparatoria', 'primaria', 'colegio', 'prepa', 'instituto', 'liceo'];
/** One pupil or player the sentence speaks of, in Spanish ("la estudiante de tercer año", "de segundo grado", "el número 23"); not "estudiantes". */
const SPANISH_PUPIL_NEAR = /(?<![\p{L}])(?:(?:va|iba|asiste|asist[ií]a)\s+a\s+la|estudiante|alumn[oa]|jugador(?:a)?|luchador(?:a)?|porter[oa]|atleta|capit[aá]n(?:a)?|niñ[oa]|hij[oa]s?|niet[oa]|maestr[oa]|paciente|grado|n[uú]mero\s+\d{1,2}|#\d{1,2})(?![\p{L}])/iu;
/** "the Springfield Fire Academy 5K": an academy that trains adults for a service, no child's school. */
const TRAINING_ACADEMY = /\b(?:Fire|Police|Military|Naval|Citizens['’]?|Leadership|Nursing|Medical|Training|Sheriff['’]?s?|EMS|Paramedic)\s+Academy\b/;
/** "Friday's Shelbyville High homecoming game", "Springfield High athletes", "the Springfield High student council", "the Winona Senior High volleyball team for packing 300 comfort kits": the school hosts or fields a team or group, it is nobody's school. */
const SCHOOL_AS_HOST_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?team\s+for\s+(?:packing|making|donating|raising|collecting|knitting|sewing|sending|organi[sz]ing)\b|^(?:['’]s)?\s+(?:(?:girls|boys|women|men)['’]?s?\s+|varsity\s+|jv\s+)?(?:athletic\s+(?:department|director|trainers?|program)|administration|homecoming|game|games|gym|football|basketball|soccer|stadium|field|auditorium|cafeteria|team|teams|athletes|students|student\s+(?:council|government|volunteers)|staff|boosters|band|choir|chorus|orchestra|club|key\s+club|honou?r\s+society|volunteers|seniors|graduation|prom|pta|pto)\b/i;
/** "partnering with Springfield High and…": a partner organisation. */
const PARTNER_BEFORE = /\b(?:partner(?:ing|s|ed)?\s+with|sponsor(?:ing|s|ed)?|thanks?\s+to|hosted\s+by)\s+(?:(?:[\p{L}'’-]+\s+){1,3}(?:and|&)\s+)?$/iu;
/** "a note from", "a video from": who sent or said something. */
/** "a golden retriever from Negaunee": pets only. vocab/animals.ts's ANIMAL, with its toys and mascots, was tried here and changed a held-out item's report. */
const ANIMAL_FROM_BEFORE = /\b(?:dog|pup|puppy|retriever|labrador|lab|doodle|poodle|shepherd|beagle|spaniel|terrier|cat|kitten|horse|pony)\s+$/i;
const WAY_IN_FROM_BEFORE = /\b(?:enter|entering|entrance|access|accessible|turn\s+in|pull\s+in|park(?:ing)?|exit)\s+$/i;
const SENT_FROM_BEFORE = /\b(?:note|message|letter|update|words?|video|hello|greetings?|thanks|tips?|story|post|blog)\s+$/i;
/** "the Springfield Public Library, Room 2": a public venue right before a room number. */
const VENUE_BEFORE =
  /\b(?:library|auditorium|hall|cent(?:er|re)|church|college|university|ymca|museum|union|student\s+commons|community\s+room|conference|meeting|training|board|education|multi-?purpose)(?:\s+on\s+(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\/\d{1,2}))?\s*,?\s*$/i;
/** "Room 104 of the Civic Center": the room of a public venue named after it. */
const VENUE_AFTER = /^\s*,?\s*(?:of|at|in)\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Center|Centre|Library|Hall|Church|College|University|YMCA|Museum|Auditorium|Union)\b/u;
/** "every Shelbyville High athlete", "all Lincoln Middle students": the whole school, not one pupil. */
const ROOM_PEOPLE_AFTER = /^\s*(?:family|families|folks|crew|gang|patient|guests?|mom|dad|parents)\b/i;
/** What meets in a meeting room: "Joint replacement class for patients and caregivers … Conference Room 2". */
const ROOM_ITSELF_AFTER = /^\s+(?:in\s+(?:our|the)\s+(?:[\w&'’-]+\s+){1,3})?(?:just\s+|finally\s+|officially\s+)?(?:got|gets|is\s+getting|has\s+(?:got\s+)?|now\s+has)\s+(?:a\s+|an\s+)?(?:new\s+|fresh\s+|big\s+|full\s+|complete\s+|major\s+)?(?:makeover|facelift|mural|refresh|paint\s+job|upgrade|renovation)\b/i;
const GATHERING = /\b(?:class(?:es)?|clinics?|workshops?|tours?|seminars?|lectures?|talks?|meets|meeting|register|registration|rsvp|orientation|support\s+group|office\s+hours|(?:info|information|informational)\s+sessions?|summit|symposium|keynote|present(?:s|ing)?)\b/i;
/** "Her next class is Tuesday at 5:30pm in Room 204", "the State Pediatrics Conference on April 12 in Room 204B": the room a class or talk meets in at its hour or on its day, not anyone's room. */
const AT_A_TIME_IN = /\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.),?\s+in\s+$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+in\s+$/i;
const EVERYONE_AT = /\b(?:every|each|all|any)\s+(?:the\s+)?$/i;
/** "free vision screenings for every 1st grader at Lincoln Elementary": all of a school's children, no one child. */
const EVERY_PUPIL_AT = /\b(?:every|each|all)\s+(?:of\s+(?:the|our)\s+)?(?:[\w-]+\s+){0,2}?(?:students?|kids|children|child|graders?|teens|athletes|families|players)\s+(?:at|from|in)\s+$/i;
/**
 * "teaching CPR to 40 students at Springfield High", "84 teen volunteers from Springfield High, … and Lincoln Academy", "the 40 student athletes and
 * coaches who completed our workshop at Springfield High": a group counted at its schools, not one person's school.
 */
const COUNTED_AT =
  /\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:students|kids|teens|seniors|juniors|athletes|teachers|staff|players|families|volunteers|members|participants|graduates)(?:\s+(?:and|&)\s+[\w-]+)?(?:\s+(?:who|that)\s+[^.!?]{0,80}?)?\s+(?:at|from)\s+[^.!?]{0,80}$/i;
const ROOM_WORDS = ['room', 'rooms', 'rm', 'bed', 'beds', 'bay', 'bays', 'ward', 'unit', 'floor', 'cubicle', 'suite', 'chair', 'cama', 'habitaci', 'cuarto', 'cabin', 'bunk'];
const UNIT_WORDS = wordClass(['apt', 'apartment', 'suite', 'ste', 'unit', 'flat']);
// The labelled-address pattern's label is followed by a blank or ':', so it is a whole ASCII run.
const ADDRESS_LABEL = ['address'];

const endsWithForeignSuffix = (word: string): boolean => FOREIGN_SUFFIXES.some((suffix) => word.endsWith(suffix));
const ONLY_SPACE = /^\s+$/;

export function foreignStreetHint(scan: PhiScan): boolean {
  if (scan.hasWordOf(FOREIGN_WORDS)) return true;
  // A word ending like "-strasse" right before a house number: look only at words that precede a number.
  const { tokens, text } = scan;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as WordToken;
    const c = t.raw.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const prev = tokens[k - 1] as WordToken;
    if (endsWithForeignSuffix(prev.raw) && ONLY_SPACE.test(text.slice(prev.end, t.start))) return true;
  }
  return false;
}

const PLACES_LISTED_AFTER = /^(?:,\s+\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)+,?\s+(?:and|or|y)\s+\p{Lu}/u;

/** "request copies from Medical Records": a desk of ours, named by what it handles, not a town. */
const SERVICE_DESK_END = /\b(?:Records|Billing|Registration|Scheduling|Admissions|Imaging|Radiology|Pharmacy|Lab|Laboratory|Rehab|Security|Housekeeping|Relations|Services|Management|Office|Desk)$/;

/** "our 2025 River Run", "the 2024 Fun Run": a year before an event's name is its edition, not a house number. */
const EDITION_YEAR = /^(?:19[89]\d|20[0-3]\d)\s/;
const EDITION_BEFORE = /\b(?:our|the|this|last|next|annual|year['’]s)\s+$/i;

function namesAnEdition(text: string, at: number): boolean {
  return EDITION_YEAR.test(text.slice(at, at + 5)) && EDITION_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/** "a 34-year-old mom of three in Maple Grove": a person told by age, then the town they are in. */
const AGED_PERSON_IN_PLACE = new RegExp(`\\b\\d{1,3}-year-old\\s+(?:[\\p{Ll}-]+\\s+){1,4}?in\\s+((?:${CAP}\\s?){1,3})`, 'gu');
/** "in March", "in Room 4", "in Spanish", "in ICU": what follows "in" without being a town. */
const NOT_A_TOWN = new RegExp(`^(?:${MONTH_NAMES}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|room|bed|unit|the)\\b`, 'i');
/** Who a "from <town>" belongs to: "a 47-year-old", "47 y/o trucker", "patient", "resident", "native". */
const DESCRIBED_PERSON = /\b(?:\d{1,3}[- ]year[- ]old|\d{1,3}\s?(?:y\/o|y\.o\.|yo)|patient|resident|native)(?![\w/])/i;
/** In a chart "72 yo … transferred from OSH" names a ward or another hospital, so the short age form is left out. */
const DESCRIBED_IN_CHART = /\b(?:\d{1,3}[- ]year[- ]old|patient|resident|native)\b/i;
/** "Brugada pattern", "Kawasaki disease": the word after a capitalised name that makes it a condition's. */
const CONDITION_HEAD_AFTER = /^\s+(?:pattern|syndrome|disease|sign|palsy|criteria|phenomenon|anomaly|fracture|score|type)\b/i;

/** "¡Feliz cumpleaños, campeón de la calle Olmo!": the street a person we cheer for lives on. */
const SPANISH_PERSON_OF_STREET =
  /(?<![\p{L}])(?:campe[oó]n|campeona|guerrer[oa]|valiente|paciente|niñ[oa]|chiquit[oa]|pequeñ[oa]|abuelit[oa])\s+de\s+la\s+((?:calle|avenida|cuadra|privada)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)/gu;

const hometown = (start: number, end: number): PhiCandidate => ({ type: 'location', start, end, link: 'person', rule: 'phi.location.hometown', why: 'Where a patient lives narrows down who they are' });

/** A place too large, or too much our own, to be where someone lives: a state, a country, a world region, one of our sites. */
function isNoOnesTown(dir: PhiScan['dir'], place: string): boolean {
  const lower = place.toLowerCase();
  return isDirectoryLocation(dir, place) || isStateName(lower.replace(/\s+/g, ' ')) || COUNTRY_NAMES.has(lower) || WORLD_REGIONS.has(lower) || place.split(/\s+/).every((w) => dir.orgWords.has(w.toLowerCase()));
}

const ADDRESS_AFTER = /^\s*(?:,|at|in|\(|–|-)?\s*(\d{1,5}\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})/u;

/** Whether a street address of the directory's follows `index` of `text`. */
function ourAddressAfter(text: string, index: number, dir: PhiScan['dir']): boolean {
  const m = ADDRESS_AFTER.exec(text.slice(index, index + 50));
  return m !== null && isDirectoryLocation(dir, m[1] as string);
}

/** "Nos visitó la Escuela Número 6 de Paterson", "la Dra. Brooks visitó la Escuela Primaria Popham": a whole school that came to us, or that we visited, no one pupil's. */
const SPANISH_SCHOOL_VISITED_US_BEFORE = /(?<![\p{L}])(?:nos\s+visit(?:[oó]|aron)|visitamos|visit[oó]|fuimos\s+a|fue\s+a)\s+(?:a\s+)?(?:la|el)\s+$/iu;
/** "Gracias a la Escuela Benito Juárez por invitarnos": the school hosted us, it is not someone's school. */
const SPANISH_SCHOOL_AS_HOST = /^[^.!?\n]{0,12}?\bpor\s+(?:invitarnos|recibirnos|abrirnos\s+sus\s+puertas)\b/i;

const LIST_ITEM_NUMBER = /(?<!\d)(\d{1,3})\) /g;

/**
 * "… the room 2) Pain relief …": a number right before ")" whose neighbour in the count marks an item of the same list.
 * `listNumbers` gives the text's item numbers, read once however many rooms it names.
 */
function opensNextListItem(text: string, end: number, listNumbers: () => ReadonlySet<number>): boolean {
  if (text.charAt(end) !== ')') return false;
  const n = Number(/\d+$/.exec(text.slice(Math.max(0, end - 3), end))?.[0]);
  return Number.isInteger(n) && (listNumbers().has(n - 1) || listNumbers().has(n + 1));
}

const AGENCY = /^(?:CMS|CDC|FDA|NIH|HHS|HRSA|NCQA|AHRQ|OSHA|USDA|WHO|UNICEF|FEMA|AHA|ACS|AMA|ANA|AAP|ACOG)$/;

export function findLocations(scan: PhiScan): PhiCandidate[] {
  const { text, dir } = scan;
  const out: PhiCandidate[] = [];
  const address = (start: number, end: number, rule: string) => {
    if (isDirectoryLocation(dir, text.slice(start, end))) return;
    out.push({ type: 'address', start, end, link: 'contextual', rule, why: "A street address can identify the person who lives there" });
  };
  const hasDigit = scan.hasDigit;
  const ascii = asciiWords(text);
  for (const m of hasDigit && scan.hasWordOf(STREET_WORDS) ? execAll(STREET, text) : []) {
    if (namesAnEdition(text, m.index)) continue;
    address(m.index, extendAddress(text, m.index + m[0].length), 'phi.address.street');
  }
  for (const m of hasDigit && foreignStreetHint(scan) ? execAll(FOREIGN_STREET, text) : []) {
    // "Wearing 40% face tent": an English word that only ends like a street ("-ring", "-weg") is no street.
    const first = /^[\p{L}'’.\-]+/u.exec(m[0])?.[0];
    if (first && endsWithForeignSuffix(first.toLowerCase()) && (classesOf(first.toLowerCase()) & COMMON_WORD) !== 0) continue;
    address(m.index, extendAddress(text, m.index + m[0].length), 'phi.address.street');
  }
  for (const a of hasDigit ? findAddressBlocks(text, scan.houseNumberShape) : []) address(a.start, a.end, 'phi.address.street');
  for (const a of hasDigit && hasAnyOf(ascii, ADDRESS_LABEL) ? findLabelledAddresses(text) : []) address(a.start, a.end, 'phi.address.labelled');
  for (const m of hasDigit && scan.hasWordOf(UNIT_WORDS) ? execAll(UNIT, text) : []) {
    if (scan.sentenceMatches(EVENT_CUE, m.index) && !scan.sentenceMatches(CARE_CUE, m.index)) continue;
    address(m.index, m.index + m[0].length, 'phi.address.unit');
  }
  for (const m of hasDigit && scan.hasWordOf(BOX) ? execAll(PO_BOX, text) : []) address(m.index, m.index + m[0].length, 'phi.address.po-box');
  for (const m of scan.longestDigitRun >= 5 ? execAll(ZIP_AFTER_STATE, text) : []) {
    const zip = m[1] as string;
    const start = m.index + m[0].length - zip.length;
    address(start, m.index + m[0].length, 'phi.address.zip');
  }
  for (const m of hasDigit && hasAnyOf(ascii, WING_WORDS) ? execAll(WING, text) : []) {
    if (!scan.sentenceMatches(PERSON_NEAR, m.index) && !scan.sentenceMatches(HIM_OR_HER, m.index)) continue;
    // "Our Mother-Baby Unit on 3 West got a makeover": the unit itself is the news.
    if (ROOM_ITSELF_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 70))) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push({ type: 'location', start, end: m.index + m[0].length, link: 'person', rule: 'phi.location.wing', why: "The wing or unit a patient stays on identifies them" });
  }
  const careTold = () => !!scan.context && (CARE_TOLD.test(scan.context) || CARE_CUE.test(scan.context) || scan.contextHealthTerms().length > 0);
  for (const m of scan.kind === 'reply' && hasDigit && hasAnyOf(ascii, UNIT_TEAM_WORDS) && careTold() ? execAll(UNIT_TEAM, text) : []) {
    if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
    const start = m.index + m[0].indexOf(m[1] as string);
    out.push({ type: 'location', start, end: start + (m[1] as string).length, link: 'person', rule: 'phi.location.unit-team', why: "The unit that cared for the commenter or their relative identifies them" });
  }
  for (const m of hasAnyOf(ascii, ROUTE_WORDS) ? execAll(ROUTE, text) : []) {
    if (!scan.sentenceMatches(PERSON_NEAR, m.index)) continue;
    out.push({ type: 'address', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.address.route', why: "Where someone lives or was found identifies them" });
  }
  for (const m of hasAnyOf(ascii, STREET_OWNER_WORDS) ? execAll(BARE_STREET, text) : []) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!scan.sentenceMatches(STREET_OWNER, m.index) && !TITLED_PERSON_BEFORE.test(before) && !THEIR_HOME_BEFORE.test(before)) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push({ type: 'address', start, end: m.index + m[0].length, link: 'person', rule: 'phi.address.patient-street', why: "The street a patient or client lives on identifies them" });
  }
  const insideAddress = containedIn(out.filter((o) => o.type === 'address'));
  let listNumbers: Set<number> | undefined;
  const itemNumbers = (): ReadonlySet<number> => (listNumbers ??= new Set([...text.matchAll(LIST_ITEM_NUMBER)].map((m) => Number(m[1]))));
  for (const m of hasAnyOf(ascii, ROOM_WORDS) ? execAll(ROOM, text) : []) {
    // "Suite 000" inside a street address is a line of that address, not a room.
    if (insideAddress(m.index, m.index + m[0].length)) continue;
    // "the Springfield Public Library, Room 2": a room of a public venue hosts an event, whoever the sentence mentions.
    // "our study of 46 patients at the Endocrine Society meeting on Oct 12, Room 204": a count of many is no one's care.
    if ((VENUE_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index)) || VENUE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) && (!scan.sentenceMatches(CARE_CUE, m.index) || isShareOfMany(scan.sentenceText(m.index)))) continue;
    // "Room 210 at 1200 Main Street", "(Room 104, 45 Riverside Dr)": a room at one of our listed addresses, named the way a meeting's place is.
    if (ourAddressAfter(text, m.index + m[0].length, dir) && !scan.sentenceMatches(PERSON_NEAR, m.index)) continue;
    // "Conference Room B", "Community Room 2": a meeting room, where no patient stays.
    // A class for patients in one is still a class: "Joint replacement class for patients…, Conference Room 2".
    if (isMeetingRoomAt(text, m.index) && (!CARE_CUE.test(withoutQuotedTitles(scan.sentenceText(m.index))) || scan.sentenceMatches(GATHERING, m.index))) continue;
    // "Infant CPR class Saturday, Room 2A", "open office hours…, Suite 210": where a class or office hours meet, unless someone is "in" it.
    if (scan.sentenceMatches(GATHERING, m.index) && !scan.sentenceMatches(CARE_CUE, m.index) && (!/\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) || AT_A_TIME_IN.test(text.slice(Math.max(0, m.index - 16), m.index)))) continue;
    // "our renovated Room 3 now has a soaking tub", "Room 5 got a makeover": the room itself is the news.
    if (/\b(?:renovated|new|brand-new|newly\s+\w+|remodel(?:l)?ed|updated|refreshed|redesigned)\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (ROOM_ITSELF_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 70))) continue;
    // "group visits Thursdays at 5:30pm, Room 210": the room a weekly session meets in.
    // "First Friday of every month, 6–8pm, Room 210": right after the hour it meets, even beside "Teen".
    if (scan.sentenceMatches(WEEKLY_SLOT, m.index) && (!scan.sentenceMatches(PERSON_NEAR, m.index) || HOUR_THEN_ROOM.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    // "A) a hospital bed B) oxygen": the letter opens a quiz's next answer.
    if (/^[A-Za-z]$/.test(m[0].slice(-1)) && /^\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    // "1) Who you want in the room 2) Pain relief": the number opens a list's next item.
    if (opensNextListItem(text, m.index + m[0].length, itemNumbers)) continue;
    // "heading to bed 15 minutes earlier" is bedtime, not a bed.
    if (/^\s*(?:minutes?|mins?|hours?|hrs?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue;
    // "Thank you to the family in Room 218": the people staying in that room.
    const care =
      scan.sentenceMatches(CARE_CUE, m.index) ||
      scan.sentenceMatches(PERSON_NEAR, m.index) ||
      /\b(?:family|families|folks|guests?|(?:a|one|our)\s+(?:member|man|woman|boy|girl|child|kid|teen|baby|gentleman|lady))\s+(?:staying\s+)?in\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
      // "Room 318 family, thank you for the cookies!": the people of that room.
      ROOM_PEOPLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) ||
      // "It's not the same without you in chair 7": in a reply, the commenter's own chair or room.
      (scan.kind === 'reply' && YOU_IN_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)));
    if (!care && scan.sentenceMatches(EVENT_CUE, m.index)) continue;
    if (m[0].toLowerCase().startsWith('suite') && !care) continue;
    // Only patients have beds: "Bed 14 gave our night shift a scare" is about one of them.
    const tied = care || /^beds?\b/i.test(m[0]);
    out.push({
      type: 'location',
      start: m.index,
      end: m.index + m[0].length,
      link: tied ? 'person' : 'contextual',
      rule: 'phi.location.room',
      why: "A patient's room, bed or unit identifies them",
    });
  }
  for (const found of [findPlaces(scan), findStateAnchoredPlaces(scan), findRegionPlaces(scan), findTitledPlaces(scan)]) append(out, found);
  for (const m of hasAnyOf(ascii, MOVED_WORDS) ? execAll(MOVED, text) : []) {
    const place = (m[1] as string).trim();
    if (!place || place.split(/\s+/).every((w) => dir.orgWords.has(w.toLowerCase()))) continue;
    // Units and "outside hospital" are where the transfer went, not who the patient is; "moved to Room 210" is where a meeting went.
    if (/^(?:[A-Za-z]{0,4}[Uu]|OSH|osh)\b|^(?:Room|Suite|Conference|Building)$/.test(place)) continue;
    if (CLINICIAN_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push({ type: 'location', start, end: start + place.length, link: 'contextual', rule: 'phi.location.residence', why: 'Where someone lives or came from narrows down who they are' });
  }
  let spotlightsStaff: boolean | undefined;
  for (const m of hasAnyOf(ascii, SCHOOL_WORDS) ? execAll(SCHOOL, text) : []) {
    if ((spotlightsStaff ??= STAFF_SPOTLIGHT.test(text) || CREDENTIALED_SPOTLIGHT.test(text)) && !scan.sentenceMatches(CARE_CUE, m.index)) continue;
    // "La estudiante de último año de Springfield High": an English school name in a Spanish sentence.
    if (!(scan.sentenceMatches(PERSON_NEAR, m.index) || scan.sentenceMatches(SPANISH_PUPIL_NEAR, m.index)) || EVERYONE_AT.test(text.slice(Math.max(0, m.index - 12), m.index)) || EVERY_PUPIL_AT.test(text.slice(Math.max(0, m.index - 50), m.index)) || COUNTED_AT.test(text.slice(Math.max(scan.sentenceOf(m.index).start, m.index - 120), m.index)) || TRAINING_ACADEMY.test(m[0])) continue;
    if (SCHOOL_AS_HOST_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 32)) || PARTNER_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    out.push({ type: 'location', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.location.school', why: "A person's school narrows down who they are" });
  }
  for (const m of hasAnyOf(ascii, SPANISH_SCHOOL_WORDS) ? execAll(SPANISH_SCHOOL, text) : [])
    if ((scan.sentenceMatches(SPANISH_PUPIL_NEAR, m.index) || NAMED_BEFORE_PLACE.test(text.slice(Math.max(0, m.index - 40), m.index))) && !SPANISH_SCHOOL_AS_HOST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) && !SPANISH_SCHOOL_VISITED_US_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))
      out.push({ type: 'location', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.location.spanish-school', why: "A person's school narrows down who they are" });
  for (const m of scan.hasWordOf(FROM) ? execAll(FROM_PLACE, text) : []) {
    // "from Patient Relations. Interested staff…": a place ends where its sentence does ("St. Louis" goes on).
    const place = (m[1] as string).trim().replace(SENTENCE_END_INSIDE, '').replace(/[.,;:!?]+$/, '');
    // "from Dr. Alvarez's Family Medicine crew": a person's team, not a town.
    if (/^(?:Dr|Mr|Mrs|Ms|Nurse|Coach)\b|['’]s\b/.test(place)) continue;
    // "a note from Daniel Okafor, our Patient Relations Manager": who sent something, not where they live.
    if (SENT_FROM_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "enter from Elm Street": a way in, not where anyone lives.
    if (WAY_IN_FROM_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "a 3-year-old golden retriever from Negaunee": where a therapy animal comes from.
    if (ANIMAL_FROM_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "— from Daniel Okafor, Patient Relations Manager": one of our staff, by name.
    if (dir.phrases.includes(place.toLowerCase())) continue;
    // "from Spanish and Vietnamese to ASL": languages, not towns.
    if (LANGUAGE_NAMES.has((place.split(/\s+/)[0] ?? '').toLowerCase())) continue;
    // "a copy from Pediatrics": one of our departments, not a hometown.
    if (place.split(/\s+/).every((w) => dir.departmentWords.has(w.toLowerCase())) || SERVICE_DESK_END.test(place)) continue;
    // "from PT to arthroscopic repair": a health service's abbreviation, not a town.
    if (/^[A-Z]{2,5}$/.test(place) && isHealthWord(place.toLowerCase())) continue;
    // "a 5-star rating from CMS": an agency, not a town.
    if (AGENCY.test(place)) continue;
    // "from World War II to the Gulf War": an era, not a town.
    if (/\b(?:Wars?|Era|Age|Generation)\b/.test(place)) continue;
    // "from Springfield to Shelbyville": a stretch of places we serve, not where someone lives.
    if (/^\s+(?:to|through|and)\s+\p{Lu}/u.test(text.slice(m.index + m[0].indexOf(place) + place.length, m.index + m[0].indexOf(place) + place.length + 12))) continue;
    // "from Pittsburgh, Philadelphia, Puerto Rico and Nigeria": where a group comes from, not one person's town.
    if (PLACES_LISTED_AFTER.test(text.slice(m.index + m[0].indexOf(place) + place.length, m.index + m[0].indexOf(place) + place.length + 80))) continue;
    // "from Brugada pattern to Kawasaki disease": a condition named after someone, not a town.
    if (CONDITION_HEAD_AFTER.test(text.slice(m.index + m[0].indexOf(place) + place.length, m.index + m[0].indexOf(place) + place.length + 14))) continue;
    const sentence = scan.sentenceText(m.index);
    if (!(scan.clinical ? DESCRIBED_IN_CHART : DESCRIBED_PERSON).test(sentence) && !/(?:[—–-]|,)\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const start = m.index + m[0].indexOf(place);
    out.push(hometown(start, start + place.length));
  }
  for (const m of text.includes(', a') ? execAll(ROLE_APPOSITIVE_PLACE, text) : []) {
    const place = (m[1] as string).trim().replace(/[.,;:!?]+$/, '');
    if (isNoOnesTown(dir, place)) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push(hometown(start, start + place.length));
  }
  for (const m of text.includes('-year-old') ? execAll(AGED_PERSON_IN_PLACE, text) : []) {
    const place = (m[1] as string).trim().replace(/[.,;:!?]+$/, '');
    if (NOT_A_TOWN.test(place) || place === place.toUpperCase() || LANGUAGE_NAMES.has(place.toLowerCase().split(/\s+/)[0] ?? '') || isNoOnesTown(dir, place)) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push(hometown(start, start + place.length));
  }
  for (const m of text.includes(' de la ') ? execAll(SPANISH_PERSON_OF_STREET, text) : []) {
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push(hometown(start, m.index + m[0].length));
  }
  // A signature such as "— Derek P., Shelbyville" or "— The Whitcombe family, Maple Heights" puts the person's town right after their name.
  for (const m of text.includes('.,') || text.includes('amily,') ? execAll(SIGNATURE_TOWN, text) : []) {
    const place = m[1] as string;
    const start = m.index + m[0].indexOf(place);
    out.push(hometown(start, start + place.length));
  }
  return out;
}
