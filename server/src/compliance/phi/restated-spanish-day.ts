import { speaksSpanishOfThemselves } from './health-detail-detector';
import { personCandidate, type PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';
import { folded } from './restated-spanish';

const MONTH = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const WEEKDAY = 'lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo';
/** "el 3 de marzo", "el jueves", "la próxima semana", "mañana": a day in Spanish (its key is the part after the article). */
const DAY_ES = new RegExp(
  String.raw`(?<![\p{L}\d])(?:el\s+|este\s+|pr[oó]ximo\s+)?(\d{1,2}\s+de\s+(?:${MONTH})|${WEEKDAY}|hoy|ayer|anoche|mañana(?!\s+(?:y|o)\s+tarde)|(?:la\s+)?(?:pr[oó]xima\s+semana|semana\s+que\s+(?:viene|entra)))(?![\p{L}])`,
  'giu',
);
/** What makes a day in the comment a day of care: an operation, a visit, a test, a delivery ("salgo de cuentas": the due date). */
const CARE_WORD_ES =
  /(?<![\p{L}])(?:oper\p{L}*|sal(?:go|e|es|imos)\s+de\s+cuentas|(?:doy|dar[eé])\s+a\s+luz|cirug[ií]a|cita|consulta|biopsia|colonoscop[ií]a|endoscop[ií]a|mamograf[ií]a|resonancia|tomograf[ií]a|ultrasonido|ecograf[ií]a|an[aá]lisis|estudios?|quimio\p{L}*|radioterapia|di[aá]lisis|parto|ces[aá]rea|inducci[oó]n|me\s+(?:quitan|sacan|ponen|hacen)|le\s+(?:quitan|sacan|ponen|hacen)|la\s+(?:quitan|sacan)|lo\s+(?:quitan|sacan)|internad\p{L}*|hospitaliz\p{L}*|alta|trasplante|procedimiento|vacuna)(?![\p{L}])/iu;
/** "abrimos el sábado", "llame hoy", "para que le revisen hoy mismo": when we are open or can help, not the day of their care. */
const OUR_HOURS_OR_HELP_BEFORE =
  /(?<![\p{L}])(?:abrimos|abre|abren|cerramos|cierra|horario|hasta|desde|ll[aá]m\p{L}*|escr[ií]b\p{L}*|comun[ií]quese|disponible|atendemos|atiend\p{L}*|revis\p{L}*|vean|acud\p{L}*|pase|venga|ven)\s+(?:\p{L}+\s+)?$/iu;

/** "de lunes a viernes": the first day of the days we are open. */
const DAY_RANGE_AFTER = new RegExp(String.raw`^\s+a\s+(?:${WEEKDAY})(?![\p{L}])`, 'iu');

/** A clause of a Spanish comment; the stop after a title ("la Dra. Raman") does not end it. */
const SPANISH_CLAUSE = /(?:[^.!?;¿\n\p{Extended_Pictographic}]|(?<=(?<![\p{L}])(?:Dr|Dra|Sr|Sra|Srta|Lic))\.)+[.!?;\n\p{Extended_Pictographic}\uFE0F\s]*/gu;

const dayKey = (day: string): string => folded(day).replace(/^la /, '');

/**
 * "¡Mucho ánimo para el 3 de marzo!" to someone whose comment says "Me operan de la rodilla el 3 de marzo": the day of their
 * care, said back in public (the Spanish side of restated-day.ts). A day only counts when the comment's clause that gives it
 * speaks of care and is no question ("¿Puedo ir el sábado por mi vacuna?" asks when we are open).
 */
export function findRestatedSpanishCareDays(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !speaksSpanishOfThemselves(context)) return [];
  const careDays = new Set<string>();
  // "…la operan de la vesícula la próxima semana, ¿puedo quedarme con ella?": a question opens its own clause.
  for (const c of context.matchAll(SPANISH_CLAUSE)) {
    const clause = c[0];
    if (clause.includes('?') || clause.includes('¿') || !CARE_WORD_ES.test(clause)) continue;
    for (const m of clause.matchAll(DAY_ES)) careDays.add(dayKey(m[1] as string));
  }
  if (careDays.size === 0) return [];
  const out: PhiCandidate[] = [];
  for (const m of scan.text.matchAll(DAY_ES)) {
    if (!careDays.has(dayKey(m[1] as string)) || OUR_HOURS_OR_HELP_BEFORE.test(scan.text.slice(Math.max(0, m.index - 30), m.index)) || DAY_RANGE_AFTER.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    out.push(personCandidate(m, 'date', 'phi.date.restated-care-day', 'The day of their care the commenter gave, said back in the reply'));
  }
  return out;
}
