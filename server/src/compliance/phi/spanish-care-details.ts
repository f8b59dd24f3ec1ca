import { asciiWords, hasAnyOf } from '../text/ascii-words';
import type { PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';
import { wholeWordOccurrences } from '../text/whole-word';
import { speaksSpanishOfThemselves } from './health-detail-detector';
import { COUNT_OF_MANY, tellsOfOnePersonsCare } from './spanish-described-person';

/**
 * The English date and street rules read English cues ("yesterday", "admitted", "lives on"); a post or reply in Spanish
 * tells the same things in its own words: "dio a luz ayer", "la vimos en su consulta la semana pasada", "una señora que
 * vive sola en la calle Jacinto".
 */

/** Words one of the Spanish patterns below needs, so a text without any skips them. */
const SPANISH_DAY_WORDS = ['ayer', 'anoche', 'antier', 'anteayer', 'pasada', 'pasado', 'hace', 'hoy', 'noche', 'desde', 'despu'];
const SPANISH_MONTH_WORDS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'];
const SPANISH_ROOM_WORDS = ['cama', 'incubadora', 'cuarto', 'cuna', 'consultorio', 'sill', 'sillon', 'camilla', 'unidad', 'sala', 'apartamento', 'depto'];
const SPANISH_NEIGHBOURHOOD_WORDS = ['barrio', 'colonia', 'fraccionamiento'];
const SPANISH_STREET_WORDS = ['calle', 'avenida', 'callejon', 'camino'];

const WEEKDAY = String.raw`(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)`;

/** "ayer", "hoy" (not "hoy en día", nor "hoy se dedica a" of someone's work now), "la semana pasada", "4 meses después de", "el martes pasado", "el sábado por la noche", "desde el domingo", "hace tres días": a day told relative to today. */
const SPANISH_RELATIVE_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:ayer|anoche|antier|anteayer|hoy(?!\s+(?:en\s+)?d[ií]a|\s+(?:se\s+dedica|trabaja|dirige|ense[ñn]a|ayuda\s+a))|el\s+${WEEKDAY}\s+(?:por\s+la\s+(?:noche|mañana|tarde)|pasado)|desde\s+el\s+${WEEKDAY}|(?:la\s+)?semana\s+pasada|hace\s+(?:\d+|un|una|dos|tres|cuatro|cinco)\s+(?:d[ií]as|semanas|mes(?:es)?|años?)|(?:\d+|un|una|dos|tres|cuatro|cinco|seis)\s+(?:d[ií]as|semanas|mes(?:es)?)\s+despu[eé]s(?=\s+de\s))(?![\p{L}])`,
  'giu',
);

/** What makes that day someone's care: a birth ("llegó a las 12:07am"), a death ("la pérdida de tu esposo"), an operation, a stay, a visit, a fall, a call or a double dose we handled (not a service named alone: "urgencias", "clases de parto"). */
const SPANISH_CARE_CUE =
  /(?<![\p{L}])(?:d(?:io|ar)\s+a\s+luz|sigue\s+en\s+observaci[oó]n|falleci[oó]|(?:p[eé]rdida|muerte|partida)\s+de\s+(?:tu|su)\s+(?:espos[oa]|mam[aá]|pap[aá]|madre|padre|hij[oa]|beb[eé]|abuel[oa]|herman[oa]|marido)|naci[oó]|nacieron|(?<!reci[eé]n\s)nacid[oa]s?|atend(?:er|imos|ieron|i[oó])\s+(?:\p{L}+\s+){0,2}?un\s+parto|est[aá]\s+en\s+(?:la\s+)?(?:terapia\s+intensiva|cuidados\s+intensivos|uci|ucin)|(?:el\s+)?parto\s+fue|se\s+fue\s+a\s+casa|sali[oó]\s+del\s+hospital|lleg[oó]\s+a\s+las\s+\d{1,2}:\d{2}\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.)?|nos\s+(?:trajeron|trajo)|vino\s+(?:caminando\s+)?a\s+su\s+(?:control|cita|consulta)|estuvo\s+en\s+(?:la\s+)?(?:cama|incubadora|ucin|uci|terapia)|operad[oa]|l[oa]s?\s+operaron|internad[oa]|hospitalizad[oa]|ingres[oó]|dad[oa]\s+de\s+alta|(?<!(?:hacer|agendar|programar|pedir|sacar)\s+)(?:en\s+)?su\s+(?:consulta|cita|visita)|l[oa]s?\s+atendimos|(?:que\s+)?atendimos\s+a(?!\s+(?:[\d.,]+|m[aá]s\s+de|cientos|miles)\b)|atendieron\s+a|que\s+atendimos|atendid[oa]\s+en|se\s+desmay[oó]|se\s+desplom[oó]|l[oa]s?\s+reanimaron|reanimaron\s+a|(?:ya\s+)?est[aá]\s+estable|atendi[oó]\s+(?:ayer\s+|hoy\s+|anoche\s+)?(?:a|la\s+llamada\s+de)\s+(?:un|una)|doble\s+dosis|lleg[oó]\s+(?:muy\s+)?(?:confundid[oa]|desorientad[oa]|maread[oa]|inconsciente|sangrando|con\s+(?:fiebre|dolor|la\s+(?:glucosa|presi[oó]n)|el\s+az[uú]car))|verl[oa]s?\s+en|se\s+cay[oó]|lleg[oó]\s+a\s+(?:urgencias|emergencias)|(?:su|tu)\s+(?:cirug[ií]a|parto|ces[aá]rea)|se\s+hizo\s+(?:sus?|la|el|las|los)\s+(?:primer[oa]s?\s+)?(?:pruebas?|estudios?|an[aá]lisis|ex[aá]menes|cirug[ií]a|operaci[oó]n|biopsia|vacunas?))(?![\p{L}])/iu;

/** "el 12 de agosto", "en diciembre de 2023": a Spanish calendar day or month, someone's when the sentence tells of their care. */
const SPANISH_DATE =
  /(?<![\p{L}\d])(?:\d{1,2}\s+de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+de\s+\d{4})?(?![\p{L}])/giu;

/** "la cama 8", "la incubadora 3", "la habitación 214", "el consultorio 4", "el sillón 3" of dialysis or infusion, "la Unidad 3B", "el apartamento 4B": where someone stays, lives or was seen. */
const SPANISH_ROOM = /(?<![\p{L}])(?:cama|camilla|incubadora|habitaci[oó]n|cuarto|cuna|consultorio|sill[oó]n|unidad|apartamento|depto\.?|sala\s+de\s+(?:parto|partos|labor|recuperaci[oó]n))\s+#?\d{1,4}[A-Z]?(?![\p{L}\d])/giu;
/** "¡Juan Pablo, de la incubadora 5, …": the room set off right after a name. */
const NAMED_BEFORE_ROOM = /\p{Lu}\p{Ll}+,\s*(?:de|en)\s+(?:la|el)\s+$/u;
/** Beds and rooms the location detector already reads after a name ("Don Ernesto, de la habitación 214"). */
const ROOMS_FOUND_ELSEWHERE = /^(?:cama|habitaci|cuarto)/i;
/** "Héctor Salinas, de la colonia Las Palmas", "Rosa, del barrio Obrero": the neighbourhood of the person just named. */
export const NAMED_BEFORE_PLACE = /\p{Lu}\p{Ll}+,\s*(?:de|en|del)\s+(?:(?:la|el)\s+)?$/u;
/** Whose room or neighbourhood it is: a child, a parent, a patient (not "vecinos" or "familias", whom an event invites). */
const SPANISH_PERSON_CUE = /(?<![\p{L}])(?:beb[eé]s?|niñ[oa]s?|pequeñ[oa]|trilliz[oa]s|gemel[oa]s|melliz[oa]s|paciente|mam[aá]|pap[aá]s?|hij[oa]|señor[a]?|abuel[oa]|se\s+fue\s+a\s+casa|cumpleaños|tu\s+consulta|su\s+consulta)(?![\p{L}])/iu;

/** "un niño de 4 años del barrio San Rafael", "vecinos de la colonia Los Álamos": the neighbourhood a person lives in. */
const SPANISH_NEIGHBOURHOOD =
  /(?<![\p{L}])(?:[Bb]arrio|[Cc]olonia|[Ff]raccionamiento)\s+(?:de\s+)?((?:(?:las|los|la|el|Las|Los|La|El)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

/** "vive sola en la calle Jacinto", "una señora de la calle Robles", "Carmen Ibarra, de la calle Olmo 22", "la casa azul de la calle Los Pinos 214": the street someone lives on. */
const SPANISH_HOME_STREET =
  /(?<![\p{L}])(?:[Vv]iv(?:e|en|ía|ia|o|imos)|(?:señora|señor|abuel[oa]|abuelit[oa]|niñ[oa]|familia|vecin[oa]|paciente|casa|domicilio)[^.!?\n]{0,40}?|\p{Lu}\p{Ll}+,)\s+(?:sol[oa]\s+)?(?:en|de)\s+la\s+((?:[Cc]alle|[Aa]venida|[Cc]allej[oó]n|[Cc]amino)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;

export function findSpanishCareDetails(scan: PhiScan): PhiCandidate[] {
  if (scan.clinical) return [];
  const { text } = scan;
  const out: PhiCandidate[] = [];
  const words = asciiWords(text);
  if (hasAnyOf(words, SPANISH_DAY_WORDS))
    for (const m of text.matchAll(SPANISH_RELATIVE_DAY)) {
      if (!SPANISH_CARE_CUE.test(scan.sentenceText(m.index))) continue;
      out.push({ type: 'date', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.date.spanish-care', why: "A day of someone's care, even a relative one, helps identify them" });
    }
  if (hasAnyOf(words, SPANISH_MONTH_WORDS))
    for (const m of text.matchAll(SPANISH_DATE)) {
      const sentence = scan.sentenceText(m.index);
      if (!SPANISH_CARE_CUE.test(sentence) || COUNT_OF_MANY.test(sentence)) continue;
      out.push({ type: 'date', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.date.spanish-care', why: "A date of someone's care identifies them" });
    }
  if (hasAnyOf(words, SPANISH_ROOM_WORDS) || text.includes('habitaci')) {
    // "La esperamos en el sillón 9" to "Soy la del sillón 9": the room the comment gave, said back.
    const comment = answeredComment(scan)?.toLowerCase();
    for (const m of text.matchAll(SPANISH_ROOM)) {
      if (!SPANISH_PERSON_CUE.test(scan.sentenceText(m.index)) && !SPANISH_CARE_CUE.test(scan.sentenceText(m.index)) && !comment?.includes(m[0].toLowerCase()) && !(NAMED_BEFORE_ROOM.test(text.slice(Math.max(0, m.index - 40), m.index)) && !ROOMS_FOUND_ELSEWHERE.test(m[0]))) continue;
      out.push({ type: 'location', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.location.spanish-room', why: "A patient's room or bed identifies them" });
    }
  }
  if (hasAnyOf(words, SPANISH_NEIGHBOURHOOD_WORDS))
    for (const m of text.matchAll(SPANISH_NEIGHBOURHOOD)) {
      if (!SPANISH_PERSON_CUE.test(scan.sentenceText(m.index)) && !tellsOfOnePersonsCare(scan, m.index) && !NAMED_BEFORE_PLACE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const place = m[1] as string;
      const start = m.index + m[0].length - place.length;
      out.push({ type: 'location', start, end: start + place.length, link: 'person', rule: 'phi.location.spanish-neighbourhood', why: 'The neighbourhood someone lives in narrows down who they are' });
    }
  if (hasAnyOf(words, SPANISH_STREET_WORDS))
    for (const m of text.matchAll(SPANISH_HOME_STREET)) {
      const street = m[1] as string;
      const start = m.index + m[0].length - street.length;
      out.push({ type: 'address', start, end: start + street.length, link: 'person', rule: 'phi.address.spanish-street', why: 'The street someone lives on identifies them' });
    }
  out.push(...streetsSaidBack(scan), ...homeAreasSaidBack(scan), ...pregnancyWeeksSaidBack(scan));
  return out;
}

/** "Tengo 34 semanas de embarazo", "nació de 28 semanas": how far along the commenter is, or was when the baby came. */
const WEEKS_PREGNANT = /(?<![\p{L}\d])(\d{1,2})\s+semanas\s+de\s+embarazo(?![\p{L}])|(?<![\p{L}])(?:embarazada\s+de|naci[oó]\s+(?:de|a\s+las))\s+(\d{1,2})\s+semanas(?![\p{L}])/iu;

/** "¡Felicidades por sus 34 semanas!" after "Tengo 34 semanas de embarazo": the pregnancy the commenter told of, said back. */
function pregnancyWeeksSaidBack(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  const told = context ? WEEKS_PREGNANT.exec(context) : null;
  if (!told) return [];
  const weeks = (told[1] ?? told[2]) as string;
  const said = new RegExp(String.raw`(?<![\p{L}\d])${weeks}\s+semanas(?![\p{L}])`, 'gu');
  return [...scan.text.matchAll(said)].map((m) => ({ type: 'diagnosis', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.diagnosis.spanish-weeks-said-back', why: 'How far along the commenter is, said back in the reply' }));
}

const LIVES = /(?<![\p{L}])viv(?:o|imos|e|en)(?![\p{L}])/iu;

/** "¿Hacen entregas en la colonia Las Palmas? Mi mamá ya no camina" answered with "¡Sí llegamos hasta Las Palmas!": where the commenter's family lives, said back. */
function homeAreasSaidBack(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !hasAnyOf(asciiWords(context), SPANISH_NEIGHBOURHOOD_WORDS) || !(speaksSpanishOfThemselves(context) || LIVES.test(context))) return [];
  const out: PhiCandidate[] = [];
  for (const m of context.matchAll(SPANISH_NEIGHBOURHOOD)) {
    const area = m[1] as string;
    if (scan.dir.orgWords.has(area.split(/\s+/).pop()!.toLowerCase())) continue;
    for (const { start, end } of wholeWordOccurrences(scan.text, area))
      out.push({ type: 'location', start, end, link: 'person', rule: 'phi.location.spanish-area-said-back', why: 'The neighbourhood the commenter or their family lives in, said back in the reply' });
  }
  return out;
}

/** "Vivo en la calle Jacaranda 214…" answered with "…desde la calle Jacaranda": the commenter's street, said back. */
function streetsSaidBack(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !hasAnyOf(asciiWords(context), SPANISH_STREET_WORDS)) return [];
  const out: PhiCandidate[] = [];
  for (const m of context.matchAll(SPANISH_HOME_STREET))
    for (const { start, end } of wholeWordOccurrences(scan.text, m[1] as string))
      out.push({ type: 'address', start, end, link: 'person', rule: 'phi.address.spanish-street-said-back', why: 'The street the commenter lives on, said back in the reply' });
  return out;
}
