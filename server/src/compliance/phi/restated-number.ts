import type { PhiCandidate } from './phi-candidate';
import { AGE_AND_SEX } from './age-and-sex';
import { answeredComment, type PhiScan } from './phi-scan';

/**
 * A measurement the commenter gave about themselves ("160/100", "A1c 9.2", "down 30 lbs") repeated in
 * the reply: the reply confirms it in public, like a restated condition. Only readings and amounts
 * count — a fraction, a decimal, or a number with a unit — so dates, times and phone numbers don't.
 */
const READING =
  /\b\d{2,3}\s?\/\s?\d{2,3}\b|\b\d{1,3}\.\d{1,2}\b(?!\.\d)|\b\d{1,4}\s?(?:lbs?|pounds?|kg|kilos?|mg\/dl|mmol|%|percent|degrees?|°f?|bpm|mm|cm|db|decibels?|pack[- ]years?|packs?\s+a\s+day)(?![\w])/gi;

/** "my cholesterol was 260", "A1c is finally under 7", "la bilirrubina en 18", "mi azúcar que anda en 300": a bare number right after what it measures. */
const NAMED_VALUE =
  /\b(?:cholesterol|peak\s+flow|a1c|hba1c|sugars?|glucose|bp|blood\s+pressure|heart\s+rate|pulse|weight|temp(?:erature)?|fever|oxygen|o2|sats?|ldl|hdl|triglycerides|psa|tsh|ferritin|platelets?|white\s+count|creatinine|gfr|inr|levels?|readings?|scores?|mmse|moca|phq-?9|gad-?7|beta|hcg|viral\s+load|cd4|amh|fsh|alt|ast|bun|egfr|lipase|potassium|sodium|hemoglobin|hgb|vitamin\s+d|ck|cpk|creatine\s+kinase|troponin|bilirubin|bilirrubina|glucosa|az[uú]car|colesterol|hemoglobina|plaquetas|triglic[eé]ridos|creatinina|potasio)\b(?:\s+(?:back,?|is|was|has|been|running|hovering|stays?|stayed|que|anda|andaba|sigue|segu[ií]a|en|de|es|est[aá]|estaba|sali[oó]\s+(?:en|con)|were|are|at|of|hit|now|still|always|finally|only|just|came\s+back|went\s+(?:up|down)\s+to|went\s+from|(?:jumped|rose|climbed|fell|dropped)\s+(?:from|to)|from|dropped\s+to|under|over|below|above|around|about|reading|level))*\s*:?\s*(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d)?)(?![\d:/]|\.\d|,\d|\s*(?:am|pm|a\.m|p\.m)\b)(?:\s*(?:to|-|–)\s*(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d)?)(?![\d:/]|\.\d|,\d|\s*(?:am|pm|a\.m|p\.m)\b))?/gi;
const BARE_NUMBER = /(?<![\d.,/:$-])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d)?)(?![\d:/,]|\.\d|\s*(?:am|pm|a\.m|p\.m|%)\b)/gi;

const PHONE_LIKE = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/;

const digitsOf = (s: string): string => s.replace(/[^\d./]/g, '').replace(/\s/g, '');

export function findRestatedReadings(scan: PhiScan): PhiCandidate[] {
  const { text } = scan;
  const context = answeredComment(scan);
  if (!context || !/\d/.test(context) || !/\d/.test(text)) return [];
  const given = new Set<string>();
  for (const m of context.matchAll(READING)) given.add(digitsOf(m[0]).replace(/[./]$/, ''));
  const named = new Set<string>();
  for (const m of context.matchAll(NAMED_VALUE)) for (const value of [m[1], m[2]]) if (value) named.add(value);
  if (given.size === 0 && named.size === 0) return [];
  const out: PhiCandidate[] = [];
  const restated = [...text.matchAll(READING)].map((m) => ({ at: m.index, value: m[0] }));
  const seen = (at: number): boolean => restated.some((r) => r.at === at);
  if (named.size > 0) for (const m of text.matchAll(BARE_NUMBER)) if (named.has(m[0]) && !seen(m.index)) restated.push({ at: m.index, value: m[0] });
  // "A resting heart rate of 130 isn't something to wait on" after "like 130 bpm lying in bed": the reply names what the number measures.
  if (given.size > 0)
    for (const m of text.matchAll(NAMED_VALUE))
      for (const value of [m[1], m[2]]) {
        const at = value === undefined ? -1 : m.index + m[0].lastIndexOf(value);
        if (value !== undefined && given.has(value) && !seen(at)) restated.push({ at, value });
      }
  for (const { at, value } of restated) {
    if (PHONE_LIKE.test(text.slice(Math.max(0, at - 6), at + value.length + 6))) continue;
    if (!given.has(digitsOf(value).replace(/[./]$/, '')) && !named.has(value)) continue;
    out.push({
      type: 'lab',
      start: at,
      end: at + value.length,
      link: 'person',
      rule: 'phi.lab.restated-reading',
      why: 'A reading or measurement the commenter gave about themselves, repeated in the reply',
    });
  }
  return out;
}

/**
 * The numbers `inContext` captures (group 1 or 2) in the comment that `inReply` captures again in the reply,
 * as candidates; `gate` must match both texts before either regex runs.
 */
function restatedNumbers(
  scan: PhiScan,
  gate: RegExp,
  inContext: RegExp,
  inReply: RegExp,
  found: Pick<PhiCandidate, 'type' | 'rule' | 'why'>,
): PhiCandidate[] {
  const { text } = scan;
  const context = answeredComment(scan);
  if (!context || !gate.test(context) || !gate.test(text)) return [];
  const given = new Set<string>();
  for (const m of context.matchAll(inContext)) given.add(m.slice(1).find((g) => g !== undefined) as string);
  const out: PhiCandidate[] = [];
  for (const m of given.size > 0 ? text.matchAll(inReply) : []) {
    if (!given.has(m.slice(1).find((g) => g !== undefined) as string)) continue;
    const at = m.index ?? 0;
    out.push({ ...found, start: at, end: at + m[0].length, link: 'person' });
  }
  return out;
}

/** "jersey #14", "room 312", "MRN 4471902": a number that points at one person, in the comment or the reply. */
const IDENTIFIER_NUMBER = /(?:#\s?|\b(?:jersey|number|no\.|room|bed|mrn|account|acct|member\s+id|policy|claim|case|id)\s*(?:#|number|no\.?)?\s*:?\s*)(\d{1,10})\b/gi;

/** "Hope #14 is back on the field soon" after "my daughter (jersey #14)": the reply repeats who she is. */
export function findRestatedIdentifiers(scan: PhiScan): PhiCandidate[] {
  return restatedNumbers(scan, /\d/, IDENTIFIER_NUMBER, IDENTIFIER_NUMBER, {
    type: 'id',
    rule: 'phi.id.restated-number',
    why: 'A number the commenter gave to say who someone is (a jersey, room or record number), repeated in the reply',
  });
}

/** "I'm 34 weeks", "she is 30 weeks along", "my cousin Yesenia is 29 weeks": how far along a pregnancy is. */
const CONTEXT_WEEKS = /\b(?!(?:This|That|It|He|She|There|Here|What|Which|Who|Mine|Ours|Recovery|Treatment|Rehab|Therapy)\b)\p{Lu}\p{Ll}+\s+is\s+([1-4]\d)\s+weeks\b(?!\s+old)|\b(?:i['’]?m|i\s+am|she['’]s|she\s+is|we['’]re|we\s+are|wife\s+is|at)\s+(\d{1,2})\s+weeks\b|\b(\d{1,2})\s+weeks\s+(?:pregnant|along)\b|\b([1-4]\d)\s+weeks\b(?=[^.!?]{0,40}(?:🤰|pregnan|bump|twins|triplets|\bdue\b))/giu;
const REPLY_WEEKS = /\b(\d{1,2})\s+weeks\b(?!\s+(?:ago|later|after|before|from|of|to|until|or|and))/gi;

/** "A las 30 semanas es buen momento…" after "estoy en la semana 30", "la pérdida de su bebé a las 20 semanas" after "Perdí a mi bebé a las 20 semanas": the same, in Spanish. */
const SPANISH_WEEKS_GATE = /\d\s+semanas|semana\s+\d/i;
const CONTEXT_SEMANAS =
  /(?<![\p{L}])(?:estoy|est[aá]|tengo|voy|ando|cumpl[oí])\s+(?:en\s+(?:la\s+)?)?(?:semana\s+(\d{1,2})|(\d{1,2})\s+semanas)|(\d{1,2})\s+semanas\s+de\s+embarazo|embarazada\s+de\s+(\d{1,2})\s+semanas|(?<![\p{L}])(?:perd[ií]|perdimos|perdi[oó])\s+(?:a\s+)?(?:mi|nuestr[oa]|su)\s+(?:beb[eé]|embarazo|hij[oa])\s+a\s+las\s+(\d{1,2})\s+semanas/giu;
const REPLY_SEMANAS = /(?<![\p{L}\d])(?:(\d{1,2})\s+semanas(?!\s+(?:despu[eé]s|antes|de\s+(?:espera|vacaciones)))|semana\s+(\d{1,2}))(?![\p{L}\d])/giu;

/** "At 34 weeks you're right on time" after "I'm 34 weeks" or "38 weeks tomorrow with twins": the reply repeats how far along she is. */
export function findRestatedPregnancyWeeks(scan: PhiScan): PhiCandidate[] {
  const found = { type: 'diagnosis', rule: 'phi.diagnosis.restated-pregnancy', why: 'How far along the commenter said she is, repeated in the reply' } as const;
  return [...restatedNumbers(scan, /\d\s+weeks/i, CONTEXT_WEEKS, REPLY_WEEKS, found), ...restatedNumbers(scan, SPANISH_WEEKS_GATE, CONTEXT_SEMANAS, REPLY_SEMANAS, found)];
}

/** "18 days post op", "3 weeks out from surgery", "post-op day 5": how long ago the commenter's operation was. */
const CONTEXT_POST_OP =
  /\b(\d{1,3})\s+(?:days?|weeks?)\s+(?:post[\s-]?op|out\s+(?:of|from)\s+(?:my\s+|his\s+|her\s+)?surgery|after\s+(?:my|his|her)\s+(?:[\w-]+\s+)?surgery)\b|\bpost[\s-]?op\s+day\s+(\d{1,3})\b/gi;
const REPLY_POST_OP = /\b(\d{1,3})\s+(?:days?|weeks?)\b(?!\s+(?:ago|later|from\s+now|before|of))|\bday\s+(\d{1,3})\b/gi;

/** "range of motion at 18 days post-op" after "18 days post op TKR": the reply repeats when the commenter was operated on. */
export function findRestatedPostOpDays(scan: PhiScan): PhiCandidate[] {
  return restatedNumbers(scan, /\d\s+(?:days?|weeks?)\b|\bday\s+\d/i, CONTEXT_POST_OP, REPLY_POST_OP, {
    type: 'date',
    rule: 'phi.date.restated-post-op',
    why: 'How long ago the commenter said their surgery was, repeated in the reply',
  });
}

/** "RS2-558104", "7730915": a serial, record or account code of five digits or more. */
const CODE = /(?<![\w-])[A-Z0-9][A-Z0-9-]{4,19}(?![\w-])/gi;
const codeDigits = (code: string): number => code.replace(/\D/g, '').length;

/** "For device RS2-558104, call…" after "My CPAP serial is RS2-558104": the reply repeats the commenter's own code. */
export function findRestatedCodes(scan: PhiScan): PhiCandidate[] {
  const { text } = scan;
  const context = answeredComment(scan);
  if (!context || !scan.hasDigit || !/\d{3}/.test(context)) return [];
  const given = new Set<string>();
  for (const m of context.matchAll(CODE)) if (codeDigits(m[0]) >= 5) given.add(m[0].toUpperCase());
  if (given.size === 0) return [];
  const out: PhiCandidate[] = [];
  for (const m of text.matchAll(CODE)) {
    const at = m.index ?? 0;
    if (!given.has(m[0].toUpperCase()) || PHONE_LIKE.test(text.slice(Math.max(0, at - 6), at + m[0].length + 6))) continue;
    out.push({ type: 'id', start: at, end: at + m[0].length, link: 'identifier', rule: 'phi.id.restated-code', why: 'A serial, record or account code the commenter gave, repeated in the reply' });
  }
  return out;
}

/** "Grandpa turns 94", "my mom is 96 years old", "mi abuelita cumple 96", "I'm Dolores Finch, 92,", "Im 93": an age over 89 given in the comment. */
const CONTEXT_OLD_AGE = /(?:\b(?:turn(?:s|ed|ing)?|is|was|aged?|['’]s|at|i['’]?m|am|cumple|cumpli[oó]|cumplir[aá]|tiene|ten[ií]a|tengo)\s+|\(\s*|(?<=\p{Lu}\p{Ll}+),\s)(9\d|1[01]\d)\b(?!\s*(?:%|percent|degrees|°|minutes|mins?|pounds|lbs|miles|days|weeks|months|d[ií]as|semanas|meses|minutos|grados|libras|kilos|pesos|d[oó]lares))|\b(9\d|1[01]\d)(?:[- ]?(?:years?[- ]old|yrs?[- ]old|yo|y\/o)\b|\s+today\b|\s+and\s+still\b|\s+años(?![\p{L}]))/giu;
const REPLY_OLD_AGE = /\b(9\d|1[01]\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|degrees|°|minutes|mins?|pounds|lbs|miles|days|weeks|months)|[.,:/]\d)/g;

/** "94 and still walking, what an inspiration!" after "Grandpa turns 94": an age over 89, said back. */
export function findRestatedOldAges(scan: PhiScan): PhiCandidate[] {
  return restatedNumbers(scan, /\b(?:9\d|1[01]\d)(?:st|nd|rd|th)?\b/, CONTEXT_OLD_AGE, REPLY_OLD_AGE, {
    type: 'age',
    rule: 'phi.age.restated-over-89',
    why: 'An age over 89 the commenter gave about someone, repeated in the reply',
  });
}

const NOT_AN_AGE_AFTER = String.raw`(?!\s*(?:%|percent|degrees|°|minutes|mins?|pounds|lbs|kg|miles|days|weeks|months|hours|hrs|am|pm|a\.m|p\.m|times|mg|ml|units|oz|inches|in\b)|[.,:/]\d)`;
/** "I'm 41 and just found out I'm pregnant", "she's 6 and…", "At 19 I can't afford this", "I'm Tasha, 17", "my son is 16", "diagnosed with RA at 29", "41F", "tengo 16 años", "tengo 17 y FQ", "me diagnosticaron lupus a los 24": the age the commenter gave about themselves or their family ("a 4 year old" is anyone that age). */
const CONTEXT_AGE = new RegExp(
  String.raw`\b(?:i['’]m|i\s+am|(?:he|she)['’]s|(?:he|she)\s+is|turn(?:s|ed|ing)?|aged?)\s+(\d{1,2})\b${NOT_AN_AGE_AFTER}|(?<!\b(?:a|an|any|every)\s)\b(\d{1,2})[- ]?(?:years?[- ]old|yo|y\/o)\b|\bat\s+(\d{1,2}),?\s+(?:i|i['’]m|we)\b|\b(?:do|doing|think\s+about|thinking\s+about)\s+(?:(?:this|that|it)\s+)?at\s+(1[3-9]|[2-9]\d)(?=\s*[.!?]|\s*$)|\bi['’]m\s+[a-z]+(?:\s+[a-z]+)?,\s+(\d{1,2})\b${NOT_AN_AGE_AFTER}|\b(?:son|daughter|kid|child|boy|girl|baby|husband|wife|partner|mom|dad|mother|father|brother|sister|grandson|granddaughter)\s+is\s+(\d{1,2})\b${NOT_AN_AGE_AFTER}|\bdiagnosed\s+(?:with\s+(?:[\w'’-]+\s+){1,4})?at\s+(\d{1,2})\b${NOT_AN_AGE_AFTER}|\b(?:tengo|tiene|cumpl[ií]|cumple)\s+(\d{1,2})(?:\s+a[ñn]os(?![a-z])|(?=\s*,|\s+y\s))|\bdiagnostic(?:ar|aron|ó|o|ada|ado)\s+(?:(?:con\s+)?(?:[\wáéíóúñ'’-]+\s+){1,4})?a\s+los\s+(\d{1,2})\b${NOT_AN_AGE_AFTER}|${AGE_AND_SEX}`,
  'gi',
);
// "call right at 8": a clock time, not the age said back.
// "recommended at 11–12": a range of ages is for anyone in it.
const REPLY_AGE = new RegExp(String.raw`(?<!\b(?:right\s+at|by|until|before|after|around)\s|\d[–-])\b(\d{1,2})\b(?![–-]\d)${NOT_AN_AGE_AFTER}`, 'g');

/** "Trying to quit vaping… I'm 19", "Just filled out my POLST… at 48", "Tengo 16 años y me corto": health news the term lists do not hold. */
const HEALTH_NEWS = /\b(?:vap(?:e|es|ed|ing)|smok(?:e|es|ed|ing)|nicotine|sober|sobriety|polst|molst|living\s+will|advance\s+directive|health\s+care\s+proxy|dnr|me\s+corto|cortarme|me\s+autolesiono|vapeo|fumo)\b/i;

/** The first words of HEALTH_NEWS: a comment with none of them skips the regex. */
const HEALTH_NEWS_WORDS = new Set(['vape', 'vapes', 'vaped', 'vaping', 'smoke', 'smokes', 'smoked', 'smoking', 'nicotine', 'sober', 'sobriety', 'polst', 'molst', 'living', 'advance', 'health', 'dnr', 'corto', 'cortarme', 'autolesiono', 'vapeo', 'fumo']);
const tellsHealthNews = (scan: PhiScan): boolean =>
  scan.contextTokens().some((t) => HEALTH_NEWS_WORDS.has(t.lower)) && HEALTH_NEWS.test(answeredComment(scan) ?? '');

/** "pregnancies at 41" after "I'm 41 and just found out I'm pregnant": an age the commenter gave with their health news, said back. */
export function findRestatedAges(scan: PhiScan): PhiCandidate[] {
  if (scan.contextHealthTerms().length === 0 && scan.healthTerms.length === 0 && !(scan.hasDigit && tellsHealthNews(scan))) return [];
  return restatedNumbers(scan, /(?<!\d)\d{1,2}(?!\d)/, CONTEXT_AGE, REPLY_AGE, {
    type: 'age',
    rule: 'phi.age.restated',
    why: 'An age the commenter gave with their health news, repeated in the reply',
  });
}
