import { asciiWords, hasAnyOf } from '../text/ascii-words';
import type { PhiCandidate } from './phi-candidate';
import { healthTermInSentenceAt, type PhiScan } from './phi-scan';

/**
 * The English described-patient rules read "a 48-year-old Westfield firefighter". Spanish puts the age after who someone
 * is: "una mujer de 67 años del barrio Santa Rita", "un agricultor jubilado de 81 años de Shelbyville", "nuestra paciente
 * de 101 años". Who someone is and their age, beside a place, their condition or care, points at one person.
 */

const PERSON_NOUN = String.raw`(?:mujer|hombre|señora|señor|niñ[oa]|chic[oa]|muchach[oa]|joven|adolescente|beb[eé]|hij[oa]|niet[oa]|paciente|abuel[oa]|abuelit[oa]|agricultor(?:a)?|campesin[oa]|jornaler[oa]|trabajador(?:a)?|repartidor(?:a)?|maestr[oa]|estudiante|jugador(?:a)?|atleta|madre|padre|mam[aá]|pap[aá]|vecin[oa]|conductor(?:a)?|chofer|bomber[oa]|polic[ií]a|veterano|jubilad[oa]|corredor(?:a)?|nadador(?:a)?|oyente|lector(?:a)?|seguidor(?:a)?|voluntari[oa]|donante|residente|ciclista|mec[aá]nic[oa]|cocinera?|albañil|costurera|ranchero|enfermer[oa]|soldador(?:a)?|techador(?:a)?|carpinter[oa]|electricista|plomer[oa]|pintor(?:a)?|pescador(?:a)?|camioner[oa]|obrer[oa]|empacador(?:a)?|lecher[oa]|vaquer[oa]|jardiner[oa]|ganader[oa]|pizcador(?:a)?|cortador(?:a)?|porter[oa]|delanter[oa]|lanzador(?:a)?|bateador(?:a)?|receptor(?:a)?|defensa|mariscal\s+de\s+campo)`;

/** "una mujer de 67 años", "el chico de 15 años", "nuestra paciente de 101 años", "Caso del mes: mujer de 67 años": one person and their age. */
const DESCRIBED_AGE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:un|una|el|la|al|del|su|tu|nuestr[oa])\s+|(?<=(?:^|[:—–])\s*))${PERSON_NOUN}(?:\s+\p{Ll}+){0,2}?\s+de\s+(\d{1,3})\s+(?:años|meses)(?![\p{L}])`,
  'giu',
);

/** "la más joven, de 14 años, que viene desde Maple Heights": the one of a group singled out by her age. */
const SINGLED_OUT_AGE = /(?<![\p{L}])(?:la|el|al|a\s+la)\s+m[aá]s\s+(?:joven|pequeñ[oa]|chiquit[oa]|mayor|grande),?\s+(?:de\s+)?(\d{1,3})\s+(?:años|meses)(?![\p{L}])/giu;

/** "acompañó a Nayeli, de 5 años, a su primera cita", "la mamá de Sofi, 11 años, …": an age set after a name between commas. */
const NAMED_AGE = /(?<=[^\p{L}]\p{Lu}\p{Ll}+),\s+(?:de\s+)?(\d{1,3})\s+(?:años|meses)(?=,)/gu;

/** "… del barrio Santa Rita", "… de Shelbyville", "… de la Preparatoria Central", "… en la Unidad 4B", "… atropellado frente a la Escuela Roosevelt", "… viene desde Maple Heights": where that person is from, stays or was hurt. */
const PLACE_AFTER = /^[^.!?\n]{0,50}?(?<![\p{L}])(?:de|del|en|desde|frente\s+al?|cerca\s+del?)\s+(?:(?:la|el|los|las)\s+)?(?:barrio\s+|colonia\s+|rancho\s+|calle\s+|avenida\s+)?\p{Lu}[\p{Ll}]/u;

/** "Un vecino", "la señora", "nuestro paciente": one person, as a sentence brings them in. */
const ONE_PERSON = new RegExp(String.raw`(?<![\p{L}])(?:un|una|el|la|al|del|nuestr[oa])\s+${PERSON_NOUN}(?![\p{L}])`, 'iu');

/** What says the sentence tells of that person's care, beside a listed health term. */
const CARE_VERB = /(?<![\p{L}])(?:diagnostic(?:aron|aran|ó|o)|lleg[oó]|naci[oó]|ten[ií]a|tuvo|le\s+hac[ií]amos|detect[oó]|detectamos|l[oa]\s+llevamos|diagnosticamos|operamos|atendimos|atendi[oó]|atendieron|tratad[oa]|recibi[oó]|realizaron|hicimos|sali[oó]|ingres[oó]|internad[oa]|salvamos|le\s+(?:detectamos|hicimos|pusimos|salvaron))(?![\p{L}])/iu;

const KEY_WORDS = ['os', 'anos', 'meses'];
// asciiWords cuts "presión" at the accent.
const READING_WORDS = ['presi', 'presion'];

/** "Un vecino de la colonia Las Flores … le diagnosticaron enfermedad renal": the sentence at `offset` tells of one person's care. */
export function tellsOfOnePersonsCare(scan: PhiScan, offset: number): boolean {
  return scan.sentenceMatches(ONE_PERSON, offset) && tellsOfCare(scan, offset);
}

/** "la presión en 210/120": a blood pressure reading, which Spanish names with a word the health lists cannot hold alone. */
const BLOOD_PRESSURE_READING = /(?<![\p{L}])presi[oó]n(?:\s+arterial)?\s+(?:de|en)\s+\d{2,3}\s*\/\s*\d{2,3}(?!\d)/iu;
const BLOOD_PRESSURE_READINGS = new RegExp(BLOOD_PRESSURE_READING.source, 'giu');

/** The sentence at `offset` holds a listed health term or a reading, and a verb of someone's care. */
const tellsOfCare = (scan: PhiScan, offset: number): boolean =>
  (healthTermInSentenceAt(scan, offset) || scan.sentenceMatches(BLOOD_PRESSURE_READING, offset)) && scan.sentenceMatches(CARE_VERB, offset);

/** "En julio, nuestras Urgencias atendieron a 3,200 pacientes", "encontró presión alta en 40 trabajadores": a count of many, no one's date or reading. */
export const COUNT_OF_MANY = /(?<![\p{L}\d])(?:\d{1,3}[.,]\d{3}|\d{2,})\s+(?:pacientes|personas|beb[eé]s|niñ[oa]s|familias|partos|trabajador[ae]s|mam[aá]s|adultos|vecinos|hombres|mujeres|choferes|conductores)(?![\p{L}])/iu;

/** "detectó una presión de 190/120 en un trabajador del turno de noche y lo llevamos a Urgencias": one person's reading. */
function readingsOfOne(scan: PhiScan, words: ReadonlySet<string>): PhiCandidate[] {
  if (!scan.text.includes('/') || !hasAnyOf(words, READING_WORDS)) return [];
  return [...scan.text.matchAll(BLOOD_PRESSURE_READINGS)]
    .filter((m) => tellsOfOnePersonsCare(scan, m.index) && !scan.sentenceMatches(COUNT_OF_MANY, m.index))
    .map((m) => ({ type: 'lab', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.lab.spanish-reading-of-one', why: "One person's reading, told with when or where they came to us, identifies them" }));
}

export function findSpanishDescribedPersons(scan: PhiScan): PhiCandidate[] {
  if (scan.clinical) return [];
  const words = asciiWords(scan.text);
  const out: PhiCandidate[] = readingsOfOne(scan, words);
  if (!hasAnyOf(words, KEY_WORDS)) return out;
  const { text } = scan;
  const push = (m: RegExpMatchArray) => {
    const end = (m.index as number) + m[0].length;
    const at = end - m[0].length + m[0].lastIndexOf(m[1] as string);
    out.push({ type: 'age', start: at, end, link: 'person', rule: 'phi.age.spanish-described', why: 'Who someone is and their age, beside where they are from or their care, identify them' });
  };
  for (const described of [DESCRIBED_AGE, SINGLED_OUT_AGE])
    for (const m of text.matchAll(described)) {
      const end = m.index + m[0].length;
      if (Number(m[1]) > 89 || PLACE_AFTER.test(text.slice(end, scan.sentenceOf(m.index).end)) || tellsOfCare(scan, m.index)) push(m);
    }
  // A name with an age is one person already: their condition beside it is enough.
  for (const m of text.matchAll(NAMED_AGE)) if (Number(m[1]) > 89 || healthTermInSentenceAt(scan, m.index)) push(m);
  return out;
}
