import { isSpanishSentence } from '../text/spanish-sentence';
import type { PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';
import { statedForEveryone } from './health-detail-detector';
import { SAID_AS_THEIRS_AFTER, SPANISH_ANYONE_WITH_BEFORE, SPANISH_CAUSED_BY_BEFORE, SPANISH_OFFERED_BEFORE, SPANISH_SERVICE_BEFORE } from './spanish-service-words';
import { SPANISH_VACCINE_BEFORE } from '../vocab/service-words';

/** "diabético" and "diabetes", "asmática" and "asma": the word for someone who has a condition, and the condition it names. */
const HAS_IT_WORDS: ReadonlyArray<readonly [string, string]> = [
  [String.raw`diab[eé]tic[oa]s?`, 'diabetes'],
  [String.raw`hipertens[oa]s?`, 'hipertension'],
  [String.raw`asm[aá]tic[oa]s?`, 'asma'],
  [String.raw`epil[eé]ptic[oa]s?`, 'epilepsia'],
  [String.raw`an[eé]mic[oa]s?`, 'anemia'],
  [String.raw`autistas?`, 'autismo'],
  [String.raw`artr[ií]tic[oa]s?`, 'artritis'],
  [String.raw`hipotiroide[oa]s?`, 'hipotiroidismo'],
  [String.raw`cel[ií]ac[oa]s?`, 'celiaquia'],
];
const HAS_IT = HAS_IT_WORDS.map(([form]) => form).join('|');

/** Conditions a Spanish comment names most often, and the words for having them; the English vocabularies hold only a few Spanish words. */
const SPANISH_CONDITION = new RegExp(String.raw`(?<![\p{L}])(toc|trastorno\s+obsesivo(?:[\s-]+compulsivo)?|trastorno\s+bipolar|esquizofrenia|vih|vph|virus\s+del\s+papiloma|sida|hipotiroidismo|hipertiroidismo|hipertensi[oó]n|presi[oó]n\s+alta|diabetes|asma|c[aá]ncer|depresi[oó]n|ansiedad|epilepsia|artritis|lupus|migra[ñn]as?|preeclampsia|endometriosis|autismo|tdah|alzh?eimer|demencia|anemia|fibromialgia|esclerosis\s+m[uú]ltiple|colesterol\s+alto|insuficiencia\s+renal|celiaqu[ií]a|enfermedad\s+cel[ií]aca|gota|${HAS_IT})(?![\p{L}])`, 'giu');
/** "Tengo VIH", "me diagnosticaron", "mi mamá tiene", "soy diabético": the comment speaks of the writer's or a relative's own health. */
const OWN_HEALTH_ES = new RegExp(String.raw`(?<![\p{L}])(?:tengo|tiene|soy(?=\s+(?:${HAS_IT}|seropositiv[oa]s?)(?![\p{L}]))|me\s+diagnosticaron|le\s+diagnosticaron|diagnosticad[oa]|sufro|padezco|vivo\s+con|llevo|estoy|mi|mis)(?![\p{L}])`, 'iu');

export const folded = (word: string): string => word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');

const HAS_IT_KEYS = HAS_IT_WORDS.map(([form, noun]) => [new RegExp(`^(?:${form})$`), noun] as const);
/** The condition a word names, without accents: "diabético" and "diabetes" are both "diabetes". */
const conditionKey = (word: string): string => {
  const key = folded(word);
  return HAS_IT_KEYS.find(([form]) => form.test(key))?.[1] ?? key;
};

/** "Sentimos mucho que su pareja haya salido positivo": a result the comment gave, said back of its person. */
const RESULT_SAID_BACK =
  /(?<![\p{L}])(?:su|tu)\s+(?:pareja|espos[oa]|marido|hij[oa]|mam[aá]|pap[aá]|herman[oa]|abuel[oa]|beb[eé])\s+(?:haya|ha|hayan|han)\s+salido\s+(?:positiv[oa]s?|alt[oa]s?)(?![\p{L}])/iu;
const RESULT_GIVEN = /(?<![\p{L}])sali[oó]\s+(?:positiv[oa]|alt[oa])(?![\p{L}])/iu;

function restatedResult(scan: PhiScan, context: string): PhiCandidate[] {
  const m = RESULT_GIVEN.test(context) ? RESULT_SAID_BACK.exec(scan.text) : null;
  if (!m) return [];
  return [{ type: 'lab', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.lab.restated-spanish', why: 'The result the commenter shared, said back in the reply' }];
}

/** "Si le cuesta respirar o se quemó la cara, llama al 911": a sign to act on, in the condition of a sentence that routes to urgent care. */
// Narrower than supposedAround (health-detail-detector.ts) on purpose: that also reads "Si él dice que son agruras, probablemente lo
// sean" as a supposition, which says the commenter's condition back.
const TRIAGE_IF = /^\s*[¡¿]?si\s[^,;:]*$/iu;
const ROUTES_TO_URGENT_CARE = /(?<![\p{L}])(?:911|urgencias|emergencias|l[ií]nea\s+de\s+enfermer[ií]a)(?![\p{L}])/iu;

function triageCondition(scan: PhiScan, at: number): boolean {
  const sentence = scan.sentenceOf(at);
  return TRIAGE_IF.test(scan.text.slice(sentence.start, at)) && ROUTES_TO_URGENT_CARE.test(scan.text.slice(at, sentence.end));
}

/** "¿Es cierto que el Vaporub en los pies quita la tos?": what a remedy is said to do, asked about, not the commenter's condition. */
const REMEDY_FOR_BEFORE = /(?<![\p{L}])(?:quita|quitan|cura|curan|sirve\s+para|sirven\s+para|es\s+bueno\s+para|son\s+buenos\s+para)\s+(?:la\s+|el\s+|los\s+|las\s+)?$/iu;

/** "¿La Dra. Alvarez también ve niños con epilepsia?": which patients we see, asked about. */
const WHOM_WE_SEE_BEFORE = /(?<![\p{L}])(?:ve|ven|atiende|atienden|trata|tratan|recibe|reciben)\s+(?:a\s+)?(?:niñ[oa]s|pacientes|personas|gente|adultos|beb[eé]s|adolescentes|mujeres|hombres)\s+con\s+$/iu;

/** "realiza la estapedectomía para la otosclerosis": a treatment we do, named for the condition the commenter just gave as theirs. */
const FOR_IT_BEFORE = /(?<![\p{L}])para\s+(?:la\s+|el\s+|los\s+|las\s+)?$/iu;

/** "Nadie debe sentir vergüenza por vivir con VIH" after "Tengo VIH": the commenter's condition, said back in Spanish. */
export function findRestatedSpanishConditions(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context) return [];
  const results = restatedResult(scan, context);
  if (!OWN_HEALTH_ES.test(context)) return results;
  const askedAbout = (at: number): boolean =>
    SPANISH_CAUSED_BY_BEFORE.test(context.slice(Math.max(0, at - 30), at)) || REMEDY_FOR_BEFORE.test(context.slice(Math.max(0, at - 30), at)) || WHOM_WE_SEE_BEFORE.test(context.slice(Math.max(0, at - 40), at));
  const given = new Set([...context.matchAll(SPANISH_CONDITION)].filter((m) => !askedAbout(m.index)).map((m) => conditionKey(m[1] as string)));
  // "Mi hija tiene crup otra vez": any listed term of the comment, when the comment is in Spanish.
  const listed = isSpanishSentence(context)
    ? scan.contextHealthTerms().filter((t) => t.kind === 'diagnosis' && !askedAbout(t.start)).map((t) => folded(context.slice(t.start, t.end)))
    : [];
  if (given.size === 0 && listed.length === 0) return results;
  const out: PhiCandidate[] = [...results];
  const restated = (start: number, end: number): PhiCandidate => ({ type: 'diagnosis', start, end, link: 'person', rule: 'phi.diagnosis.restated-spanish', why: 'The condition the commenter shared, said back in the reply' });
  // "Las clases de educación sobre diabetes son gratuitas", "atendemos embarazos de alto riesgo", "a toda persona con diabetes", "la vacuna contra el VPH": what we offer or anyone's, not theirs
  // ("…a niños con TDAH como tu hija" is theirs again).
  const offered = (at: number, end: number): boolean => {
    const before = scan.text.slice(Math.max(scan.sentenceOf(at).start, at - 60), at);
    // "Las bacterias que causan la caries", "La fiebre del valle no se contagia": what causes it or is true of it for anyone.
    if (SPANISH_VACCINE_BEFORE.test(before) || SPANISH_CAUSED_BY_BEFORE.test(before) || statedForEveryone(scan.text, at, end)) return true;
    if (SPANISH_OFFERED_BEFORE.test(before) && FOR_IT_BEFORE.test(before) && !SPANISH_SERVICE_BEFORE.test(before)) return false;
    return (SPANISH_SERVICE_BEFORE.test(before) || SPANISH_OFFERED_BEFORE.test(before) || SPANISH_ANYONE_WITH_BEFORE.test(before)) && !SAID_AS_THEIRS_AFTER.test(scan.text.slice(end, end + 30));
  };
  const saidBack = new Set(listed.filter((t) => !given.has(t)));
  for (const term of saidBack.size > 0 ? scan.healthTerms : []) {
    const written = scan.text.slice(term.start, term.end);
    if (term.kind !== 'diagnosis' || !saidBack.has(folded(written)) || /^\p{Lu}\p{Ll}/u.test(written) || offered(term.start, term.end) || !isSpanishSentence(scan.sentenceText(term.start)) || triageCondition(scan, term.start)) continue;
    out.push(restated(term.start, term.end));
  }
  for (const m of scan.text.matchAll(SPANISH_CONDITION)) {
    const written = m[1] as string;
    if (!given.has(conditionKey(written))) continue;
    const at = m.index ?? 0;
    if (offered(at, at + m[0].length)) continue;
    // "Llame a Endocrinología y Diabetes": a capitalised word inside a sentence is a department's name.
    const capitalised = /^\p{Lu}\p{Ll}/u.test(written);
    if (capitalised && !/(?:^|[.!?¡¿]\s*)$/u.test(scan.text.slice(Math.max(0, at - 3), at))) continue;
    out.push(restated(at, at + m[0].length));
  }
  return out;
}
