import { asciiWords, hasAnyOf, hasRunStartingWith } from '../text/ascii-words';
import { execAll } from '../text/exec-all';
import { mayMatch } from '../text/word-gated-regexp';
import type { PhiCandidate } from './phi-candidate';
import { CARE_CUE, healthTermSoonAfter, type PhiScan } from './phi-scan';
import { NOT_A_TOWN, PERSON_ROLES } from '../vocab/person-roles';

const FAMILY_ROLE_WORDS = 'mom|mother|dad|father|grandmother|grandfather|grandma|grandpa';
const INCIDENT_WORDS = 'crash|accident|fire|collision|shooting|incident|wreck|pile-?up|rescue|explosion|fall';

/** Who someone is, by work, sport or stage of life: "a Shelbyville beekeeper", "a retired Springfield mail carrier". */
const ROLE = PERSON_ROLES.join('|');
/** "a lifeguard at Crescent Lake Beach": a public place someone belongs to. */
const LANDMARK = 'Beach|Park|Pool|Marina|Campground|Fairgrounds|Ranch|Farm|Apartments|Mill|Plant|Factory|Elementary|Middle|High|Academy';

/**
 * "a 48-year-old Westfield firefighter", "a teenage Eastgate hockey player": an age with a town describes
 * one person. In a post about someone's care that is enough to identify the patient, though neither the
 * age (under 90) nor the town names anyone on its own. ("a 15-year-old runner" alone is anyone.)
 */
const DESCRIBED = new RegExp(
  String.raw`\b(?:a|an|the|our)\s+(?:\d{1,3}[- ](?:year|month)[- ]old|teenage|teen)\s+(?:[A-Z][a-z]+\s+){1,2}(?:[a-z]+\s+){0,2}(?:${ROLE}|man|woman|boy|girl|kid)\b`,
  'g',
);

/** "a Shelbyville High swimmer, 15,": the town first, the age after. "this Brookside mom of three": a family role instead of an age. */
const DESCRIBED_OTHERWISE = new RegExp(
  String.raw`\b(?:a|an|this|the)\s+(?:(?:former|retired|local|longtime|young|beloved)\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:[a-z]+\s+){0,2}[a-z]{3,},\s+\d{1,3},|\b(?:a|an|this|the)\s+(?:[a-z-]+\s+){1,4}(?:${ROLE}),\s+\d{1,2},|\b(?:a|an|this|the)\s+(?:[A-Z][a-z]+\s+){1,2}(?:${FAMILY_ROLE_WORDS})\s+of\s+(?:two|three|four|five|six|seven|\d)\b`,
  'g',
);

/** "a 48-year-old firefighter arrived at our ER": an age and an occupation, on the day they came in for care. */
const CAME_IN = new RegExp(
  String.raw`\b(?:a|an)\s+\d{1,3}[- ](?:year|month)[- ]old\s+(?:[a-z]+\s+){0,2}(?:${ROLE})\b(?=[^.!?]{0,60}\b(?:arrived|came\s+(?:in|to\s+our)|was\s+brought|walked\s+into|collapsed|was\s+rushed|was\s+admitted))`,
  'gi',
);

/** The words that end a street's name in a story: "Birchwood Lane", "Route 30". */
const STREET_SUFFIX = '(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Way|Boulevard|Blvd|Route|Highway|Hwy)';

/**
 * "the 4-year-old girl pulled from a pool on Birchwood Lane", "revived a 19-year-old outside the Elm Street bus shelter":
 * an age and a street in one sentence point at one person.
 */
const AGED_ON_A_STREET = new RegExp(
  String.raw`\b(?:a|an|the)\s+\d{1,3}[- ](?:year|month)[- ]old(?:\s+(?:[a-z]+\s+){0,2}(?:${ROLE}|man|woman|boy|girl|child|kid|toddler|teen|baby)\b|(?=\s+(?:on|at|near|outside|behind)\s))(?=[^.!?]{0,80}\b(?:on|at|near|outside(?:\s+(?:of\s+)?the)?|behind\s+the)\s+[A-Z][a-z]+\s+${STREET_SUFFIX}\b)`,
  'g',
);

/** "the driver from this morning's crash on Route 30", "a resident from a house fire on Elm Street": a public incident points at one person. */
const FROM_AN_INCIDENT = new RegExp(
  String.raw`\b(?:a|an|the)\s+(?:resident|driver|neighbou?r|tenant|worker|man|woman|boy|girl|child|teen)\s+from\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:${INCIDENT_WORDS})\s+(?:on|at|near)\s+[A-Z][a-z]+\s+${STREET_SUFFIX}\b|\bthe\s+(?:driver|victim|cyclist|pedestrian|passenger|motorcyclist|hiker|swimmer|child|man|woman|boy|girl|teen|teenager|worker)\s+(?:from|in|of|involved\s+in|injured\s+in)\s+(?:this\s+morning['’]s|yesterday['’]s|last\s+night['’]s|today['’]s|tonight['’]s|\w+day['’]s|the)\s+(?:[\w-]+\s+)?(?:${INCIDENT_WORDS})\b`,
  'gi',
);

/**
 * "the Millbrook dad who drove his daughter in", "a Shelbyville kindergarten teacher", "the Harbor View couple":
 * a town with what someone is, no age. Weaker than an age, so it needs a condition or procedure in its sentence.
 */
const FROM_A_TOWN = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Tt]his)\s+(?:(?:retired|local|former|young|longtime|beloved)\s+)?((?:[A-Z][a-z]+\s+){1,2}(?:(?:Elementary|Middle|High|Junior|Senior)\s+School\s+)?)(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:${ROLE}|couple|newlywed|bride|groom|toddler|newborn|teen|teenager|retired\s+\w+)\b(?!['’]s\s)`,
  'g',
);
/** "A Springfield firefighter's severe poison ivy": the condition of the person described, told as theirs. */
const TOWN_ROLE_POSSESSIVE = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]his)\s+(?:(?:retired|local|former|young|longtime)\s+)?((?:[A-Z][a-z]+\s+){1,2})(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:${ROLE})['’]s(?=\s)`,
  'g',
);
const POSSESSED_TERM_REACH = 30;
/** "a roofer from Birch Hollow", "a postpartum teacher from Shelbyville", "3 kids from the Shelbyville Middle School field trip": the town or school after who someone is (a handful of people is still someone). */
const ROLE_FROM_A_TOWN = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Tt]his|in|[2-9]|two|three|four|five|six|seven|eight|nine)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:${ROLE}|toddler|newborn|man|woman|guy|lady|boys?|girls?|kids|children|students|teens|campers|players|teen|teenager|couple|\d{1,2}[- ](?:day|week|month|year)[- ]old)\s+(?:from\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)|at\s+((?:[A-Z][a-z]+\s){1,2})(?:${LANDMARK})\b)`,
  'g',
);
/** "the only female auctioneer in Shelbyville County": a role no one else in the place has. */
const THE_ONLY_ONE = new RegExp(
  String.raw`\bthe\s+only\s+(?:[a-z-]+\s+){0,2}(?:${ROLE})\s+in\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})`,
  'g',
);
const ONLY = ['only'];
/** The last word FROM_A_TOWN can end on (or "retired"), each a whole ASCII run: a text without one skips the scan. */
const TOWN_ROLE_WORDS = [...ROLE.split('|'), 'kids', 'children', 'students', 'teens', 'campers', 'players', 'couple', 'newlywed', 'bride', 'groom', 'toddler', 'newborn', 'retired', 'man', 'woman', 'guy', 'lady', 'boy', 'girl', 'boys', 'girls', 'teen', 'teenager', 'old'];
/** "came in", "delivered", "drove herself in": what happened was care here, whatever the condition was called. */
const CARE_HERE = /\b(?:(?:began|started|finished|completed)\s+(?:[\w-]+\s+){0,2}(?:therapy|treatment|counsel(?:l)?ing|chemo|radiation|dialysis|rehab)|(?:\d+(?:st|nd|rd|th)|first)\s+delivery|healthy\s+(?:baby\s+)?(?:girl|boy)|came\s+in(?:to)?|came\s+to\s+(?:dr\b|doctor|our|us\b|see\b)|brought\s+in|was\s+rushed|delivered|born\s+(?:early|prematurely|here|in\s+our|at\s+\d)|arrivals|delivering\s+(?:(?:his|her|their|a|the)\s+)?(?:own\s+)?(?:baby|babies|daughter|son|twins)|(?:interesting|memorable|unusual|teaching)\s+(?:\w+\s+)?(?:case|consult)|treated|stitch(?:es|ed)|admitted|(?:is|are)\s+(?:back\s+)?home\s+and\s+doing\s+(?:great|well|better|fine)|drove\s+(?:him|her|them)sel(?:f|ves)\s+in|walked\s+in(?:to)?|urgent\s+care|emergency\s+(?:room|department))\b/i;

/** "collapsed in the lobby", "was rushed in": an emergency happened to the person described, health term or not. */
const EMERGENCY = /\b(?:collapsed|stabili[sz]ed|was\s+(?:rushed|airlifted|intubated|resuscitated)|restarted\s+(?:his|her|their)\s+heart)\b/i;
/** "presented a case of SCAD in…": a case report is about one patient. */
const A_CASE_OF = /\b(?:case\s+of|(?:memorable|interesting|rare|unusual|favou?rite|teaching)\s+case|turned\s+out\s+to\s+be)\b/i;
const CAREGIVER_ROLE = /\b(?:nurse|paramedic)$/;
/** "spotted an early melanoma on a Springfield firefighter": a condition found in the person described. */
const FOUND_BEFORE = /\b(?:spotted|caught|found|detected|discovered)\s+(?:(?:an?|the|his|her|their|early|small|tiny|rare|aggressive)\s+){0,3}$/i;

/** "a Springfield teacher born and raised here": where someone grew up, not a birth in our care. */
const BORN_AND_RAISED = /\bborn\s+and\s+raised\b/gi;

function careCueInSentence(scan: PhiScan, sentence: { start: number; end: number }): boolean {
  return CARE_CUE.test(scan.text.slice(sentence.start, sentence.end).replace(BORN_AND_RAISED, ''));
}

function isOurNameNotTown(scan: PhiScan, word: string): boolean {
  return scan.dir.orgWords.has(word) && !scan.dir.locationWords.has(word);
}

const GOES_ON_ABOUT_THEM = /^\s*(?:His|Her|Their|He|She)\b/;

function townRoles(scan: PhiScan): RegExpExecArray[] {
  if (scan.healthTerms.length === 0 && !EMERGENCY.test(scan.text) && !CARE_HERE.test(scan.text)) return [];
  const byRole = hasAnyOf(asciiWords(scan.text), TOWN_ROLE_WORDS);
  const onlyOne = hasAnyOf(asciiWords(scan.text), ONLY) ? execAll(THE_ONLY_ONE, scan.text) : [];
  if (!byRole && onlyOne.length === 0) return [];
  // Its health term must be what the possessive owns: within a few words after it.
  const possessive = (byRole ? execAll(TOWN_ROLE_POSSESSIVE, scan.text) : []).filter((m) => {
    const end = m.index + m[0].length;
    return healthTermSoonAfter(scan, end, POSSESSED_TERM_REACH) !== undefined;
  });
  const found = byRole ? [...execAll(FROM_A_TOWN, scan.text), ...execAll(ROLE_FROM_A_TOWN, scan.text), ...possessive] : [];
  return [...found, ...onlyOne].filter((m) => {
    // "A Riverside nurse gave flu shots": someone whose work is care is more often the one giving it.
    if (CAREGIVER_ROLE.test(m[0])) return false;
    // "the newest member of the Riverside family": our organisation as a family, not a household.
    if (/\bfamily$/i.test(m[0].trim()) && /\b(?:members?|part)\s+of\s+$/i.test(scan.text.slice(Math.max(0, m.index - 24), m.index))) return false;
    const town = ((m[1] ?? m[2]) as string).trim().split(/\s+/);
    if (town.some((w) => NOT_A_TOWN.has(w.toLowerCase()))) return false;
    // "a Pediatrics nurse", "the Riverside Family Health team": our own departments and name are no town (our towns are).
    if (town.some((w) => isOurNameNotTown(scan, w.toLowerCase()))) return false;
    // "A Springfield teacher shares tips on asthma" is a speaker: a care cue or a treatment must say it happened to them.
    const told = scan.sentenceOf(m.index);
    // "…a long-haul driver from Cedar Flats told our team… His home sleep test showed…": the next sentence goes on about them.
    const next = told.end < scan.text.length ? scan.sentenceOf(told.end) : told;
    const sentence = next.start > told.start && GOES_ON_ABOUT_THEM.test(scan.text.slice(next.start, next.start + 8)) ? { start: told.start, end: next.end } : told;
    const inSentence = scan.healthTerms.filter((t) => t.start >= sentence.start && t.start < sentence.end);
    // The only one of them in the place: any condition of theirs is enough.
    if (inSentence.length > 0 && onlyOne.includes(m)) return true;
    return (
      (inSentence.length > 0 && (inSentence.some((t) => t.kind === 'procedure' || t.kind === 'medication') || careCueInSentence(scan, sentence) || scan.sentenceMatches(A_CASE_OF, m.index) || inSentence.some((t) => t.kind === 'diagnosis' && FOUND_BEFORE.test(scan.text.slice(Math.max(0, t.start - 40), t.start))))) ||
      scan.sentenceMatches(EMERGENCY, m.index) ||
      scan.sentenceMatches(CARE_HERE, m.index)
    );
  });
}

/** What each pattern needs before it can match: an "N-year-old", "teen", ", 15,", "mom of", an incident word. */
const AGED = /[- ](?:year|month)[- ]old\b/i;
const TEEN = /\bteen/i;
const AGE_AFTER = /,\s\d{1,3},/;
const FAMILY_ROLE = new RegExp(String.raw`\b(?:${FAMILY_ROLE_WORDS})\s+of\b`, 'i');
const INCIDENT_WORD = new RegExp(String.raw`\b(?:${INCIDENT_WORDS})\b`, 'i');
/** All of the above in one scan; most posts have none of it. */
const ANY_HOOK = new RegExp([AGED, TEEN, AGE_AFTER, FAMILY_ROLE, INCIDENT_WORD].map((re) => re.source).join('|'), 'i');
/** The whole ASCII runs one of those hooks needs ("pile-up" gives "pile"); "teen" may start a longer run. */
const HOOK_WORDS = ['old', ...FAMILY_ROLE_WORDS.split('|'), ...INCIDENT_WORDS.replace('pile-?up', 'pile|pileup').split('|')];
const HOOK_STARTS = ['teen'];
const canHook = (scan: PhiScan): boolean =>
  (scan.hasDigit && scan.text.includes(',')) || hasAnyOf(asciiWords(scan.text), HOOK_WORDS) || hasRunStartingWith(asciiWords(scan.text), HOOK_STARTS);

const AGE_WHY = 'An age with a town, in a story about someone’s care, identifies the patient';
const PLACE_WHY = 'A town or a public incident, in a story about someone’s care, identifies the patient';
const TOWN_WHY = 'A town with who someone is, in a sentence about their condition or treatment, identifies the patient';

function described(m: RegExpExecArray, byAge: boolean, why: string): PhiCandidate {
  return {
    type: byAge ? 'age' : 'location',
    start: m.index,
    end: m.index + m[0].length,
    link: 'person',
    rule: byAge ? 'phi.age.described-patient' : 'phi.location.described-patient',
    why,
  };
}

/** Someone described by an age, a family role or a public incident, in a post about their care. */
function describedByAgeOrIncident(scan: PhiScan): PhiCandidate[] {
  const { text } = scan;
  if (!canHook(scan) || !ANY_HOOK.test(text)) return [];
  // The cheap checks come first, and the care check only once something matched.
  const aged = AGED.test(text);
  const withAge = aged || TEEN.test(text) ? execAll(DESCRIBED, text) : [];
  if (aged) for (const m of execAll(AGED_ON_A_STREET, text)) if (!withAge.some((w) => w.index === m.index)) withAge.push(m);
  const cameIn = aged ? execAll(CAME_IN, text) : [];
  const otherwise = AGE_AFTER.test(text) || FAMILY_ROLE.test(text) ? execAll(DESCRIBED_OTHERWISE, text) : [];
  const incidents = INCIDENT_WORD.test(text) ? execAll(FROM_AN_INCIDENT, text) : [];
  if (cameIn.length + incidents.length === 0 && (withAge.length + otherwise.length === 0 || (!CARE_CUE.test(text) && scan.healthTerms.length === 0))) return [];
  return [
    ...withAge.map((m) => described(m, true, AGE_WHY)),
    ...cameIn.map((m) => described(m, true, AGE_WHY)),
    ...otherwise.map((m) => (/\d/.test(m[0]) ? described(m, true, AGE_WHY) : described(m, false, PLACE_WHY))),
    ...incidents.map((m) => described(m, false, PLACE_WHY)),
  ];
}

/**
 * "one of our own", "our facilities supervisor", "a member of our housekeeping team": one of our people, described by
 * their work here. Colleagues and readers know who that is, so their own illness or treatment is their PHI.
 */
const OUR_OWN_PERSON =
  /\b(?:one\s+of\s+our\s+own|one\s+of\s+our\s+(?:[\w-]+\s+){0,3}(?:volunteers|nurses|employees|staff\s+members|team\s+members|colleagues|co-?workers|techs|technicians|drivers)|one\s+of\s+the\s+(?:[\w-]+\s+)?(?:nurses|doctors|techs|technicians|therapists|volunteers|employees|medics)\s+(?:on|in|from)\s+our\s+(?:own\s+)?(?:[\w&-]+\s+){0,3}(?:team|staff|unit|floor|crew)|(?:a|one)\s+(?:beloved\s+|longtime\s+|long-time\s+)?member\s+of\s+our\s+(?:[\w-]+\s+){0,3}(?:team|staff|crew)|our\s+(?:[\w-]+\s+){0,3}(?:coordinator|supervisor|receptionist|custodian|housekeeper|technician|manager|volunteer|employee|colleague|scheduler|registrar|clerk|aide))\b/gi;
/** "had a heart attack", "starts chemotherapy for", "being hospitalized for", "came to our Behavioral Health team for": the illness or care is their own. */
const OWN_HEALTH_BEFORE =
  /\b(?:had|has|suffered|(?:was\s+)?diagnosed\s+with|beat|survived|recovering\s+from|underwent|hospitali[sz]ed|living\s+with|(?:is\s+)?(?:fighting|battling)|fought|starts|started|starting|began|begins|finished|completed|came\s+to\s+(?:our|us))\s+(?:[\w'’-]+\s+){0,5}$/i;
/** "has knitted more than 600 preemie hats": things a volunteer makes for patients, not their own care. */
const THINGS_MADE_FOR_AFTER = /^\s+(?:hats|caps|beanies|blankets|quilts|clothes|outfits|onesies|gowns|diapers|kits|bags|care\s+packages)\b/i;
/** "a breast cancer survivor". */
const OWN_HEALTH_AFTER = /^\s+survivor\b/i;
const OUR_OWN_WHY = 'One of our people, described by their work here, is known to colleagues and readers: their own illness or care is their PHI';

/** A health term told as the own illness or care of one of our people described in its sentence or the one before. */
function ourOwnPeoplesCare(scan: PhiScan): PhiCandidate[] {
  if (scan.healthTerms.length === 0 || !mayMatch(OUR_OWN_PERSON, scan.text)) return [];
  const described = execAll(OUR_OWN_PERSON, scan.text);
  if (described.length === 0) return [];
  const out: PhiCandidate[] = [];
  // Health terms and descriptions both come in text order, so one pointer finds the last description before each term.
  let last = -1;
  for (const term of scan.healthTerms) {
    while (last + 1 < described.length && described[last + 1]!.index < term.start) last++;
    const sentence = scan.sentenceOf(term.start);
    const earlier = sentence.start > 0 ? scan.sentenceOf(sentence.start - 1) : sentence;
    if (last < 0 || described[last]!.index < earlier.start) continue;
    const before = scan.text.slice(Math.max(sentence.start, term.start - 80), term.start);
    if (!OWN_HEALTH_BEFORE.test(before) && !OWN_HEALTH_AFTER.test(scan.text.slice(term.end, term.end + 12))) continue;
    if (THINGS_MADE_FOR_AFTER.test(scan.text.slice(term.end, term.end + 14))) continue;
    out.push({ type: term.kind, start: term.start, end: term.end, link: 'person', rule: `phi.${term.kind}.our-own-person`, why: OUR_OWN_WHY });
  }
  return out;
}

/**
 * "Coach Bill Tran of Shelbyville High, who had bypass surgery here Monday", "el chef del restaurante…, que… fue operado aquí":
 * an aside about one person (after a comma, not "people who…") that says they had surgery with us.
 */
const TREATED_HERE_ASIDE =
  /(?<=,\s+)(?:who|que)\s+(?:[^.!?]{0,80}?\s)?(?:had\s+(?:(?:his|her|their|a|an)\s+)?(?:[\w-]+\s+)?(?:surgery|operation|transplant|procedure|c-section)|was\s+operated\s+on|fue\s+operad[oa]|se\s+oper[oó])\s+(?:right\s+)?(?:here|aqu[ií]|with\s+us|con\s+nosotros)(?![\p{L}])/giu;
const TREATED_HERE_WORDS = ['here', 'aqui', 'aqu', 'us', 'nosotros'];
const TREATED_HERE_WHY = 'Surgery here, told of one person described in the post, identifies the patient';

function treatedHereAsides(scan: PhiScan): PhiCandidate[] {
  if (!scan.text.includes(',') || !hasAnyOf(asciiWords(scan.text), TREATED_HERE_WORDS)) return [];
  return execAll(TREATED_HERE_ASIDE, scan.text).map((m) => ({ type: 'procedure', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.procedure.treated-here-aside', why: TREATED_HERE_WHY }));
}

export function findDescribedPatients(scan: PhiScan): PhiCandidate[] {
  if (scan.kind !== 'post' || scan.clinical) return [];
  return [...describedByAgeOrIncident(scan), ...townRoles(scan).map((m) => described(m, false, TOWN_WHY)), ...ourOwnPeoplesCare(scan), ...treatedHereAsides(scan)];
}
