import { POST_NAME_CREDENTIALS } from '../vocab/name-stopwords';
import { isListedPublicFigure } from '../vocab/public-figures';
import { FIRST_IN_LINE_TO_BE_SEEN } from './phi-scan';

/**
 * "our ICU nurse Jamal", "our founder, Dr. Eleanor Hayes", "Angela Whitaker, MSN, RN": a name introduced by a
 * staff role or followed by a credential is a colleague, not a patient. Missing from the directory it still
 * deserves a warning, but health words elsewhere in the post do not make it a patient's name.
 */
const STAFF_ROLES = String.raw`(?:nurses?|doctors?|physicians?|surgeons?|founders?|co-founders?|volunteers?|receptionists?|techs?|technicians?|therapists?|pharmacists?|chaplains?|coordinators?|managers?|directors?|superstars?|employees?|colleagues?|interns?|residents?|fellows?|officers?|ceo|cfo|coo|cno|president|chefs?|scribes?|midwives|midwife|educators?|dietitians?|navigators?|greeters?|schedulers?|drivers?|couriers?|porters?|transporters?|custodians?|cooks?|gardeners?|registrars?|administrators?|assistants?|phlebotomists?|paramedics?|emts?|hygienists?|dentists?|counsel(?:l)?ors?|social\s+workers?|team\s+members?|staff\s+members?|(?:front\s+desk|security|housekeeping|kitchen|billing)\s+\w+)`;
const STAFF_ROLE_BEFORE = new RegExp(String.raw`\b(?:our|their|the|with|by)\s+(?:[\w'’&-]+\s+){0,3}?${STAFF_ROLES}(?:\s+of\s+the\s+(?:year|month|quarter))?,?\s+$`, 'i');
/** "Dr. Farah Siddiqui, our new hospitalist", "Daniel Okafor, our Patient Relations Manager": the role right after the name. */
const STAFF_ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:our|the\s+clinic['’]s|the\s+hospital['’]s)\s+(?:[\w'’&-]+\s+){0,3}?(?:${STAFF_ROLES}|hospitalists?|[a-z]+ologists?|pediatricians?|obstetricians?|practitioners?|specialists?|providers?|leads?|chiefs?|heads?|chairs?)\b(?!['’])`,
  'i',
);
/** "Nurse Betty Lang", "Chaplain Ruiz": a role used as a title. */
const ROLE_TITLE_BEFORE = /\b(?:Nurse|Chaplain|Pharmacist|Midwife|Therapist)\s+$/;
/** "thanks to supervisor Gloria Mendez": a job of ours written in lower case right before the name. */
const ROLE_WORD_BEFORE = /(?:^|[^\p{L}])(?:supervisor|manager|director|coordinator|receptionist|technician|pharmacist|therapist|chef|educator|dietitian|navigator|phlebotomist|scheduler|administrator)\s+$/u;
/** "thanks to volunteer Gene Albers": a volunteer is one of our people, unless the text tells of their own care ("who lives with type 1 himself"). */
const VOLUNTEER_BEFORE = /(?:^|[^\p{L}])volunteers?\s+$/iu;
const OWN_CARE = /\b(?:himself|herself|themselves|(?:your|his|her|their)\s+own\s+(?:stay|surgery|treatment|diagnosis|recovery|care|cancer|battle|journey|transplant))\b/i;
/** "Dr. Leonard Fisk, who founded our clinic": a name followed by what they did for us. */
const SERVED_US_AFTER = /^,\s+(?:the\s+)?(?:co-?)?founder\s+of\b|^,?\s+(?:who|whom)\s+(?:helped\s+(?:to\s+)?(?:found|start|build|open)\b|founded|co-founded|led|ran|directed|built|started|served|practi[cs]ed|worked(?!\s+through)|taught|trained|chaired|opened)\b/;
/** Staff credentials beyond the ones the name finder already knows (vocab/name-stopwords). */
const STAFF_CREDENTIALS: ReadonlySet<string> = new Set([
  ...POST_NAME_CREDENTIALS,
  ...'pa-c dpt otr msw msn bsn cnm dds dmd fnp-c ccrn mph ma cma rma rt emt lmft lpc cpht rph ms'.split(' '),
]);
/** Credentials written in mixed case; every other one is written in capitals ("MA", not "Ma"). */
const MIXED_CASE_CREDENTIALS: ReadonlySet<string> = new Set(['pharmd', 'phd', 'cpht', 'rph']);
const WORD_AFTER = /^,?\s+([A-Za-z]+(?:-[A-Za-z]+)?)/;

function credentialAfter(text: string, end: number): boolean {
  const written = WORD_AFTER.exec(text.slice(end, end + 14))?.[1];
  if (written === undefined) return false;
  return isCredential(written) || (written.includes('-') && isCredential(written.slice(0, written.indexOf('-'))));
}

function isCredential(written: string): boolean {
  const lower = written.toLowerCase();
  return STAFF_CREDENTIALS.has(lower) && (written === written.toUpperCase() || MIXED_CASE_CREDENTIALS.has(lower));
}

export const STAFF_NAME_RULE = 'phi.name.unlisted-staff';
export const PUBLIC_FIGURE_RULE = 'phi.name.public-figure';
export const FAMOUS_PERSON_RULE = 'phi.name.famous-person';

/** "Mayor Linda Hartwell", "State Senator Ruiz": an office holder at a public event, not a patient. */
const PUBLIC_OFFICE =
  /\b(?:Mayor|(?:State\s+|U\.S\.\s+)?Senator|Sen\.|Governor|Gov\.|Lt\.\s+Governor|Representative|Rep\.|Congress(?:man|woman|member)|Council(?:man|woman|member|or)|Council\s+Member|Alder(?:man|woman|person)|(?:County\s+)?Commissioner|Superintendent|Secretary|Ambassador|Sheriff|Fire\s+Chief|Police\s+Chief)\s+/;
/** The office words of PUBLIC_OFFICE, lower case: capitalised before a name, they are no name themselves. */
export const PUBLIC_OFFICE_WORDS: ReadonlySet<string> = new Set(
  (PUBLIC_OFFICE.source.match(/[A-Z][a-z]+/g) ?? []).map((w) => w.toLowerCase()),
);
const PUBLIC_OFFICE_BEFORE = new RegExp(`${PUBLIC_OFFICE.source}$`);
const PUBLIC_OFFICE_OPENS = new RegExp(`^${PUBLIC_OFFICE.source}\\p{Lu}`, 'u');
/** "Rotary director Dolores Quint": a director is a public figure only with the organisation named before the role. */
const ORG_DIRECTOR_BEFORE = /\p{Lu}[\p{L}&.'’-]*\s+director\s+$/u;
/** "Thank you to owner Kelsey Marr", "Coach Tanya Whitlock", "local artist Carla Mendes", "Officer Dave Lutz": a public role right before the name ("our young artist Jaylen" is a child on the unit). */
const PUBLIC_ROLE_BEFORE = /(?:^|[^\p{L}])(?:officer|deputy|sheriff|trooper|sergeant|firefighter|owner|co-owner|ceo|cfo|founder|co-founder|president|chair(?:man|woman|person)?|principal|coach|captain|pitcher|quarterback|creator|influencer|blogger|youtuber|podcaster|tiktoker|streamer|reporter|anchor|meteorologist|journalist|(?:local|guest|visiting|renowned|award-winning|featured)\s+(?:artist|muralist|painter|sculptor|illustrator|author|musician|chef|photographer))\s+$/iu;
/** "Channel 7's Carmen Ruiz", "WXYZ's meteorologist Dana Cho": someone who speaks for a station in public. */
const MEDIA_OUTLET_BEFORE = /(?:\b[Cc]hannel\s*\d{1,2}|\b[Nn]ews\s*\d{1,2}|\b[KW][A-Z]{2,3}(?:-TV)?)['’]s\s+(?:own\s+)?(?:(?:anchor|reporter|meteorologist|host)\s+)?$/u;
/** Care words that make even a public figure's name a patient's, anywhere in the text. */
const CARE_OF_SOMEONE = new RegExp(String.raw`\b(?:${FIRST_IN_LINE_TO_BE_SEEN}|(?:his|her|their)\s+own\s+(?:flu\s+)?(?:shot|vaccine|booster|screening|mammogram|colonoscopy|test|diagnosis|cancer)|(?:trusting|trusted)\s+us\s+with\s+(?:your|his|her|their)\s+own\b|(?:fight|battle|journey)\s+(?:against|with)\s+(?:[\w-]+\s+){0,2}?(?:cancer|lymphoma|leukemia|melanoma|tumou?rs?|sepsis|covid|addiction)|(?:for|getting|got|get|gets)\s+(?:his|her|their)\s+(?:annual\s+|first\s+|second\s+)?(?:flu\s+|covid\s+|covid-19\s+|shingles\s+|pneumonia\s+)?(?:shot|vaccine|vaccination|booster|mammogram|colonoscopy|screening)|survivor|admitted|treated|diagnosed|collapsed|\d+\s+stitches|took\s+(?:such\s+)?(?:good\s+|great\s+)?care\s+of\s+(?:my|me|him|her|them)\b|(?:started|performed)\s+cpr|discharged|recovering|recovery|surgery|get\s+well|feel\s+better|was\s+(?:seen|rushed|brought)|in\s+our\s+(?:icu|er|care)|care\s+for\s+(?:him|her|them|you)|(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began)\s+(?:(?:his|her|their)\s+)?(?:chemo(?:therapy)?|radiation|dialysis|treatment\s+for)|(?:finish(?:ed|es|ing)?|complet(?:ed|es|ing))\s+(?:(?:his|her|their|your)\s+(?:last\s+|final\s+)?)?(?:chemo(?:therapy)?|radiation|rehab|physical\s+therapy)|(?:his|her|their)\s+(?:new\s+)?[\w-]+\s+(?:heals|is\s+healing)|sprained|(?:replaced|repaired|reconstructed|operated\s+on)\s+(?:both\s+(?:of\s+)?)?(?:his|her|their)\b|(?:his|her|their)\s+stay|on\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:replacement|surgery|procedure|transplant|repair|recovery|diagnosis|treatment)|speedy\s+recovery|(?:care|treatment)\s+(?:she|he|they)\s+(?:received|got)|after\s+(?:[\w-]+\s+){0,2}(?:treatment|surgery|therapy|rehab)|(?:got|had|has\s+had|getting|having)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:scoped|replaced|repaired|removed|fixed|stitched|biopsied|drained|casted|operated\s+on)|(?:graft|surgery|transplant|cancer-free|remission|sobriety)[\s-]+anniversary|(?:beat|beaten|beating|battled|battling|overcame|fought|fighting)\s+(?:[\w-]+\s+){0,2}?(?:cancer|lymphoma|leukemia|melanoma|tumou?rs?|sepsis|covid|burns|addiction))\b`, 'i');

/** "Gus, who beat lymphoma with our oncology team", "back after recovering from surgery in our own OR", "who started buprenorphine with us", "who had her own ACL repaired here": one of our people who was also our patient. */
export const TREATED_BY_US =
  /\b(?:beat|beaten|survived|overcame|fought|battled|(?:started|began)(?!\s+(?:working|work|volunteering|as|(?:his|her|their)\s+career))|(?:was|were|got|been)\s+treated|recovered|recovering\s+from|(?:had|got)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:surgery|procedure|replacement|repair|transplant))\b[^.!?]{0,40}?\b(?:(?:with|by|at|in)\s+(?:the\s+help\s+of\s+)?our\b|(?:with|by)\s+us\b|right\s+here\b)|\b(?:had|got)\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+){1,2}(?:repaired|replaced|removed|fixed|scoped|reconstructed|operated\s+on)\s+(?:right\s+)?here\b/i;

/** "Pastor Luis Ortega and Iglesia Nueva Vida for hosting our screening": a host or sponsor thanked for what they gave us. */
const HOSTED_US_AFTER =
  /^(?:\s+(?:and|&|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,4})?,?\s+(?:for\s+(?:hosting|co-hosting|sponsoring|donating|organi[sz]ing|lending|feeding|catering|opening\s+(?:their|his|her|your)\s+doors)|who\s+(?:hosted|co-hosted|sponsored|donated|organi[sz]ed))\b/u;

/** "Dr. Renata Solís, state Commissioner of Health": the office named right after the name. */
/** "Dr. Lena Ortiz, DVM, of Oak Hill Veterinary Clinic": a credential no patient is introduced by, a guest's. */
const GUEST_CREDENTIAL_AFTER = /^,?\s+(?:DVM|VMD|PhD|EdD|JD|MPH|MBA)\b/;
const PUBLIC_OFFICE_AFTER = /^,\s+(?:the\s+)?(?:(?:state|county|city|u\.s\.|federal|our\s+state['’]s)\s+)?(?:Commissioner|Secretary|Director|Surgeon\s+General|Mayor|Senator|Representative|Health\s+Officer)\b/i;

/** "actor Michael J. Fox", "Olympian Simone Biles", "former First Lady Betty Ford": a famous person by what they are known for. */
const FAME_ROLE_BEFORE =
  /(?:^|[^\p{L}])(?:former\s+|late\s+|legendary\s+)?(?:first\s+lady|prince|princess|king|queen|pope|duke|duchess|actor|actress|singer|songwriter|musician|composer|rapper|comedian|novelist|poet|astronaut|olympian|gymnast|swimmer|sprinter|boxer|(?:nba|nfl|mlb|nhl|wnba|tennis|basketball|football|baseball|hockey|soccer|golf)\s+(?:star|legend|great|icon|champion|player)|(?:tv|talk\s+show|news)\s+(?:host|anchor)|physicist|painter|celebrity)\s+$/iu;
/** "English physician George Murray", "in 1796 Edward Jenner": a figure of medicine's past, named in a history of it. */
const HISTORY_BEFORE =
  /(?:^|[^\p{L}])(?:english|scottish|irish|welsh|british|french|german|austrian|hungarian|italian|dutch|swiss|swedish|danish|norwegian|polish|russian|spanish|canadian|american)\s+(?:physician|surgeon|scientist|chemist|nurse|anatomist|pathologist|bacteriologist|microbiologist|inventor)\s+$|(?:^|[.!?]\s+)in\s+(?:1[0-8]\d\d|19[0-4]\d)\b[^.!?]*$/iu;
/** "Catherine, Princess of Wales", "Jane Doe, the actress": the fame right after the name. */
const FAME_AFTER = /^,\s+(?:the\s+)?(?:(?:prince|princess|duke|duchess|king|queen)\s+of\b|(?:former\s+)?(?:first\s+lady|actor|actress|singer|musician|composer|rapper|comedian|astronaut|olympian)\b)/i;
/** Care by us, which makes even a famous person's name a patient's ("treated here", "get well soon", "stopped by for her colonoscopy"). */
const OUR_CARE_OF_SOMEONE = /\b(?:in\s+our\s+(?:icu|er|nicu|care|hospital|clinic|unit)|with\s+us|came\s+(?:to\s+us|in\s+for)|(?:stopped|dropped|popped|came)\s+(?:by|in)\s+for\s+(?:his|her|their)|(?:treated|seen|admitted|cared\s+for|delivered)\s+(?:here|by\s+(?:us|our)|at\s+our)|our\s+patient|get\s+well|speedy\s+recovery|feel\s+better)\b/i;

/** A famous person, whose publicly told health story an awareness post can retell: on the list, introduced by their fame, or of medicine's past. */
export function isFamous(text: string, start: number, end: number): boolean {
  // "Magic Johnson" where only "Johnson" was read as a name: the capitalised word before it counts too.
  const wordBefore = /\p{Lu}[\p{L}.'’-]*\s$/u.exec(text.slice(Math.max(0, start - 20), start))?.[0] ?? '';
  const famous = isListedPublicFigure(text.slice(start, end)) || (wordBefore !== '' && isListedPublicFigure(wordBefore + text.slice(start, end))) || FAME_ROLE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || FAME_AFTER.test(text.slice(end, end + 40)) || HISTORY_BEFORE.test(text.slice(Math.max(0, start - 120), start));
  return famous && !OUR_CARE_OF_SOMEONE.test(text);
}

/** True when the name at `start` is introduced by a public office or as a leader of an organisation, and the text does not speak of their care. */
export function isIntroducedAsPublicFigure(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const titled =
    MEDIA_OUTLET_BEFORE.test(before) ||
    PUBLIC_OFFICE_BEFORE.test(before) || ORG_DIRECTOR_BEFORE.test(before) || PUBLIC_ROLE_BEFORE.test(before) || PUBLIC_OFFICE_OPENS.test(text.slice(start, start + 40)) || PUBLIC_OFFICE_AFTER.test(text.slice(end, end + 40)) || GUEST_CREDENTIAL_AFTER.test(text.slice(end, end + 10)) || HOSTED_US_AFTER.test(text.slice(end, end + 60));
  // "Retired police captain Gary Lund" holds no office now: a private person.
  return titled && !CARE_OF_SOMEONE.test(text) && !/\bretired\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before.replace(/\p{Lu}[\p{Ll}'’-]+\s+$/u, ''));
}

/** "our longtime volunteer Ruth Kessler, who's in the Cardiac Unit after a heart scare": one of our people, now in our care. */
const NOW_IN_CARE_AFTER =
  /^,?\s+who(?:['’]s|\s+is|\s+was)\s+(?:now\s+|currently\s+|still\s+)?(?:in\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:unit|icu|er|hospital|ward|floor)|recovering|being\s+treated|admitted|hospitali[sz]ed)\b|^,?\s+who\b[^.!?]{0,60}\b(?:while\s+(?:recovering|undergoing|in\s+treatment)|spent\s+(?:much\s+of\s+|most\s+of\s+)?(?:his|her|their)\s+(?:childhood|youth|teens|teenage\s+years)\s+in\s+our)\b/iu;

/** "Meet Gloria Santos, who has given more than 1,900 hours to our hospice program": a volunteer's hours. */
const VOLUNTEERED_HOURS_AFTER = /^,?\s+(?:who\s+)?(?:has\s+)?(?:given|volunteered|logged|donated)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?[\d,]+\s+(?:volunteer\s+)?hours\b/i;

/** True when the name at [start, end) of `text` is introduced as one of the organisation's people, and not as now in our care. */
export function isIntroducedAsStaff(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (NOW_IN_CARE_AFTER.test(text.slice(end, end + 80))) return false;
  return STAFF_ROLE_BEFORE.test(before) || ROLE_TITLE_BEFORE.test(before) || ROLE_WORD_BEFORE.test(before) || (VOLUNTEER_BEFORE.test(before) && !OWN_CARE.test(text)) || credentialAfter(text, end) || SERVED_US_AFTER.test(text.slice(end, end + 24)) || VOLUNTEERED_HOURS_AFTER.test(text.slice(end, end + 60)) || STAFF_ROLE_AFTER.test(text.slice(end, end + 60));
}
