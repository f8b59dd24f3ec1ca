import { isCommonWord, isGivenName } from '../vocab/name-lexicon';
import type { PhiCandidate } from './phi-candidate';
import { answeredComment, CARE_CUE, type PhiScan } from './phi-scan';
import { wholeWordOccurrences } from '../text/whole-word';
import { tellsOfComplaint } from './restated-complaint';

export const RELATIVE_SAID_BACK_RULE = 'phi.name.relative-said-back';

/**
 * "my husband Ray", "our son Sky", "My dad (Frank Ostrowski)", "my late mother, Dolores", "my abuela Carmen", "My 8 year old, Mia": the comment gives a relative's name, however common a word it is otherwise; "Mi hija Camila", "Mi hija de 15 años, Abril" in Spanish.
 * A surname after it ("my grandfather Harold Benning") is said back too, as "Mr. Benning".
 */
const RELATIVE_NAMED =
  /\b(?:[Mm]y|[Oo]ur|[Mm]i)\s+(?:late\s+)?(?:son|daughter|kid|child|baby|mom|mother|dad|father|wife|husband|partner|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|brother|sister|aunt|uncle|neighbou?r|abuela|abuelo|abuelita|abuelito|t[ií]a|t[ií]o|hija|hijo|mam[aá]|pap[aá]|espos[oa]|niet[oa]|herman[oa]|suegr[oa]|beb[eé]|niñ[oa]|\d{1,2}[- ]?(?:year|yr)s?[- ]?old)(?:\s+de\s+\d{1,2}\s+(?:años|meses))?(?:,\s*|\s*\(\s*|\s+)(\p{Lu}\p{Ll}{1,14})\b(?:\s+(\p{Lu}\p{Ll}{2,20})\b)?/gu;

/**
 * "Her name was Betty Olsen", "Her name's Addison Pratt", "soy la mamá de Brayan Téllez", "el parto de mi Camila", "se llamaba Tomás": other ways a
 * comment gives someone's name. These take only a listed given name, since "se llama" and "mi" also come before a word.
 */
const NAMED_OTHERWISE =
  /(?:\b(?:[Hh]er|[Hh]is)\s+(?:first\s+)?name(?:\s+(?:was|is)|['’]s)|(?<![\p{L}])(?:se\s+llama(?:ba)?|su\s+nombre\s+(?:es|era)|(?:la|el)\s+(?:mam[aá]|pap[aá]|madre|padre|abuel[oa]|abuelit[oa]|t[ií][oa]|herman[oa]|espos[oa])\s+de|[Mm]i))\s+(\p{Lu}\p{Ll}{1,14})(?![\p{L}])(?:\s+(\p{Lu}\p{Ll}{2,20})(?![\p{L}]))?/gu;
/** NAMED_OTHERWISE's leads that can only give a name: all but the bare "mi" ("Mi Doctora Favorita"). */
const ONLY_POSSESSIVE_LEAD = /^[Mm]i\s/u;
/** "my note about Arjun's panic attacks", "Emma's first week back after her leukemia treatment": a name whose health the comment tells of. */
const NAME_POSSESSIVE = /(?<![\p{L}.])(\p{Lu}\p{Ll}{1,14})['’]s\s/gu;
/** How far after "Arjun's" a health term of that sentence still counts as theirs. */
const POSSESSED_TERM_REACH = 80;

/** "I'm Rosa's mom": the writer names the relative through themselves ("I'm Rosa" alone is the writer). */
const WRITER_IS_RELATIVE_OF = /\bI['’]m\s+(\p{Lu}\p{Ll}{1,14})['’]s\s+(?:mom|dad|mother|father|grandma|grandpa|wife|husband|sister|brother|daughter|son)\b/gu;

/** "Anyone know if Lou Ellen is still up on 2nd floor?", "Is Bud Harmon still in the hospital?": someone the comment asks after as staying with us. */
const ASKED_IF_STILL_HERE =
  /\b(?:[Ii]s|[Ii]f)\s+(\p{Lu}\p{Ll}{1,14}(?:\s+\p{Lu}\p{Ll}{1,20})?)\s+(?:is\s+)?still\s+(?:up\s+|down\s+|over\s+)?(?:in\s+the\s+hospital|in\s+(?:room|bed)\b|on\s+(?:the\s+)?(?:\d\w*|[a-z]+)\s+floor\b|admitted\b|(?:in|on)\s+(?:the\s+)?(?:icu|unit|ward|rehab)\b)/gu;

/** Care the comment tells of in the plural, which the care cues (one visit, one appointment) leave out, or a referral waited on. */
const CARE_PLURALS = /\b(?:appointments|appts|visits|check-?ups|treatments|sessions|infusions|referrals?|referred)\b/i;
/** "my abuela Carmen, 94, needs a Spanish-speaking cardiologist": the relative needs a clinician. */
const NEEDS_A_CLINICIAN = /\bneeds?\s+(?:a|an|to\s+see\s+an?)\s+(?:[\w-]+\s+){0,2}(?:doctor|specialist|surgeon|[a-z]+ologist|[a-z]+iatrist|pediatrician|therapist|dentist)\b/i;
/** "My brother Marcus is in your psych unit", "My husband Frank is in chair 14", "my husband Rob has been in your residential program": the relative is staying with us. */
const STAYING_IN_OUR_UNIT = /\b(?:is|was|are|were|['’]s|has\s+been|have\s+been)\s+(?:still\s+)?(?:(?:in|on|at)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}(?:unit|ward|floor|icu|nicu|picu|program|programme)\b|in\s+(?:chair|bed|bay|room)\s+\d{1,3}\b)/i;

/** "My son Jayden is 17 and weighs 310 lbs": the relative's weight, which a weight-care reply answers. */
const WEIGHT_TOLD = /\b(?:weighs|weighed|weighing|pesa|pes[oó])\s+(?:about\s+|over\s+|almost\s+|nearly\s+|around\s+|m[aá]s\s+de\s+|casi\s+)?\d{2,3}\s*(?:lbs?|pounds|kg|kilos|libras)(?![\p{L}])/iu;

/** "the Riverside that did my mom's hospice": a kind of care the comment tells of, which the health terms leave out ("dialysis" and "palliative care" are terms). */
const CARE_SERVICE_TOLD = /\b(?:hospice|home\s+health|hospicio|cuidados\s+paliativos)\b/i;

/**
 * "se quebró el brazo", "tiene cita en urgencias", "necesita 3 coronas", "¿la pueden ver en ginecología?", "perdió el ojo
 * izquierdo", "anda muy deprimido", "rompió sus lentes", "el plan que le dio la nutrióloga", "después de meses de terapia", "no le han hecho el examen de la vista", "ya le toca la vacuna del papiloma", "¿Hacen exámenes físicos deportivos? Mi hijo Iker…": care or harm a Spanish comment tells of.
 */
const SPANISH_CARE_TOLD =
  /(?<![\p{L}])(?:se\s+(?:trag[oó]|quebr[oó]|cay[oó]|cort[oó]|peg[oó]|lastim[oó]|fractur[oó]|enferm[oó]|desmay[oó])|urgencias|cita|consulta|internad[oa]|hospitalizad[oa]|operaron|operad[oa]|(?:necesita|necesitan|le\s+(?:pusieron|van\s+a\s+poner|hicieron))\s+(?:\d+\s+|una?s?\s+)?(?:coronas?|frenos|brackets|empastes?|endodoncias?|puentes?)|(?:la|lo)\s+pueden\s+(?:ver|atender|revisar)|por\s+(?:cuidar|atender)\s+a\s+mi|fue\s+mordid[oa]|perdi[oó]\s+(?:el|un|la|una)\s+(?:ojo|vista|pierna|brazo|mano|dedo|o[ií]do)|(?:anda|est[aá]|se\s+siente)\s+(?:muy\s+|bien\s+|bastante\s+)?deprimid[oa]|rompi[oó]\s+(?:sus|los)\s+(?:lentes|anteojos|gafas)|(?:d[oó]nde|cu[aá]ndo)\s+le\s+(?:ponen|pueden\s+poner|hacen|dan)|(?:meses|semanas|años)\s+de\s+terapia|(?:examen|prueba|chequeo|revisi[oó]n)\s+de\s+(?:la\s+)?(?:vista|o[ií]dos?|audici[oó]n|sangre|orina)|va\s+a\s+terapia|en\s+terapia|ex[aá]men(?:es)?\s+(?:f[ií]sicos?|deportivos?)|(?:le|les)\s+(?:dio|dieron|hizo|recet[oó]|indic[oó])\s+(?:el|la)\s+(?:doctora?|nutri[oó]log[oa]|nutricionista|enfermer[oa]|terapeuta|pediatra|dentista))(?![\p{L}])|(?:le|les)\s+toca(?:n)?\s+(?:la|las|su|sus)\s+(?:vacunas?|revisi[oó]n|chequeo)/iu;

/** "had his cast put on at your urgent care last week": the relative was seen at one of our places of care. */
const SEEN_AT_OURS = /\b(?:at|in|to)\s+your\s+(?:[\w-]+\s+){0,2}(?:urgent\s+care|walk-in|er|ed|emergency\s+(?:room|department)|clinic|hospital|office)\b/i;

/** "got caught vaping THC", "started drinking again", "lo agarraron fumando marihuana": the relative's use of a substance, which a recovery or behavioral-health reply answers. */
const SUBSTANCE_USE_TOLD =
  /(?<![\p{L}])(?:vap(?:e|es|ed|ing)|thc|weed|marijuana|marihuana|fentanyl|opioids?|overdos(?:e|ed|ing)|relaps(?:e|ed|ing)|(?:drinking|using)\s+again|(?:started|caught)\s+(?:drinking|using|smoking)|drogas|vapeando|fumando\s+(?:marihuana|mota))(?![\p{L}])/iu;

/** "snores like a freight train", "still wets the bed": a sign the comment tells of that the health terms leave out. */
const SIGN_TOLD = /\b(?:snor(?:e|es|ed|ing)|sleepwalk(?:s|ed|ing)?|wets?\s+the\s+bed|bed-?wetting|stutter(?:s|ed|ing)?)\b/i;

/** "My son Caleb is on the list for a new liver", "My son Eli just got listed for a kidney": the relative waits for a transplant. */
const WAITING_FOR_AN_ORGAN = /\b(?:(?:on|joined|added\s+to)\s+the\s+(?:transplant\s+|waiting\s+|wait\s+)?(?:list|waitlist)|(?:got|was|been|gets)\s+listed)\s+for\s+(?:a\s+|an\s+)?(?:new\s+)?(?:liver|kidney|heart|lungs?|pancreas|transplant)\b/i;

/**
 * "mention Ray's recent fall" after "My husband Ray is 92", "check in with Arjun" after "my note about Arjun's panic attacks": the name the comment gave a relative, or tied to a health term, said back. The name
 * finder carries names over from the comment too, but never takes charting shorthand ("Ray", "Sal", "Lou") for a name;
 * it must not, in notes, so a relative introduced by name gets this narrower check instead.
 */
export function findRelativeNamesSaidBack(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context) return [];
  const names = new Set<string>();
  for (const m of context.matchAll(RELATIVE_NAMED))
    for (const name of [m[1], m[2]]) if (name && (name === m[1] || (!scan.dir.nameWords.has(name.toLowerCase()) && !isCommonWord(name.toLowerCase())))) names.add(name);
  const listedGivenName = (word: string) => isGivenName(word.toLowerCase()) && !isCommonWord(word.toLowerCase()) && !scan.dir.nameWords.has(word.toLowerCase());
  for (const m of [...context.matchAll(NAMED_OTHERWISE), ...context.matchAll(WRITER_IS_RELATIVE_OF)]) {
    const first = m[1] as string;
    // "se llama Cirila Ortiz", "soy la mamá de Julieta Paz": after words that can only give a name, a first name and surname need no name list.
    const fullNameGiven = !!m[2] && !ONLY_POSSESSIVE_LEAD.test(m[0]) && !isCommonWord(first.toLowerCase()) && !scan.dir.nameWords.has(first.toLowerCase());
    if (!listedGivenName(first) && !fullNameGiven) continue;
    names.add(first);
    const surname = m[2];
    if (surname && !isCommonWord(surname.toLowerCase()) && !scan.dir.nameWords.has(surname.toLowerCase())) names.add(surname);
  }
  for (const m of context.matchAll(NAME_POSSESSIVE)) {
    const name = m[1] as string;
    if (!listedGivenName(name) || names.has(name)) continue;
    const reach = context.slice(m.index, m.index + POSSESSED_TERM_REACH);
    const sentenceEnd = m.index + (/[.!?\n]/.exec(reach)?.index ?? reach.length);
    if (scan.contextHealthTerms().some((t) => t.start > m.index && t.start < sentenceEnd)) names.add(name);
  }
  if (names.size === 0) return [];
  // "So sorry about Ron's auger cut" after "My husband Ron cut his hand", "free rides for Frank" after "My husband Frank needs
  // rides to his appointments": the name of a relative whose health or care the comment told of.
  const link = scan.contextHealthTerms().length > 0 || tellsOfComplaint(scan.contextTokens(), context) || CARE_CUE.test(context) || CARE_PLURALS.test(context) || STAYING_IN_OUR_UNIT.test(context) || NEEDS_A_CLINICIAN.test(context) || WAITING_FOR_AN_ORGAN.test(context) || SEEN_AT_OURS.test(context) || SPANISH_CARE_TOLD.test(context) || CARE_SERVICE_TOLD.test(context) || WEIGHT_TOLD.test(context) || SUBSTANCE_USE_TOLD.test(context) || SIGN_TOLD.test(context) ? 'person' : 'contextual';
  return saidBack(scan, names, { link, rule: RELATIVE_SAID_BACK_RULE, why: 'The name the comment gave a relative, said back in the reply' });
}

/** "Lou Ellen would love that pie" after "Anyone know if Lou Ellen is still up on 2nd floor?": someone asked after as staying with us, named back. */
export function findAskedAfterNamesSaidBack(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context) return [];
  const names = new Set<string>();
  // "Marvella would love that" after "Is Marvella Dunn still on the 3rd floor?": the first name alone is said back too.
  for (const m of context.matchAll(ASKED_IF_STILL_HERE)) {
    const [first, ...rest] = (m[1] as string).split(/\s+/) as [string, ...string[]];
    if (scan.dir.nameWords.has(first.toLowerCase())) continue;
    names.add(first);
    if (rest.length > 0) names.add(m[1] as string);
  }
  return saidBack(scan, names, { link: 'person', rule: 'phi.name.asked-after-said-back', why: 'The name of someone the comment asked after as staying with us, said back in the reply' });
}

/** "Dr. Kevin", "NP Kevin Osei": a staff member who shares the relative's first name, not the relative. */
const TITLE_BEFORE = /\b(?:dr|dra|doctor|doctora|nurse|np|pa|rn|enfermer[oa])\.?\s+$/i;
const SURNAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/** Every whole-word mention of `names` in the reply, as name candidates; a staff member's first name only when no title or surname makes it theirs. */
function saidBack(scan: PhiScan, names: ReadonlySet<string>, found: Pick<PhiCandidate, 'link' | 'rule' | 'why'>): PhiCandidate[] {
  const out: PhiCandidate[] = [];
  for (const name of names) {
    const staffName = scan.dir.nameWords.has(name.toLowerCase());
    for (const { start, end } of wholeWordOccurrences(scan.text, name)) {
      if (staffName && (TITLE_BEFORE.test(scan.text.slice(Math.max(0, start - 12), start)) || SURNAME_AFTER.test(scan.text.slice(end, end + 3)))) continue;
      out.push({ type: 'name', start, end, ...found });
    }
  }
  return out;
}
