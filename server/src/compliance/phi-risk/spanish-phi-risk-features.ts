/**
 * Features of the Spanish phi-risk model for one sentence of a post or reply. The English features
 * (phi-risk-features.ts) read cue words that are English and a word scan that splits "mamá" into "mam",
 * so a Spanish sentence seldom reached that model (on the Spanish study items it alone blocked 6 of 2,571
 * items that should block). Here the words are read whole (text/word-tokens), health details are the
 * vocabularies' Spanish terms (findHealthTerms), and the person cues are Spanish: "tu", "su", "usted", a
 * relative, "el paciente", a capitalised name, a room or bed, an age, a date, and in a reply what the comment
 * itself said. Shared by the runtime scorer and the training script.
 */
import { addWordFeatures, currentFeatures, startFeatures } from '../hashed-model/hashed-features';
import { wordTokens, type WordToken } from '../text/word-tokens';
import type { TextKind } from '../types';
import { COMMENT_CUES, cueFlags } from './cue-flags';
import { findHealthTerms } from '../vocab/health-term-index';
import { NOT_NAME_WORDS } from '../vocab/name-stopwords';
import type { KnownWords } from './phi-risk-features';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const ADDRESSED = words('tu tus te ti contigo usted tú');
/** "su" and "sus" are "your" to a reader addressed as usted, and "his", "her" or "their": a person either way. */
const POSSESSIVE = words('su sus');
const KIN = words(`hijo hija hijos hijas hijito hijita mamá mama madre papá papa padre papás padres esposo esposa marido
  abuela abuelo abuelita abuelito abuelos nieto nieta nietos hermano hermana hermanos tío tía sobrino sobrina primo prima
  suegra suegro bebé bebés bebe niño niña nene nena novio novia cuñado cuñada yerno nuera gemelos gemelas mellizos
  trillizos hijastro hijastra`);
const PERSON = words(`paciente pacientes él ella señor señora sr sra don doña joven muchacho muchacha chico chica vecino
  vecina amigo amiga compañero compañera adolescente anciano anciana viejito viejita`);
const FIRST_PERSON = words('yo mi mis me conmigo nosotros nuestra nuestro');
/** Words of care or of a stay that the vocabularies leave out: enough, with a person, to be about someone's health. */
const CARE_CUES = words(`alta internado internada internaron hospitalizado hospitalizada urgencias emergencias operaron
  operación cirugía parto nació nacimiento embarazada embarazo dolor yeso muletas puntos herida caída cayó fractura quebró
  tratamiento terapia consulta cita control resultados estudios análisis receta dosis pastilla pastillas medicamento
  medicamentos inyección vacuna uci intensiva cama habitación cuarto falleció murió recuperación recuperando
  rehabilitación diálisis quimio enfermo enferma sala ingresó ingresaron accidente ambulancia`);
const STOP = words(`de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o
  este esta sí porque muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros
  ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos
  cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas usted ustedes hola gracias`);
const POINTING = words('el la los las ese esa esos esas este esta estos estas su sus tu tus mi mis');
/** Capitalised but no one's name: sentence words, titles, places and services of our own texts. */
const NOT_NAMES = words(`hola gracias muchas buenos buenas días tardes noches feliz felicidades hoy mañana ayer
  lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre
  octubre noviembre diciembre dr dra doctor doctora enfermera enfermero hospital clínica centro salud servicios
  departamento unidad sala piso consulta urgencias emergencias programa día semana mes año todos todas nuestro
  nuestra nuestros nuestras el la los las un una este esta si sí no para por con en de del al su sus tu tus mi mis
  usted ustedes llame llámenos escríbanos visite únase comparte recuerde sabía qué cómo cuándo dónde por favor
  línea clinica medicina familiar pediatría cardiología`);

const ROOM = /(?<![\p{L}])(?:habitaci[oó]n|cuarto|cama|cub[ií]culo|camilla|box|piso|sala)\s*(?:n[uú]m(?:ero|\.)?\s*|#\s*)?\d/iu;
const UNIT = /(?<![\p{L}])(?:uci|ucin|terapia\s+intensiva|cuidados\s+intensivos)(?![\p{L}])/iu;
/** "de 7 años", "cumplió 94", "de 3 semanas de nacido"; not "mayores de 60 años", "a partir de los 11 años", "de 2 a 4 días". */
const AGE =
  /(?<!(?:mayores|menores|partir|antes|después|edad)\s+de\s+(?:los\s+)?)(?<![\p{L}\d]\s*(?:a|y|entre)\s+)(?<![\p{L}\d])\d{1,3}\s+(?:años|añitos|meses)(?![\p{L}])(?!\s+(?:o|y)\s+(?:más|mayores|menos))|(?<![\p{L}\d])\d{1,3}\s+(?:días|semanas)\s+de\s+(?:nacid[oa]|vida)|(?<![\p{L}])(?:cumpli[óo]|cumple|cumplirá)\s+(?:sus\s+)?\d{1,3}(?!\d)|,\s*\d{1,2}\s*,/iu;
/** "el 41 % de nuestros pacientes", "1 de cada 8 mujeres": a share of many, no one in particular. */
const SHARE_OF_MANY = /%|(?<![\p{L}])(?:por\s+ciento|de\s+cada\s+\d+|la\s+mayoría\s+de)(?![\p{L}])/iu;
/** "Ofrecemos la vacuna…", "Sí, tenemos fototerapia…", "En Dermatología tratamos…": a service we offer anyone. */
const WE_OFFER =
  /(?<![\p{L}])(?:ofrecemos|tenemos|contamos\s+con|hacemos|realizamos|tratamos|atendemos|damos|aplicamos)(?![\p{L}])/iu;
const DATE =
  /(?<![\p{L}\d])\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?![\p{L}])|(?<!\d)\d{1,2}\/\d{1,2}(?!\d)/iu;
const RELATIVE_DAY =
  /(?<![\p{L}])(?:ayer|anoche|anteayer|antier|esta\s+mañana|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|la\s+semana\s+pasada|el\s+mes\s+pasado)(?![\p{L}])/iu;
const ROUTES =
  /\(\d{3}\)\s*\d{3}[-.\s]\d{4}|(?<!\d)\d{3}[-.]\d{3}[-.]\d{4}(?!\d)|(?<!\d)(?:911|988)(?!\d)|(?<![\p{L}])(?:llame|llámenos|llamar|llámanos|escríbanos|escríbenos|mensaje|portal|whatsapp)(?![\p{L}])/iu;
const QUESTION_END = /\?[\s\p{Extended_Pictographic}\u200d\ufe0f!.?]*(?:gracias[\s\p{Extended_Pictographic}\u200d\ufe0f!.]*)?$/iu;

const CUES = [
  'health',
  'care',
  'addressed',
  'addressed&health',
  'possessive&health',
  'kin',
  'kin&health',
  'person&health',
  'other-name',
  'other-name&health',
  'staff-name',
  'room',
  'unit',
  'age',
  'date',
  'relative-day',
  'routes',
  'share-of-many',
  'we-offer',
  'ctx-question',
  'bare',
  ...COMMENT_CUES,
] as const;
type Cue = (typeof CUES)[number];

const FLAGS = cueFlags('phi-es', CUES);

const isCapitalised = (raw: string): boolean => /^\p{Lu}\p{Ll}/u.test(raw);
const isNotName = (lower: string): boolean => NOT_NAMES.has(lower) || NOT_NAME_WORDS.has(lower);

interface ContextCues {
  health: boolean;
  own: boolean;
  kin: boolean;
  /** First five letters of the comment's content words of four letters or more. */
  stems: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /** First five letters of the words of the comment's health terms. */
  healthStems: ReadonlySet<string>;
  capitalised: ReadonlySet<string>;
}

/** The words of each health term found in `tokens`, lower case. */
function healthWordsOf(tokens: readonly WordToken[]): string[] {
  const out: string[] = [];
  for (const term of findHealthTerms(tokens)) for (let k = term.from; k < term.to; k++) out.push((tokens[k] as WordToken).lower);
  return out;
}

let lastContext: string | undefined;
let lastCues: ContextCues | undefined;

function contextCues(context: string): ContextCues {
  if (context === lastContext && lastCues !== undefined) return lastCues;
  const tokens = wordTokens(context);
  const health = healthWordsOf(tokens);
  const stems = new Set<string>();
  const capitalised = new Set<string>();
  let own = false;
  let kin = false;
  tokens.forEach((t, k) => {
    if (t.lower.length >= 4 && !STOP.has(t.lower)) stems.add(t.lower.slice(0, 5));
    if (FIRST_PERSON.has(t.lower)) own = true;
    if (KIN.has(t.lower)) kin = true;
    if (k > 0 && t.letters && isCapitalised(t.raw) && !isNotName(t.lower)) capitalised.add(t.lower);
  });
  lastContext = context;
  lastCues = {
    health: health.length > 0,
    own,
    kin,
    stems,
    words: new Set(tokens.map((t) => t.lower).filter((w) => !STOP.has(w))),
    healthStems: new Set(health.map((w) => w.slice(0, 5))),
    capitalised,
  };
  return lastCues;
}

/**
 * The distinct feature buckets of one Spanish sentence of a `kind` text (answering `context` when a reply),
 * in the shared scratch buffer the next call reuses. A sentence with no health or care word and no room,
 * or with no person in it (outside a reply to someone's own or a relative's health), ties nothing to
 * anyone: undefined.
 */
export function collectSpanishPhiRiskFeatures(
  sentence: string,
  kind: TextKind,
  context = '',
  known?: KnownWords
): { buckets: Int32Array; count: number } | undefined {
  const tokens = wordTokens(sentence);
  const healthWords = new Set(healthWordsOf(tokens));
  const health = healthWords.size > 0;
  const care = tokens.some((t) => CARE_CUES.has(t.lower));
  const room = ROOM.test(sentence);
  const unit = UNIT.test(sentence);
  if (!health && !care && !room && !unit) return undefined;
  const reply = kind === 'reply';
  let addressed = false;
  let possessive = false;
  let kin = false;
  let person = false;
  let staffName = false;
  const names: string[] = [];
  tokens.forEach((t, k) => {
    if (ADDRESSED.has(t.lower)) addressed = true;
    if (POSSESSIVE.has(t.lower)) possessive = true;
    if (KIN.has(t.lower)) kin = true;
    if (PERSON.has(t.lower)) person = true;
    if (k > 0 && t.letters && isCapitalised(t.raw) && !isNotName(t.lower) && !healthWords.has(t.lower)) {
      if (known?.has(t.lower)) staffName = true;
      else names.push(t.lower);
    }
  });
  const age = AGE.test(sentence);
  const answers = reply && context.trim() !== '';
  if (!(addressed || possessive || kin || person || names.length > 0 || room || unit || age)) {
    if (!answers) return undefined;
    const cues = contextCues(context);
    if (!cues.own && !cues.kin && !(cues.health && !QUESTION_END.test(context))) return undefined;
  }

  const lower = tokens.map((t) => t.lower);
  const capitalisedAt = Uint8Array.from(tokens, (t) => (isCapitalised(t.raw) ? 1 : 0));
  startFeatures(tokens.length);
  addWordFeatures(lower, capitalisedAt);
  FLAGS.addKind(reply);
  const cue = (name: Cue): void => FLAGS.add(name, reply);
  const detail = health || care;
  const pointed = lower.some(
    (w, k) =>
      healthWords.has(w) && ((k > 0 && POINTING.has(lower[k - 1] as string)) || (k > 1 && POINTING.has(lower[k - 2] as string)))
  );
  if (pointed) cue('pointed-health');
  if (health) cue('health');
  if (care) cue('care');
  if (addressed) cue(detail ? 'addressed&health' : 'addressed');
  if (possessive && detail) cue('possessive&health');
  if (kin) cue(detail ? 'kin&health' : 'kin');
  if (person && detail) cue('person&health');
  if (names.length > 0) cue(detail ? 'other-name&health' : 'other-name');
  if (staffName) cue('staff-name');
  if (room) cue('room');
  if (unit) cue('unit');
  if (age) cue('age');
  if (DATE.test(sentence)) cue('date');
  if (RELATIVE_DAY.test(sentence)) cue('relative-day');
  if (ROUTES.test(sentence)) cue('routes');
  if (SHARE_OF_MANY.test(sentence)) cue('share-of-many');
  if (WE_OFFER.test(sentence)) cue('we-offer');

  if (answers) {
    const cues = contextCues(context);
    if (cues.health) cue('ctx-health');
    if (cues.own) cue('ctx-own');
    if (cues.kin) cue('ctx-kin');
    if (QUESTION_END.test(context)) cue('ctx-question');
    let shared = 0;
    let restated = false;
    const seen = new Set<string>();
    lower.forEach((w, k) => {
      if (seen.has(w)) return;
      seen.add(w);
      const stem = w.slice(0, 5);
      if (healthWords.has(w) && cues.healthStems.has(stem)) {
        cue('restated-health');
        if (pointed) cue('pointed-restated');
      }
      if (/^\d/.test(w) && cues.words.has(w)) cue('restated-number');
      if (w.length >= 4 && !STOP.has(w) && cues.stems.has(stem)) {
        restated = true;
        if (k > 0 && POINTING.has(lower[k - 1] as string)) cue('pointed-restated');
      }
      if (cues.words.has(w)) shared++;
    });
    if (restated) cue(addressed || possessive ? 'restated-word&addressed' : 'restated-word');
    if (shared >= 2) cue('restated-words');
    if (names.some((w) => cues.capitalised.has(w))) cue('restated-name');
  } else if (!detail) {
    cue('bare');
  }
  return currentFeatures();
}

/** collectSpanishPhiRiskFeatures as a fresh array (for training and tests). */
export function spanishPhiRiskFeatures(sentence: string, kind: TextKind, context = '', known?: KnownWords): number[] | undefined {
  const features = collectSpanishPhiRiskFeatures(sentence, kind, context, known);
  return features && Array.from(features.buckets.subarray(0, features.count));
}
