import { BLOOD_TYPES } from '../vocab/lab-tests';
import { speaksOfOwnCare } from './health-detail-detector';
import { personCandidate, type PhiCandidate } from './phi-candidate';
import { answeredComment, QUESTION_WORDS, type PhiScan } from './phi-scan';

/** A date ("5/12", "March 3"; May is left out, it is also a verb). */
const CALENDAR_DATE = String.raw`(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})`;
/** A day word, a date, or a month ("the lymphoma diagnosis in April"; March and May are verbs too). */
const DAY = String.raw`(?:today|tonight|tomorrow|yesterday|last\s+night|last\s+week|(?:last|this|next)\s+weekend|this\s+(?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${CALENDAR_DATE}(?:st|nd|rd|th)?|january|february|april|june|july|august|september|october|november|december)`;
const OUR_HOURS_BEFORE = /\b(?:open|opens|closed|hours|until)\s+(?:on\s+|this\s+|every\s+)?$/i;
/** "a nurse can help tonight", "call us today", "For anything else tonight, our nurse line…": when we can help, not the day of their care. */
const OUR_HELP_BEFORE =
  /\b(?:help(?:\s+you)?|call(?:\s+us)?|reach\s+(?:us|someone)|talk\s+(?:to\s+\w+|with\s+\w+)|answer|available|on\s+call|see\s+you|for\s+(?:anything|everything)(?:\s+else)?)\s+(?:right\s+)?(?:now\s+)?(?:or\s+)?$/i;
const DAY_RE = new RegExp(String.raw`\b${DAY}\b`, 'gi');
/** A day of care in the comment: the day and an appointment word, a death ("we lost my father last week") or a health term in one clause. */
const CARE_WORD =
  /\b(?:surgery|procedure|appointment|appt|scan|test|biopsy|mri|ct|x-?ray|ultrasound|mammogram|colonoscopy|endoscopy|infusion|chemo|iv|blood\s+(?:draw|work)|labs?|vaccines?|vaccination|injection|shot|visit|check-?up|physical|op|operation|delivery|induction|c-?section|stitches|removal|extraction|transplant|dialysis|treatment|session|therapy|induced|discharged?|admitted|urgent\s+care|er|emergency\s+room|hospital|hospice|passed(?:\s+away)?|died|funeral|lost\s+(?:my|our|her|his)\s+\w+)\b/i;

/** "my ER trip on 5/12", "my biopsy from March 3": the date of the writer's own care, even inside a question. */
const MY_CARE_ON_DATE = new RegExp(
  String.raw`\bmy\s+(?:[\w-]+\s+){0,2}?${CARE_WORD.source}\s+(?:(?:trip|visit|bill|stay)\s+)?(?:on|from)\s+(${CALENDAR_DATE})\b`,
  'gi',
);

/** "yo is the flu clinic today or tomorrow": a question without its question mark. */
const ASKS = new RegExp(String.raw`^\s*(?:(?:yo|hey|hi|hello|ok|okay|so|quick\s+q(?:uestion)?)[,!:]?\s+)?(?:${QUESTION_WORDS})\s`, 'i');

/** "…her cardiology appt Thursday, any help?": a statement with a plea for help tacked on is still a statement. */
const ASK_FOR_HELP_TAIL = /,\s*(?:any|anyone|ideas?|thoughts|tips|suggestions|recs?|advice|help)\b[^.!?]*\?+\s*$/i;

/** "Sending you so much love today": a wish for the day, not the day of their care said back. */
const SENTIMENT_BEFORE = /\b(?:love|hugs|prayers|thoughts|peace|comfort|strength|light|thinking\s+of\s+you|holding\s+you(?:\s+close)?)\s+$/i;

/** "This  Morning" and "this morning" are one day. */
const dayKey = (day: string): string => day.toLowerCase().replace(/\s+/g, ' ');

/**
 * "Good luck Thursday!" to someone whose comment says their colonoscopy is Thursday: the day of their care, said
 * back in public. Only a day the writer gave about their own care (first person, or news without the "I": "Vasectomy on
 * Friday lol nervous") and that the reply repeats.
 */
export function findRestatedCareDays(scan: PhiScan): PhiCandidate[] {
  const { text } = scan;
  const context = answeredComment(scan);
  if (!context || !speaksOfOwnCare(scan, context)) return [];
  const careDays = new Set<string>();
  // "Can I get my blood test done Saturday?" asks when we are open; it does not say when their care is.
  for (const whole of careClauses(scan, context, CARE_WORD)) {
    const clause = whole.replace(ASK_FOR_HELP_TAIL, '');
    if (!clause.includes('?') && !ASKS.test(clause)) for (const m of clause.matchAll(DAY_RE)) careDays.add(dayKey(m[0]));
    // "Who do I talk to about the charge from my ER trip on 5/12?": a question can still date care that happened.
    else for (const m of clause.matchAll(MY_CARE_ON_DATE)) careDays.add(dayKey(m[1] as string));
  }
  if (careDays.size === 0) return [];
  const out: PhiCandidate[] = [];
  for (const m of text.matchAll(DAY_RE)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!careDays.has(dayKey(m[0])) || OUR_HOURS_BEFORE.test(before.slice(-16)) || OUR_HELP_BEFORE.test(before) || SENTIMENT_BEFORE.test(before)) continue;
    out.push(personCandidate(m, 'date', 'phi.date.restated-care-day', 'The day of their care the commenter gave, said back in the reply'));
  }
  return out;
}

/** "I'm O neg and can come tomorrow": a donor's blood type dates a donation, not care. */
const BLOOD_TYPE_TERMS: ReadonlySet<string> = new Set(BLOOD_TYPES.split('|'));
const isBloodType = (written: string): boolean => BLOOD_TYPE_TERMS.has(written.toLowerCase().replace(/\s+/g, ' '));

/** The clauses of the comment that hold a health term or match `cue`: where the commenter speaks of care. */
function careClauses(scan: PhiScan, context: string, cue: RegExp): string[] {
  const terms = scan.contextHealthTerms();
  const out: string[] = [];
  // An emoji ends a thought as a full stop does: "last Thursday and already bored 😂 ideas to keep him busy?"
  for (const c of context.matchAll(/[^.!?;\n\p{Extended_Pictographic}]+[.!?;\n\p{Extended_Pictographic}\uFE0F\s]*/gu)) {
    const clause = c[0];
    if (terms.some((t) => t.start >= c.index && t.start < c.index + clause.length && !isBloodType(context.slice(t.start, t.end))) || cue.test(clause)) out.push(clause);
  }
  return out;
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const STAY_RE = new RegExp(
  String.raw`\b(\d{1,2}|${COUNT_WORDS.join('|')})\s+(?:long\s+|whole\s+|full\s+|straight\s+)?(days?|nights?|weeks?|months?)\b`,
  'gi'
);
/** Words that make a counted stretch of time a stay in care rather than anything else the commenter counted. */
const STAY_WORD =
  /\b(?:in\s+for|stay(?:ed)?|spent|admitted|hospital(?:ized)?|inpatient|nicu|picu|icu|floor|unit|ward|bed\s*rest|rehab|recover(?:y|ing|ed)?|on\s+oxygen|with\s+(?:rsv|covid|pneumonia|the\s+flu))\b/i;
/** "most people recover within two weeks", "results can take 3 days": how long such things take in general. */
const GENERAL_SPAN_BEFORE =
  /\b(?:can|may|might|usually|typically|often|up\s+to|within|every|per|most|some|takes?|about)\b[^.!?]*$/i;

/** "5 days" and "Five days" are one stay. */
function stayKey(count: string, unit: string): string {
  const lower = count.toLowerCase();
  const n = COUNT_WORDS.indexOf(lower);
  return `${n >= 0 ? n : Number(lower)} ${unit.toLowerCase().replace(/s$/, '')}`;
}

/**
 * "Five days feels like forever" after "my daughter was in for 5 days with RSV": how long the commenter's (or their
 * family member's) care lasted, said back in public, dates that care as surely as the day it began.
 */
export function findRestatedCareStays(scan: PhiScan): PhiCandidate[] {
  const { text } = scan;
  const context = answeredComment(scan);
  // Whoever's stay it was ("Two weeks on your oncology floor", "my dad's 10 days in the ICU"), saying it back dates their care.
  if (!context || !/\b(?:days?|nights?|weeks?|months?)\b/i.test(text)) return [];
  const stays = new Set<string>();
  for (const clause of careClauses(scan, context, STAY_WORD))
    for (const m of clause.matchAll(STAY_RE)) stays.add(stayKey(m[1] as string, m[2] as string));
  if (stays.size === 0) return [];
  const out: PhiCandidate[] = [];
  for (const m of text.matchAll(STAY_RE)) {
    if (
      !stays.has(stayKey(m[1] as string, m[2] as string)) ||
      GENERAL_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    out.push(personCandidate(m, 'date', 'phi.date.restated-care-stay', "How long the commenter's care lasted, said back in the reply"));
  }
  return out;
}
