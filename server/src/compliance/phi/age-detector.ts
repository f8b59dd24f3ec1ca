import type { PhiCandidate } from './phi-candidate';
import { CARE_CUE, type PhiScan } from './phi-scan';
import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { execAll } from '../text/exec-all';
import { isGivenName } from '../vocab/name-lexicon';

/** "turned 91": a birthday, when a person (not the clinic or a programme) turned it. */
const TURNED = /\b(?:turned|turns|turning)\s+(\d{1,3})\b(?!\s*(?:%|percent|degrees|years?\s+ago))/gi;
const SOMEONE_TURNED = /\b(?:he|she|him|his|her|patient|resident|gentleman|lady|man|woman|grand(?:ma|pa|mother|father)|mom|dad|veteran|friend|member|volunteer|participant|singer|organist|aunt|uncle|regular|who)\b/i;

const ORDINAL_BIRTHDAY = /\b(\d{1,3})(?:st|nd|rd|th) (?:birthday|bday|b-day)\b/gi;

const AGE_PATTERNS: RegExp[] = [
  /\b(\d{1,3})[- ]?(?:years?|yrs?|y\/?o|yo|y\.o\.|month|months|mos?|weeks?|days?)[- ]old\b(?!s)/gi,
  /\b(\d{1,3})\s?(?:yo|y\/o|y\.o\.|yr old|yrs old)\b/gi,
  // "through age 18", "by age 2": the bound of a policy or milestone, not someone's age.
  /(?<!\b(?:through|thru|until|till|to|up to|under|over|from|below|above|by|before|after)\s)\b(?:aged?|ages)\s+(\d{1,3})\b(?!\s*(?:(?:months?|mos?|years?|yrs?)\s+)?(?:and|or|to|-|–|\+|&))/gi,
  ORDINAL_BIRTHDAY,
  // "Happy 90th to our founding nurse": the birthday left unsaid.
  /\b[Hh]appy (\d{2,3})(?:st|nd|rd|th)\b(?!\s+(?:birthday|bday|b-day|anniversary|annual|year|season|edition)\b)/g,
  // "threw a surprise 90th for the sweetest gentleman": a birthday past 89, the word left unsaid.
  /\bsurprise\s+(9\d|1[01]\d)(?:st|nd|rd|th)\b(?!\s+(?:anniversary|annual|year|season|edition)\b)/gi,
  /\b[Aa]t (\d{2,3})(?:,|\s+(?:you|he|she|they)\b)/g,
  // "celebrating Mother's Day at 101!": a clause that ends on an age past 89.
  /\b[Aa]t (9\d|1[01]\d)(?=!|\.(?!\d))/g,
  /\b(\d{2,3})\s+years young\b/gi,
  TURNED,
  // "Feliz cumpleaños 100 a doña Chayo": a Spanish birthday past 89.
  /\bcumpleaños\s+(?:n[úu]mero\s+)?(9\d|1[01]\d)(?![\p{L}\d])/giu,
  // "Feliz 100 años": the same birthday said as years.
  /\bfeliz\s+(9\d|1[01]\d)\s+años(?![\p{L}])/giu,
  // "a sus 90 años", "celebró doña Chayito sus 94 años": an age past 89 said of someone (not "celebra sus 100 años de historia").
  /\b(?:a|(?:celebr[oó]|celebra|celebramos|cumpli[oó]|cumple)(?:\s+\p{L}+){0,3}?)\s+sus\s+(9\d|1[01]\d)\s+años(?![\p{L}])(?!\s+de\s+(?:historia|servicio|vida|fundaci[oó]n|trabajo|experiencia))/giu,
  // "su mamá de 91 años", "tiene 7 años", "Mateo, de 2 meses", "de 91 años en la calle Magnolia": an age in Spanish; not "30 años de experiencia", "más de 10 años acompañando a personas", "30 años en el hospital", "hace 3 años" or "en más de 2 años".
  /\b(?:tiene|tenía|tengo|tenemos|cumple|cumplió|cumplir|(?<!\b(?:m[aá]s|menos)\s+)de)\s+(?:hoy\s+|ya\s+)?(\d{1,3})\s+(?:años|meses)(?![\p{L}])(?!\s+(?:de\s+(?:servicio|experiencia|trabajo|carrera|edad\s+en\s+adelante)|en\s+adelante|o\s+m[aá]s(?![\p{L}])|y\s+m[aá]s(?![\p{L}])|sirviendo|trabajando|acompañando|atendiendo|cuidando|ayudando|apoyando|ejerciendo|enseñando|dirigiendo|liderando|en\s+(?:el|la|nuestr)(?![\p{L}]*\s+(?:calle|avenida|colonia|barrio|cama|cuarto|habitaci[oó]n))|con\s+nosotros|juntos))/giu,
  // "Ximena (3 años)": an age in brackets after a name.
  /\(\s*(\d{1,3})\s+(?:años|meses)\s*\)/giu,
  // "Hoy celebramos los 101 años de doña Esperanza", "los 90 años de uno de nuestros pacientes", "la señora cumplió 98": an age past 89 of a person.
  /\blos\s+(9\d|1[01]\d)\s+años\s+de\s+(?:doña|don|la\s+señora|el\s+señor|nuestr[oa]s?|su|mi|tu|un[oa]\s+de\s+nuestr[oa]s|\p{Lu})/gu,
  /\b(?:señora|señor|abuelit[oa]|abuel[oa]|doña|don|paciente)\s+(?:\p{L}+\s+){0,2}?cumpli[oó]\s+(9\d|1[01]\d)(?![\p{L}\d])/giu,
  // "la paciente más longeva del programa: ¡92 años!", "nuestro paciente más longevo: 103 años y…": an age past 89 exclaimed or announced (not "100 años de servicio").
  /[¡:]\s*(9\d|1[01]\d)\s+años(?:\s*!|(?![\p{L}])(?!\s+(?:de\s+(?:servicio|experiencia|historia|trabajo|vida\s+institucional)|sirviendo|atendiendo|trabajando|cuidando|en\s+(?:el|la|nuestr))))/giu,
];

/**
 * Words the patterns above end or start with, each a whole ASCII run: "old" (5-year-old, 5 yr old),
 * "yo" and the "o" of y/o and y.o. (45 yo), "age"/"aged"/"ages", "birthday", "young". A text without
 * any of them can still match with "yo" glued to the number ("45yo") or "at 95,"; digitFacts records those.
 */
const AGE_WORDS = ['old', 'yo', 'o', 'age', 'aged', 'ages', 'birthday', 'bday', 'b', 'young', 'turned', 'turns', 'turning', 'happy', 'os', 'meses', 'surprise'];

/** "Happy 90th birthday to our building", "our hospital's 100th birthday": a place's age, not a person's. */
const PLACE = String.raw`(?:building|clinic|hospital|cent(?:er|re)|practice|campus|location|office|foundation|program|programme|organi[sz]ation|wing|branch|pharmacy|library|school|church|museum|park|city|town|village|company|club|society|association|department|station|university|college|bank|theat(?:er|re)|zoo|fair|parade|store|bridge|county|festival|hall|courthouse|firehouse|diner|bakery|restaurant)`;
// "to our longest-standing pharmacy regular": a person known by the place is still a person.
const OF_A_PLACE_AFTER = new RegExp(String.raw`^\s*(?:to|for|of)\s+(?:our|the|\p{Lu}[\p{L}-]*['’]s\s+own)\s+(?:[\w'’-]+\s+){0,3}${PLACE}\b(?![\s-]+(?:regulars?|patients?|customers?|clients?|members?|volunteers?|visitors?|residents?|family|grandma|grandpa|friends?|fans?|neighbou?rs?)\b)`, 'iu');
/** "Happy 100th birthday, Springfield!": one of our towns. */
const TOWN_AFTER = /^,?\s+(?:to\s+)?(\p{Lu}[\p{L}-]+)\s*(?:[!.,]|$)/u;

function namesOurTown(scan: PhiScan, after: string): boolean {
  const town = TOWN_AFTER.exec(after)?.[1]?.toLowerCase();
  return town !== undefined && scan.dir.locationWords.has(town);
}
/** "Happy 100th birthday to Riverside Family Health!": the organisation itself, every word of its name ours. */
const NAME_AFTER = /^(?:\s+to|,)\s+((?:\p{Lu}[\p{L}'’-]*\s?){2,5})/u;

function namesOurOrganisation(scan: PhiScan, after: string): boolean {
  const words = NAME_AFTER.exec(after)?.[1]?.trim().toLowerCase().split(/\s+/);
  return words !== undefined && words.length >= 2 && words.every((w) => scan.dir.orgWords.has(w));
}
const OF_A_PLACE_BEFORE = new RegExp(String.raw`\b${PLACE}['’]s\s+$`, 'i');
/** "90 years young! Our Oak Hill Road clinic opened in 1936": the next sentence says whose age it is. */
const PLACE_OPENED_NEXT = new RegExp(
  String.raw`^[^.!?\n]{0,20}?[.!?]*\s*(?:\S+\s+)?(?:our|the)\s+(?:[\w'’-]+\s+){0,3}${PLACE}\s+(?:first\s+)?(?:opened|was\s+(?:founded|built|established)|has\s+(?:served|been\s+open))\b`,
  'i',
);

/** What an age over 89 said of someone is not: a share, a reading, a time or a length ("is 92%", "was 95 degrees", "is 98 minutes"). */
const NOT_A_QUANTITY_AFTER = String.raw`(?!\s*(?:%|percent|degrees|°|minutes|mins?|hours|hrs|pounds|lbs|kg|weeks|days|months|miles|years\s+ago|[:.]\d|am\b|pm\b|a\.m|p\.m))`;
/** "my mom is 92", "she's 95", "our oldest guest was 101", "our oldest Diabetes Prevention graduate this year is 91": an age said of someone without "years old". Only ages over 89 count here. */
const SAID_AGE = new RegExp(
  String.raw`\b(?:he|she|i|mom|mum|dad|grandma|grandpa|nana|papa|grandmother|grandfather|(?:oldest|youngest)(?:\s+[\w'’-]+){1,5}?)(?:\s+(?:really|actually|truly|officially))?(?:['’]s|\s+is|\s+was|['’]m|\s+am)\s+(?:now\s+|almost\s+|nearly\s+|just\s+)?(9\d|1[01]\d)\b${NOT_A_QUANTITY_AFTER}`,
  'gi',
);
const NINETY_PLUS = /\b(?:9\d|1[01]\d)\b/;
/** "their oldest member, who is 94": an age past 89 said of someone. */
const WHO_IS_AGE = /\bwho(?:\s+is|\s+was|['’]s)\s+(9\d|1[01]\d)\b(?!\s*(?:%|percent|degrees|°|minutes|years\s+ago|days|weeks|months))/gi;
/** "92 and still flirting with every nurse", "who at 94 still wins": an age said as one. */
const AND_STILL_AGE = /(?<!\b(?:over|under|past|in\s+their)\s)\b(9\d|1[01]\d)(?:\s+and\s+still|(?<=\bat\s+\d{2,3}),?\s+still)\b/gi;
/** ", 91, who…", ", 95,", "Gus Ferreira, 91! 🎉" after who someone is: an age over 89 in apposition. */
const AGE_IN_APPOSITION = String.raw`\s*,\s(9\d|1[01]\d)(?=,|[!.]+(?:\s|$)|\s+(?:who|is|was|has|and)\b)`;
/** "Harold Pike, 94, who greets…", "Sgt. Harold Mays (Ret.), 94,": an age set after a name between commas. */
const APPOSITIVE_AGE = new RegExp(String.raw`(?:\b\p{Lu}[\p{Ll}'’-]+\.?|\b\p{Lu}[\p{Ll}'’-]+\s+\(\p{Lu}[\p{L}.]{1,6}\))${AGE_IN_APPOSITION}`, 'gu');

/** "a retired police sergeant, 91, finished…": a role with an age over 89 in apposition. */
const ROLE_APPOSITIVE_AGE = new RegExp(
  String.raw`\b(?:sergeant|veteran|officer|teacher|farmer|rancher|nurse|(?:great-)?grand(?:ma|pa|mother|father)|resident|patient|woman|man|gentleman|lady|neighbou?r|volunteer|pastor|priest|nun|mechanic|driver|firefighter|coach|principal|survivor|widow|widower|retiree|mother|father|mom|dad|runner|swimmer|golfer|walker)${AGE_IN_APPOSITION}`,
  'gi',
);
/** "the grandmother who ran her first 5K at 90": the age at which someone did something, over 89. */
const FIRST_AT_AGE = /\b(?:her|his|their)\s+(?:first|1st)\s+(?:[\w-]+\s+){1,2}at\s+(?:age\s+)?(9\d|1[01]\d)\b/gi;
/** "Joe is 93 and did all 24 sessions": a given name said to be over 89. */
const NAMED_IS_AGE = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)\s+(?:is|was)\s+(?:now\s+|almost\s+|nearly\s+)?(9\d|1[01]\d)\b${NOT_A_QUANTITY_AFTER}`, 'gu');

/** "Meet Priscilla (91!)", "Grandma Rose (102)": an age in brackets right after a name. */
const BRACKETED_AGE = /\b\p{Lu}[\p{Ll}'’-]+\s*\((9\d|1[01]\d)!*\)/gu;

/** "Our oldest flu-shot patient this season? 96 and didn't even flinch": the age that answers who the oldest one was. */
const OLDEST_ONE_AGE = /\boldest\s+(?:[\p{L}-]+\s+){0,3}?(?:patient|guest|resident|visitor|donor|runner|walker|volunteer|participant|attendee|graduate|mom|dad|grandma|grandpa)\b[^.!\n]{0,24}?[?:,—–-]\s*(9\d|1[01]\d)\b(?!\s*(?:%|percent|years\s+ago|minutes|miles|people|patients))/giu;

/** "the youngest recipients were 3, the oldest 101", "The oldest? 97.", "average age 76 · oldest 98 ·": the oldest one's age, the noun left out. */
const OLDEST_BARE_AGE = /\b(?:the\s+)?oldest(?:\s*[?:]\s*|\s+)(?:was\s+|were\s+)?(9\d|1[01]\d)\b(?=\s*(?:[.!;)·•|]|,\s|$|and\b|—|–))/giu;

/** "Feliz cumpleaños, Doña Carmen! Celebrating 90 years with her nurses": a birthday of years past 89, not an anniversary of ours. */
const CELEBRATES_YEARS = /\bcelebrat(?:ing|es|ed)\s+(9\d|1[01]\d)\s+years\b(?!\s+(?:of|since|in|at|serving|together)\b|\s+with\s+(?:us|our|the)\b)/gi;

/** "a man in his 90s": a decade past 89 said of one person ("patients in their 90s" are many). */
const DECADE_AGE = /\bin\s+(?:his|her)\s+(?:late\s+|early\s+|mid[- ])?((?:9|1[01])0)['’]?s\b/gi;

const OUR_ROLE_AFTER = /^\s+(?:[\w-]+\s+)?(?:student|volunteer|intern|scholar|trainee|apprentice|lifeguard|employee|hire)s?\b/i;

function overEightyNine(start: number, end: number): PhiCandidate {
  return { type: 'age', start, end, link: 'identifier', rule: 'phi.age.over-89', why: 'An age over 89 identifies a person' };
}

/** Ages over 89 said without "years old": the digits of "94", all of "90s". */
function saidAges(scan: PhiScan): PhiCandidate[] {
  const decades = execAll(DECADE_AGE, scan.text).map((m) => overEightyNine(m.index + m[0].lastIndexOf(m[1] as string), m.index + m[0].length));
  if (!NINETY_PLUS.test(scan.text)) return decades;
  const said = [...execAll(SAID_AGE, scan.text), ...execAll(APPOSITIVE_AGE, scan.text), ...execAll(ROLE_APPOSITIVE_AGE, scan.text), ...execAll(FIRST_AT_AGE, scan.text), ...execAll(OLDEST_ONE_AGE, scan.text), ...execAll(OLDEST_BARE_AGE, scan.text), ...execAll(BRACKETED_AGE, scan.text), ...execAll(WHO_IS_AGE, scan.text), ...execAll(CELEBRATES_YEARS, scan.text), ...(scan.kind === 'post' ? execAll(AND_STILL_AGE, scan.text) : [])];
  const named = execAll(NAMED_IS_AGE, scan.text)
    .filter((m) => isGivenName((m[1] as string).toLowerCase()))
    .map((m) => {
      const start = m.index + m[0].lastIndexOf(m[2] as string);
      return overEightyNine(start, start + (m[2] as string).length);
    });
  return [
    ...decades,
    ...named,
    ...said.map((m) => {
      const start = m.index + m[0].lastIndexOf(m[1] as string);
      return overEightyNine(start, start + (m[1] as string).length);
    }),
  ];
}

/**
 * Ages under 90 only count once the text also names someone (they are everywhere in clinical shorthand). `names` are the
 * names found, our own people's too: "Carmen turns 90" is a birthday whoever Carmen is.
 */
export function findAges(scan: PhiScan, namePresent: boolean, names: readonly PhiCandidate[]): PhiCandidate[] {
  const namedRightBefore = (at: number): boolean => names.some((n) => n.end < at && /^\s+$/.test(scan.text.slice(n.end, at)));
  const out: PhiCandidate[] = scan.hasDigit ? saidAges(scan) : [];
  if (!scan.hasDigit || !(scan.ageDigitShape || hasAnyOf(asciiWords(scan.text), AGE_WORDS))) return out;
  for (const re of AGE_PATTERNS) {
    for (const m of execAll(re, scan.text)) {
      const value = Number(m[1]);
      if (!(value > 0 && value < 130)) continue;
      // "At 45, ..." is only an age when it is over 89.
      if (re.source.startsWith('\\b[Aa]t') && value < 90) continue;
      // "Carmen turns 90 today": a name right before it, even one of our own people's.
      if (re === TURNED && !namePresent && !scan.sentenceMatches(SOMEONE_TURNED, m.index) && !(value > 89 && namedRightBefore(m.index))) continue;
      const after = scan.text.slice(m.index + m[0].length, m.index + m[0].length + 90);
      if (OF_A_PLACE_AFTER.test(after) || PLACE_OPENED_NEXT.test(after) || namesOurTown(scan, after) || namesOurOrganisation(scan, after) || OF_A_PLACE_BEFORE.test(scan.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "19-year-old nursing student Malik volunteers…": the age of one of our volunteers or students, no patient's.
      if (value < 90 && OUR_ROLE_AFTER.test(after)) continue;
      // "Happy 2nd birthday to Kaysen!": a child's birthday wished by name is no patient's age until the text speaks of care.
      if (re === ORDINAL_BIRTHDAY && value < 90 && scan.healthTerms.length === 0 && !CARE_CUE.test(scan.text.replace(ORDINAL_BIRTHDAY, ''))) continue;
      // Notes state every patient's age; only a named patient's age in a post, or one over 89, identifies.
      if (value < 90 && (!namePresent || scan.clinical)) continue;
      const digitsAt = m.index + m[0].indexOf(m[1] as string);
      const start = value > 89 ? digitsAt : m.index;
      const end = value > 89 ? digitsAt + (m[1] as string).length : m.index + m[0].length;
      out.push(value > 89 ? overEightyNine(start, end) : { type: 'age', start, end, link: 'contextual', rule: 'phi.age.person', why: "A specific person's age helps identify them" });
    }
  }
  return out;
}
