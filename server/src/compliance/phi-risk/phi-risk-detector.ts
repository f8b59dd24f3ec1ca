import { indexDirectory, isDirectoryPhone, namesListedPerson } from '../directory/directory-index';
import { sentenceSpans, trimSpan, type Span } from '../text/sentences';
import { signOffStart } from '../text/trailing-sign-off';
import { greetingEnd, spanishGreetingEnd } from '../text/courtesy-opener';
import { wordTokens } from '../text/word-tokens';
import { execAll } from '../text/exec-all';
import { mayMatch } from '../text/word-gated-regexp';
import { ANIMAL, ANIMAL_AFTER_NAME, ANIMAL_WORD, namedAfterAnimal } from '../vocab/animals';
import type { DetectorContext, Finding } from '../types';
import { findHealthTerms, type HealthTermKind } from '../vocab/health-term-index';
import { FIRST_PERSON } from '../phi/phi-scan';
import { saidOfAnyone } from '../phi/health-detail-detector';
import { FAMOUS_PERSON_RULE, PUBLIC_FIGURE_RULE, PUBLIC_OFFICE_WORDS, STAFF_NAME_RULE } from '../phi/staff-role';
import { phiRiskScorer, spanishPhiRiskScorer } from './phi-risk-classifier';
import { isSpanishSentence } from '../text/spanish-sentence';
import { PHONE_NUMBER } from '../text/phone-number';
import { isShareOfMany } from '../text/share-of-many';
import type { KnownWords } from './phi-risk-features';

const WHAT: Record<HealthTermKind, string> = {
  diagnosis: 'a condition or symptom',
  lab: 'a test or result',
  procedure: 'a procedure, visit or stay',
  medication: 'a medication',
};

/** The kind of the first health term in the sentence; a condition when none is listed. */
function healthTypeOf(sentence: string): HealthTermKind {
  return findHealthTerms(wordTokens(sentence))[0]?.kind ?? 'diagnosis';
}

/** Directory words, and the words of names the PHI rules read as unlisted staff ("our ICU nurse Jamal") or public figures ("Mayor Hartwell"). */
function knownWordsOf(ctx: DetectorContext, ruleFindings: readonly Finding[]): KnownWords {
  const dir = indexDirectory(ctx.directory);
  const staff = new Set<string>();
  for (const f of ruleFindings) {
    if (f.rule !== STAFF_NAME_RULE && f.rule !== PUBLIC_FIGURE_RULE && f.rule !== FAMOUS_PERSON_RULE) continue;
    for (const w of f.text.toLowerCase().split(/[^\p{L}'’-]+/u)) if (w) staff.add(w);
    if (f.rule === PUBLIC_FIGURE_RULE) for (const w of PUBLIC_OFFICE_WORDS) staff.add(w);
  }
  return { has: (w) => dir.nameWords.has(w) || dir.orgWords.has(w) || staff.has(w) };
}

/**
 * "We'll pass this on to our cardiac rehab team": thanks relayed to colleagues. A relay that says where ("to the 3rd
 * floor team") can still place someone, so only one without a number is left out.
 */
const RELAY = /\bpass(?:ed|ing)?\s+(?:this|it|that|these|them|(?:your|the)\s+(?:[\w-]+\s+){0,2}(?:words|note|message|comments?|thanks|praise|feedback|compliments?))\s+(?:on|along)\s+to\b/i;
const isRelay = (sentence: string): boolean => RELAY.test(sentence) && !/\d/.test(sentence);

/** "988 is the Suicide & Crisis Lifeline: call or text 988 anytime": routing to a crisis or emergency line, the best answer a reply can give. */
const CRISIS_LINE = /\b(?:call|text|dial)\s+(?:or\s+text\s+)?(?:988|911)\b|\b988\s+is\s+the\b|\b(?:suicide\s*(?:&|and)\s*)?crisis\s+lifeline\b/i;

/**
 * "the Dementia Caregiver Circle", "the Shelbyville Rotary Club", "the American Heart Association": a programme or body,
 * often named after a condition, is no person; the model reads the sentence with the name as a plain "group".
 */
const PROGRAMME_NAME =
  /\b(?:\p{Lu}[\p{L}'’-]{0,30}\s+){1,3}(?:(?:Caregivers?|Family|Families|Survivors?|Parents?|Peer|Patients?|Support|Education|Awareness|Wellness|Recovery|Prevention|Management)\s+)*(?:Support\s+Group|Caregiver\s+Circle|Circle|Group|Playgroup|Café|Cafe|Network|Class|Program|Programme|Series|Walk|Run|Workshop|Meetup|Club|Association|Society|Foundation|Institute|Bureau|Coalition|Alliance|Council|Federation|League|Fund|Schools|District|Week|(?:\p{Lu}[\p{L}'’-]{0,30}\s+){1,2}Clinic)(?![\p{L}\p{N}_])/gu;
/**
 * "finished our anaphylaxis and inhaler training", "earned her stroke nursing certification": a course, not anyone's care.
 * Words are bounded in length so a run like "a-a-a-…" is not re-read from every letter (it took 5 s at 70,000 characters).
 */
const COURSE_NAME = /\b(?:[\p{L}-]{1,30}\s+){1,3}?(?:training|certification|course|drills?|workshop|seminar|webinar|in-service)\b/giu;
/**
 * "Her next Kidney Smart cooking class", "Gifts to our NICU fund", "our dialysis units", "our infection rates": a class,
 * fund, van, unit or rate named by a condition is a service or a statistic, not anyone's care.
 */
const SERVICE_NAME = /\b(?:[\p{L}-]{1,30}\s+){1,3}?(?:class(?:es)?|fund|vans?|units|rates)\b/giu;
const SERVICE_END = /class|fund|vans?\b|units|rates/i;
/** "the Westgate Mall parking lot": a venue named after a place or person is where an event is, no one’s name (a school is not: it places a child). */
const VENUE_NAME = /\b(?:\p{Lu}[\p{L}'’-]{0,30}\s+){1,3}(?:Mall|Plaza|Arena|Stadium|Fairgrounds|Marketplace|Library)\b/gu;
/**
 * The course pattern's last words: a sentence without them skips its scan. (The word reader cannot vouch for a
 * pattern with the u and i flags, so this one is kept by hand; the programme and venue patterns are gated by theirs.)
 */
const COURSE_END = /training|certification|course|drill|workshop|seminar|webinar|in-service/i;

/**
 * "the Beacon Award for Excellence", "a Magnet Recognition": an honour's name is no person's, though every word is
 * capitalised.
 */
const AWARD_WORDS = ['Award', 'Prize', 'Medal', 'Recognition', 'Designation'];
const AWARD_NAME = new RegExp(
  String.raw`\b(?:\p{Lu}[\p{L}'’-]{0,30}\s+){1,3}(?:Awards|${AWARD_WORDS.join('|')})(?:\s+(?:for|of|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]{0,30}\s*){1,4})?`,
  'gu',
);
/**
 * "Camp Sugar Pine": a camp's name, not a person's. (Renaming a site such as "the Birth Center" was tried: the model
 * reads capitalised site names as ours already, and a plain word in their place scored higher.)
 */
const CAMP_NAME = /\bCamp(?:\s+\p{Lu}[\p{L}'’-]*){1,3}/gu;
/** "our ICU nursing team", "the NICU nurses" in a post: the unit names who works there, not where anyone lies. */
const UNIT_STAFF = /\b(?:N|P)?ICU(?=\s+(?:nurs(?:es?|ing)|team|staff|doctors?|physicians?|providers?|clinicians?|colleagues|therapists?|leaders?|leadership|educators?|managers?)\b)/g;

/**
 * "Únase a nuestra caminata 'Pasos por la Artritis'", "our 'Beat the Blues' workshop": an event's quoted title, often named
 * after a condition, is no one's care.
 */
const QUOTED_EVENT_TITLE =
  /(?<=(?<![\p{L}])(?:caminata|carrera|feria|taller|charla|clase|grupo|evento|jornada|campaña|programa|walk|run|class|workshop|event|series|fair|campaign|program)\s+)['"‘“«][^'"’”»\n]{1,60}['"’”»]/giu;
const QUOTE_MARK = /['"‘“«]/;

/** "farms in Lorain, Huron and Wood counties", "Cuyahoga County": counties, which the model read as people named beside a date ("this fall"). */
const COUNTY_LIST = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]{0,30},?\s+){0,5}(?:(?:and|or|&)\s+)?\p{Lu}[\p{L}'’-]{0,30}\s+(?:counties|parishes|Counties|County|Parishes|Parish)(?![\p{L}])/gu;
const COUNTY_WORD = /ount(?:y|ies)|arish/;

const CAPITALISED = /\p{Lu}\p{Ll}+/gu;
/** "a 7-year-old golden retriever": an animal's age. */
const ANIMAL_AGE = new RegExp(String.raw`\b\d{1,2}[- ](?:year|yr|month)s?[- ]old\s+(?:[\w-]+\s+){0,2}${ANIMAL}s?\b`, 'gi');

/**
 * "Biscuit 🐕 our newest therapy dog", "therapy dog Pepper": the names the text gives its animals, as one pattern
 * (compiled once per text, so a long text of many pets is still read once per sentence). Names are letters only, so
 * they need no escaping; "Max" does not match inside "Maxwell".
 */
function petNamesIn(text: string): RegExp | undefined {
  const names = new Set<string>();
  for (const m of execAll(CAPITALISED, text)) {
    const end = m.index + m[0].length;
    if (ANIMAL_AFTER_NAME.test(text.slice(end, end + 40)) || namedAfterAnimal(text, m.index)) names.add(m[0]);
  }
  return names.size === 0 ? undefined : new RegExp(String.raw`(?<!\p{L})(?:${[...names].join('|')})(?!\p{L})`, 'gu');
}

/** Which of the renames the text can need at all, asked once per text. */
interface RenamesNeeded {
  programmes: boolean;
  venues: boolean;
  awards: boolean;
  camps: boolean;
  counties: boolean;
  titledSeries: boolean;
  quotedTitles: boolean;
  /** In a post, "our ICU nurses" are staff; in a reply the unit can still be where the commenter's family was. */
  unitStaff: boolean;
  /** Whether the text speaks of an animal, and the names it gives them: an animal's name and age are no one's. */
  animals: boolean;
  petNames: RegExp | undefined;
  /** A reply's comment, lower case, when the commenter speaks of themselves: a service named by their own condition still says it back. */
  ownComment: string | undefined;
}

/** "Our gestational diabetes class" after "I have gestational diabetes": the service's name repeats what the commenter has. */
function namesTheirCondition(phrase: string, ownComment: string | undefined): boolean {
  if (ownComment === undefined) return false;
  return findHealthTerms(wordTokens(phrase)).some((term) => ownComment.includes(phrase.slice(term.start, term.end).toLowerCase()));
}

function withoutPets(sentence: string, petNames: RegExp | undefined): string {
  const out = sentence.replace(ANIMAL_AGE, 'pet');
  return petNames ? out.replace(petNames, 'pet') : out;
}

/** "Living Well with Diabetes meets Tuesdays", "the Eating Well After Cancer series": a titled class or series, named by the condition it serves. */
const TITLED_SERIES = new RegExp(
  String.raw`\b(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:with|after|beyond)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s+(?:meets|class(?:es)?|series|program(?:me)?|group|workshop|runs|starts|begins|sessions?)\b)`,
  'gu',
);
const TITLED_SERIES_JOIN = /\s(?:with|after|beyond)\s\p{Lu}/u;

function withRenames(sentence: string, needed: RenamesNeeded): string {
  let out = sentence;
  if (needed.animals) out = withoutPets(out, needed.petNames);
  if (needed.programmes) out = out.replace(PROGRAMME_NAME, 'group');
  if (needed.titledSeries) out = out.replace(TITLED_SERIES, 'group');
  if (needed.quotedTitles) out = out.replace(QUOTED_EVENT_TITLE, 'group');
  if (needed.venues) out = out.replace(VENUE_NAME, 'place');
  if (needed.awards) out = out.replace(AWARD_NAME, 'award');
  if (needed.camps) out = out.replace(CAMP_NAME, 'camp');
  if (needed.counties) out = out.replace(COUNTY_LIST, 'local counties');
  if (needed.unitStaff) out = out.replace(UNIT_STAFF, 'unit');
  if (SERVICE_END.test(out)) out = out.replace(SERVICE_NAME, (phrase) => (namesTheirCondition(phrase, needed.ownComment) ? phrase : 'service'));
  return COURSE_END.test(out) ? out.replace(COURSE_NAME, 'training') : out;
}

/**
 * "Dr. Elena Petrova was diagnosed with type 1 diabetes at age 12", "Dr. Samuel Whitfield tore his own ACL": one of our
 * listed people telling their own health story, which is theirs to tell — unless the sentence speaks of care they give.
 */
const OWN_STORY = /\b(?:(?:her|his|their)\s+own|(?:was|were)\s+(?:diagnosed|born)|lives?\s+with|(?:a|an)\s+(?:[\w-]+\s+)?survivor|cancer-free)\b/i;
const CARE_OF_OTHERS = /\b(?:treat(?:s|ed|ing)?|repair(?:s|ed)?|operat(?:es|ed|ing)|saw|sees|deliver(?:s|ed)|car(?:es|ed|ing)\s+for|stitch(?:es|ed)|patients?)\b/i;
const OWN_STORY_LEAD_WORDS = 16;

/**
 * "Dr. Priya Raman will present on women's heart health on Friday, May 9": one of our listed people giving a talk, whose
 * date and topic are no one's care.
 */
const PRESENTS =
  /\b(?:will\s+(?:be\s+)?)?(?:present(?:s|ing)?|speak(?:s|ing)?|lectur(?:e|es|ing)|give\s+(?:a|the|her|his|their)\s+(?:talk|keynote|lecture|presentation))\s+(?:on|about)\b/i;
const PRESENTER_LEAD_WORDS = 8;

function listedPersonPresents(sentence: string, ctx: DetectorContext): boolean {
  const talk = PRESENTS.exec(sentence);
  if (!talk) return false;
  const lead = sentence.slice(0, talk.index);
  return lead.split(/\s+/).length <= PRESENTER_LEAD_WORDS && namesListedPerson(indexDirectory(ctx.directory), lead);
}

function tellsOwnStory(sentence: string, ctx: DetectorContext): boolean {
  const own = OWN_STORY.exec(sentence);
  if (!own || CARE_OF_OTHERS.test(sentence)) return false;
  const lead = sentence.slice(0, own.index);
  return lead.split(/\s+/).length <= OWN_STORY_LEAD_WORDS && namesListedPerson(indexDirectory(ctx.directory), lead);
}

/**
 * "La Dra. Elena Petrova atiende diabetes antes, durante y después del embarazo": one of our listed people and the care
 * they give, in Spanish. The model of English sentences read the name and the condition as a patient's; the model of
 * Spanish sentences still reads it, and reads the routing line below too.
 */
const SPANISH_CARE_OF_OTHERS = /(?<![\p{L}])(?:atiende|atienden|trata|tratan|opera|operan|recibe|reciben|ve\s+a|ven\s+a)(?![\p{L}])/iu;

/**
 * "Para citas llame a Endocrinología y Diabetes al (555) 201-4450", "Nuestro equipo de Endocrinología y Cuidado de la Diabetes puede
 * orientarles: (555) 201-4450": a Spanish sentence that opens by routing, or with our team, to one of our listed phones.
 */
const SPANISH_ROUTING =
  /^[\s¡¿\p{Extended_Pictographic}\uFE0F]*(?:(?:(?:para|por\s+favor|tambi[eé]n|o)(?:\s+[\p{L}]+){0,3}[\s,:]+)?(?:ll[aá]m(?:e|a|en|enos|anos)|comun[ií]quese|marque)|nuestr[oa]\s+(?:equipo|departamento|[aá]rea|servicio|cl[ií]nica)\s+de)(?![\p{L}])/iu;

/** "Fisioterapia forma parte de Ortopedia y Medicina Deportiva: (555) 201-4420": a Spanish sentence that gives a number after a colon. */
const NAMED_PHONE = new RegExp(String.raw`:\s*(?:${PHONE_NUMBER.source})`);

/** "Si el dolor es intenso o empeora, llama al 911 o acude a Urgencias": a Spanish sentence that sends the person to emergency care. */
const SPANISH_TRIAGE = /(?<![\p{L}])(?:ll[aá]m(?:e|a|en)\s+al\s+911|acud(?:e|a|an)\s+a\s+(?:urgencias|emergencias|la\s+sala\s+de\s+emergencias))(?![\p{L}])/iu;

/**
 * A Spanish sentence the English model reads as someone's care when it names no patient: one of our listed people and the
 * care they give, routing to one of our listed phones or giving one after a colon, or triage to 911. Asked of a Spanish sentence only.
 */
function misreadByTheEnglishModel(sentence: string, ctx: DetectorContext): boolean {
  if (SPANISH_TRIAGE.test(sentence)) return true;
  if (SPANISH_CARE_OF_OTHERS.test(sentence) && namesListedPerson(indexDirectory(ctx.directory), sentence)) return true;
  const phone = SPANISH_ROUTING.test(sentence) || NAMED_PHONE.test(sentence) ? PHONE_NUMBER.exec(sentence) : null;
  return phone !== null && isDirectoryPhone(indexDirectory(ctx.directory), phone[0]);
}

/**
 * "La PrEP es segura para la mayoría de las personas", "La detección de cáncer de colon se recomienda desde los 45 años": a
 * sentence whose every health term the rules read as anyone's (what a group has, what a medicine is approved for, what plans
 * cover, care we give). The models read the term and the reply's "you" as someone's care; asked only of a sentence a model
 * would block on.
 */
function healthSaidOfAnyone(sentence: string): boolean {
  const terms = findHealthTerms(wordTokens(sentence));
  return terms.length > 0 && terms.every((term) => saidOfAnyone(sentence, term));
}

/** "We don't currently offer ketamine therapy.": a service we do not give, said of no one. */
const NOT_OFFERED = /^[\W_]*(?:we|our\s+(?:[\w-]+\s+){1,3}?(?:team|clinic|department|practice|office))\s+(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+(?:currently\s+|yet\s+)?(?:offer|provide|perform|prescribe|do)\b[^,;:]*[.!]?\s*$/i;

/** "Myth vs Fact: 'A fever of 101 will damage my child's brain.'": a myth quoted in a post speaks for no one. */
const MYTH_QUOTED = /^\W*(?:myth(?:\s*#?\s*\d+)?(?:\s+(?:vs\.?|versus|or)\s+fact)?|true\s+or\s+false|fact\s+or\s+fiction)\s*[:?]\s*['"‘“]/i;

/**
 * The trained phi-risk model, beside the PHI rules: for a post or reply in which the rules found no
 * PHI to block, one block on the sentence the model scores highest when that score reaches its
 * threshold. The type names the health detail only (never name, date, …), so span-level PHI is the rules'.
 */
export function detectPhiRisk(ctx: DetectorContext, ruleFindings: readonly Finding[]): Finding[] {
  if (!ctx.options.phiRiskModel || (ctx.kind !== 'post' && ctx.kind !== 'reply') || ctx.text.trim() === '') return [];
  if (ruleFindings.some((f) => f.category === 'phi' && f.severity === 'block')) return [];
  const scorer = phiRiskScorer();
  const known = knownWordsOf(ctx, ruleFindings);
  // "Former President Jimmy Carter spent two years in home hospice": a famous person's story, told in public before us.
  const famous = ruleFindings.filter((f) => f.rule === FAMOUS_PERSON_RULE);
  const tellsOfFamousPerson = (span: Span) => famous.some((f) => f.start >= span.start && f.start < span.end);
  const crisisLineAnywhere = mayMatch(CRISIS_LINE, ctx.text);
  const animals = mayMatch(ANIMAL_WORD, ctx.text);
  const renames: RenamesNeeded = {
    programmes: mayMatch(PROGRAMME_NAME, ctx.text),
    venues: mayMatch(VENUE_NAME, ctx.text),
    // Plain substring tests, once per text: the word reader cannot vouch for these capitalised, u-flagged patterns.
    awards: AWARD_WORDS.some((w) => ctx.text.includes(w)),
    camps: ctx.text.includes('Camp '),
    counties: COUNTY_WORD.test(ctx.text),
    titledSeries: TITLED_SERIES_JOIN.test(ctx.text),
    quotedTitles: QUOTE_MARK.test(ctx.text),
    unitStaff: ctx.kind === 'post' && ctx.text.includes('ICU'),
    animals,
    petNames: animals ? petNamesIn(ctx.text) : undefined,
    ownComment: ctx.kind === 'reply' && ctx.context && FIRST_PERSON.test(ctx.context) ? ctx.context.toLowerCase() : undefined,
  };
  let best: Span | undefined;
  let bestScore = -1;
  // A Spanish sentence is also scored by the model of Spanish sentences, whose cue words are Spanish.
  const spanish = ctx.options.spanishPhiRiskModel ? spanishPhiRiskScorer() : undefined;
  let bestSpanish: Span | undefined;
  let bestSpanishScore = -1;
  // "Questions? Call (555) 201-4000." under a text is not read: a line of few words, which the model scores mostly
  // through the comment ("Questions?" after a thank-you to the NICU read as someone's diagnosis).
  const signOff = signOffStart(ctx.text) ?? ctx.text.length;
  // "Hi Marisol, …": the model scored a greeted name as a sign of someone's care; whom a reply greets is the PHI rules' to judge.
  const greeting = ctx.kind === 'reply' ? greetingEnd(ctx.text) : 0;
  // "¡Hola, Ana Lucía!": the English model reads a Spanish greeting's name as someone's care too; the Spanish models were
  // trained with the greetings in, and read them rightly.
  const spanishGreeting = ctx.kind === 'reply' ? spanishGreetingEnd(ctx.text) : 0;
  for (const span of sentenceSpans(ctx.text)) {
    if (span.end > signOff && ctx.text.slice(span.start, signOff).trim() === '') break;
    // A sentence without words (an emoji line) has no health word either and scores 0.
    const sentence = ctx.text.slice(Math.max(span.start, greeting), Math.min(span.end, signOff));
    if (isRelay(sentence) || (crisisLineAnywhere && CRISIS_LINE.test(sentence)) || tellsOfFamousPerson(span) || isShareOfMany(sentence) || tellsOwnStory(sentence, ctx) || listedPersonPresents(sentence, ctx) || (ctx.kind === 'post' && MYTH_QUOTED.test(sentence)) || NOT_OFFERED.test(sentence)) continue;
    const renamed = withRenames(sentence, renames);
    const inSpanish = isSpanishSentence(sentence);
    const from = Math.max(span.start, greeting);
    const english = spanishGreeting > from ? withRenames(ctx.text.slice(Math.min(spanishGreeting, span.end), Math.min(span.end, signOff)), renames) : renamed;
    let score = (inSpanish && misreadByTheEnglishModel(sentence, ctx)) || english.trim() === '' ? -1 : scorer.score(english, ctx.kind, ctx.context, known);
    if (score >= scorer.threshold && healthSaidOfAnyone(sentence)) score = -1;
    if (score > bestScore) {
      bestScore = score;
      best = span;
    }
    if (spanish === undefined || !inSpanish) continue;
    let spanishScore = spanish.score(renamed, ctx.kind, ctx.context, known);
    if (spanishScore >= spanish.threshold && healthSaidOfAnyone(sentence)) spanishScore = -1;
    if (spanishScore > bestSpanishScore) {
      bestSpanishScore = spanishScore;
      bestSpanish = span;
    }
  }
  if (best !== undefined && bestScore >= scorer.threshold) return [phiRiskFinding(ctx, best, bestScore, 'phi-risk-model')];
  if (bestSpanish !== undefined && spanish !== undefined && bestSpanishScore >= spanish.threshold)
    return [phiRiskFinding(ctx, bestSpanish, bestSpanishScore, 'phi-risk-model-es')];
  return [];
}

function phiRiskFinding(ctx: DetectorContext, span: Span, score: number, model: string): Finding {
  const { start, end } = trimSpan(ctx.text, span);
  const text = ctx.text.slice(start, end);
  const type = healthTypeOf(text);
  return {
    category: 'phi',
    type,
    start,
    end,
    text,
    severity: 'block',
    message: `This sentence reads as tying ${WHAT[type]} to an identifiable or addressed person (a name, a relative, "your …", a room or bed, a date of care, or what the commenter said about themselves). That is protected health information. (PHI-risk model: ${Math.round(score * 100)}% likely.)`,
    suggestion:
      'Keep the health detail general and leave the person out, or get written consent first. In a reply, do not repeat what the commenter shared; route them instead, e.g. "Our care team can help — please call (555) 201-4000."',
    rule: `${model}.${type}`,
  };
}
