import { namesListedPerson } from '../directory/directory-index';
import type { HealthTermKind, HealthTermMatch } from '../vocab/health-term-index';
import { isCommonWord } from '../vocab/name-lexicon';
import { NAMES_A_SERVICE, NAMES_A_VACCINE, PATIENT_SERVICE_WORDS, SPANISH_VACCINE_BEFORE } from '../vocab/service-words';
import { SAID_AS_THEIRS_AFTER, SPANISH_ANYONE_WITH_BEFORE, SPANISH_CAUSED_BY_BEFORE, SPANISH_OFFERED_BEFORE, SPANISH_SERVICE_BEFORE } from './spanish-service-words';
import { AGE_AND_SEX } from './age-and-sex';
import type { PhiCandidate } from './phi-candidate';
import { answeredComment, FIRST_PERSON, PT_AS_PATIENT, QUESTION_WORDS, type PhiScan } from './phi-scan';
import { ABOUT_SOMEONE_RE } from '../text/about-someone';
import { sentenceAt, sentenceSpans, type Span } from '../text/sentences';
import { firstAtOrAfter } from '../text/sorted-offsets';
import { ANIMAL } from '../vocab/animals';
import { canonicalTerm } from '../vocab/term-synonyms';

/** Words that make a health term in their sentence one person's: "our patient", "room 4", "the bus driver, 61,", "a regular who just finished… treatment", "a gentleman in Westgate for dialysis" (not "a healthy 30-year-old", a reference). */
const PATIENT_CUE = new RegExp(
  String.raw`\b(?:(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}[a-z]+,\s(?:[1-9]\d?|1[01]\d),\s|(?<!\b(?:a|one|any|every|each|average|typical|right|same|next|so|very|too|super|really|incredibly|endlessly|extra)\s|\b(?:every|each|any|no)\s(?:[\w+-]+\s){1,3}|[-‑])patient(?![-‑][a-z])(?!\s+(?:${PATIENT_SERVICE_WORDS})\b)|(?:was|were|came)\s+(?:in|into|to)\s+(?:our|the)\s+(?:clinic|office|er|emergency\s+room|hospital|urgent\s+care)\s+(?:with|for)|one\s+of\s+our\s+(?:[\w-]+\s+){0,2}patients|(?:a|one\s+of\s+our)\s+(?:favou?rite\s+|long-?time\s+)?regulars?\s+who|(?:a|one)\s+(?:gentleman|lady)\s+(?:in|from)\s+(?!(?:our|the|a|an|his|her|their|town|line)\b)[a-z]+|${PT_AS_PATIENT}|our patient(?!\s+(?:${PATIENT_SERVICE_WORDS})\b)|['’]s\s+#\d{1,2}(?!\s+(?:tip|tips|reason|rule|question|priority|goal|pick|choice|favou?rite))|\b(?:to|for|congrats,?)\s+#\d{1,2}\b(?![,.]\d)|(?<!\b(?:over|under|than|ages?|aged|from|to|healthy|average|typical)\s)\d{1,3}[- ](?:year|yr|month|day)[- ]old|(?<!(?:conference|community|meeting|class|board|training|library|auditorium|hall|center|centre|lobby),?\s)room \d|bed \d|on \d{1,2} ?(?:east|west|north|south))\b`,
  'i',
);

/** "she had", "his first": a person, but only a patient when no listed colleague is who the sentence is about. */
const PRONOUN_CUE = /\b(?:(?:he|she) (?:was|is|has|had)|(?:his|her) (?:recent|new|first|last))\b/i;

/** "Thank you @jenna_runs for the review of your knee surgery": a post that speaks to one account. */
const HANDLE = /(?:^|[\s(])@[A-Za-z0-9_]{2,}/;

/** "To whoever left pierogi…", "To the dad who…", "Thank you, Mrs. Delacroix!": a post written to one person. */
const TO_ONE_PERSON = /^\s*(?:(?:to|dear)\s+(?:whoever|the\s+(?:[\w-]+\s+){0,3}(?:who|that))\b|(?:thank\s+you|thanks),?\s+(?:Mrs|Ms|Mr|Miss)\.?\s+\p{Lu})/iu;
/** "Chair 12 just got a lot quieter — we'll miss you! Congrats on your new kidney": a post that bids one person goodbye. */
const MISSES_ONE = /\bwe(?:['’]ll|\s+will)\s+(?:all\s+|so\s+)?miss\s+you\b/i;

/** "Mr. Kim", "Mrs Ortiz": a titled person (staff are introduced by their clinical titles instead). */
const HONORIFIC = /\b(?:Mrs?|Ms|MRS?)\.?\s+\p{Lu}/u;

/** "your biopsy", "your evening insulin", "you're living with PTSD", "you have diabetes". */
const ADDRESSED = /(?:\byour(?:\s+[\p{L}\d'’\-]+){0,2}|\byou(?:['’]re| are| have| had| were|['’]ve| got)(?:\s+[\p{L}\d'’\-]+){0,3})(?:\s+|(?<=\b(?:post|pre))-)$/iu;

/** "If you're having chest pain, call 911", "if your child is coughing", "if he has chest pain, shortness of breath or fainting", "si alguien está internado", "si le cuesta respirar o se quemó la cara" (not "si tienes dudas sobre la gabapentina", their own medicine said back), "Ask at your child's next checkup", "Bring … your child's immunization record", "You're right that pregnancy history matters": a condition, a visit or a record the reply supposes or speaks of in general, not one it attributes. */
const SUPPOSED =
  /\b(?:depends?|depending)\s+(?:a\s+lot\s+|mostly\s+|partly\s+)?on\s+(?:your\s+[\p{L}'’-]+\s+(?:and|or)\s+)?your\s+$|\b(?:if|when|whenever|unless|in\s+case)\s+(?:there['’]?s\s+(?:any|a)|you(?:'re|’re| are| have| had| were|'ve| got| feel| notice| develop| start)?|your\s+[\p{L}'’\-]+|(?:he|she|they|it)(?:'s|’s| is| are| gets?| has| have| had| feels?| develops?| starts?)?|anyone|someone|an?)(?:[\s,]+(?:or\s+)?[\p{L}'’\-]+){0,8}[\s,]+$|(?<![\p{L}])si\s+(?:alguien|alguno|alguna|algún|una\s+persona|un\s+paciente|le|te|usted|él|ella|tiene|tienes|nota|notas|hay|aparecen?)(?!\s+(?:alguna\s+|algunas\s+|m[aá]s\s+)?(?:dudas?|preguntas?)\s+(?:sobre|acerca\s+de|con)\s)(?:[\s,]+[\p{L}'’\-]+){0,8}[\s,]+$|\b(?:at|during|for)\s+your\s+(?:(?:child|kid|son|daughter|baby|teen)['’]s\s+)?(?:next|upcoming|annual|yearly)\s+$|\bbring\s+(?:[\p{L}'’\-]+\s+){0,5}your\s+(?:(?:child|kid|son|daughter|baby|teen)['’]s\s+)?$|\byou(?:['’]re|\s+are)\s+(?:so\s+|absolutely\s+|totally\s+)?(?:right|correct)\s+that\s+$/iu;

/** "Sorry to hear about the migraines", "sorry the hay fever is back", "hope the nausea eases": sympathy is aimed at the person addressed. */
const SYMPATHY_FOR = /\b(?:sorry(?:\s+to\s+hear)?(?:\s+(?:about|for|that))?|hope)\s+(?:the|that|those|this)(?:\s+[\p{L}'’\-]+)?\s+$/iu;

/** "we hope that broken collarbone mends fast": a wish for one person's healing. */
const HEALING_AFTER = /^\s+(?:mends|heals|is\s+healing|gets\s+better|clears\s+up|recovery\s+(?:is|goes))\b/i;

/** Comments that speak about the writer without saying "I": "Struggling with fatigue lately". */
const IMPLIED_SELF =
  /(?:^|[.!?]\s+)(?:@\w+\s+)?(?:struggling|dealing|living|suffering|diagnosed|navigating|managing|juggling|battling|coping\s+with|newly\s+on|day\s+\d{1,3}\s+(?:of|with|on)|(?:starting|stopping|quitting|tapering(?:\s+off)?|weaning\s+off)\s+(?:my\s+|taking\s+)?[a-z-]+|(?:just|newly|recently)\s+(?:diagnosed|dx['’]?d)|(?:just\s+)?got\s+(?:diagnosed|dx['’]?d)|just got|(?:just|recently)\s+had|any(?:one|body)\s+(?:here|else|out\s+there)\s+(?:dealing|living|struggling|suffering)|any(?:one|body)\s+else['’]s|(?:just\s+)?(?:started|stopped|quit|switched\s+to|finished)\s+(?:my\s+|taking\s+)?[a-z-]+|pregnant\s+with|(?:sorry|apologies)\s+for\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:rant|vent|tmi|novel|essay|whining|complaining)|looking\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:who|that)\s+(?:understands|treats|specializes|knows|gets)|been|going through|any(?:one|body) else|recovering|waiting|as someone|as a (?:survivor|patient|mom|dad|mother|father)|(?:so\s+)?(?:proud|happy|grateful|thankful|blessed|excited)\s+to\s+(?:be|say\s+i['’]m|report\s+i['’]m)|\d{1,2}\s+(?:days|weeks|months|years)\s+(?:of\s+(?:this|it)|now|and\s+counting)|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|next|last|final)\s+(?:[a-z-]+\s+)?(?:round|dose|session|infusion|cycle|treatment|flare|attack|episode)\s+(?:is\s+)?(?:today|tomorrow|tonight|this|next|on)|feeling\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+|kind\s+of\s+)?(?:self-conscious|nervous|anxious|scared|worried|embarrassed|awful|terrible|rough|sick|overwhelmed|down|low|lousy|miserable|stressed))\b/i;

/** "Stage 3 kidney involvement from lupus, 41F": the commenter gives their own age and sex, so the news is theirs. */
const AGE_AND_SEX_GIVEN = new RegExp(AGE_AND_SEX, 'i');

/** "fellow celiac here", "6 CT scans this year thanks to Crohn's 🙃 anyone else?": the commenter counts themselves among those with the condition. */
const FELLOW_SUFFERER = /\bfellow\s+[a-z-]+\s+(?:here|too)\b|\b(?:combo|survivor|warrior)\s+here\b|\bany(?:one|body)\s+else\s*\?+\W*$/i;

/** "Type 1 diabetic here, …", "Retired teacher here, …": a comment that opens by saying who the writer is goes on about them. */
const SELF_INTRODUCED = /^\s*(?:@\w+\s+)?(?!(?:any|some|every|no)(?:one|body)\b|y['’]?all\b|who\b|what\b|is\b|are\b|anyone\b)(?:[a-z0-9'’-]+\s+){1,4}here\s*[,!.:;—–-]/i;

/** A question to us ("Do you treat migraines?") or about a post ("Great article on diabetes") is not about the writer. */
const QUESTION_OR_ABOUT_US = new RegExp(String.raw`\?|^\s*(?:${QUESTION_WORDS})\b|\b(?:post|article|piece|video|info|awareness|tips?|class|event|fair|webinar|podcast|series|program|staff|team|nurses|doctors|folks|thanks?|kudos|shout-?out|nice|great|love|amazing|best)\b`, 'i');

/** "Ivermectin cures covid and big pharma buried it. Wake up people.": a claim about a remedy for everyone, not news of the writer. */
const PUBLIC_CLAIM = /\b(?:cures?|prevents?|causes?)\s+(?:covid|cancer|autism|diabetes|everything|all\b)|\bbig\s+pharma\b|\bwake\s+up\b|\bdo\s+your\s+(?:own\s+)?research\b|\bsheeple\b/i;

/**
 * "Knee replacement on Friday, nervous but ready", "Vertigo since Sunday": comments drop the "I", so a
 * statement that names a condition or procedure is still the writer's news about themselves.
 */
export function isSubjectlessUpdate(scan: PhiScan): boolean {
  return !!scan.context && !PUBLIC_CLAIM.test(scan.context) && ((!QUESTION_OR_ABOUT_US.test(scan.context) && scan.contextHealthTerms().length > 0) || opensOnCondition(scan));
}

/** "panic attacks every night this week. is there a therapist…?", "bipolar II and just moved here, are you…?": a comment that opens on a condition before asking. */
function opensOnCondition(scan: PhiScan): boolean {
  const first = scan.contextHealthTerms()[0];
  if (!first || first.kind !== 'diagnosis') return false;
  const context = scan.context as string;
  return /^\s*(?:@\w+\s+)?$/.test(context.slice(0, first.start)) && /^\s*(?:every|again|since|for|all|and|,|\.|—|-|x\d|\d)/i.test(context.slice(first.end, first.end + 12));
}

/** "Dad got his pacemaker last Thursday": a comment that opens on a bare family word is about the writer's own relative. */
const FAMILY_OPENER = /^\s*(?:mom|dad|mum|mama|papa|grandma|grandpa|nana|hubby|wifey)\b/i;

/** The comment speaks of the writer's own (or their family's) health: in the first person (English or Spanish), from a relative, or as a subjectless update. */
export function speaksOfOwnCare(scan: PhiScan, context: string): boolean {
  return FIRST_PERSON.test(context) || FAMILY_OPENER.test(context) || speaksSpanishOfThemselves(context) || isSubjectlessUpdate(scan);
}

/**
 * A reply that names what the commenter has ("sounds like shingles", "that's textbook bladder
 * infection", "is usually hemorrhoids") ties the condition to them. Read for conditions, tests and medicines only:
 * "Replacement is usually a short outpatient procedure" tells how a procedure goes for anyone.
 */
const NAMED_AS_THEIRS =
  /\b(?:sounds\s+like|textbook|(?:is|are|it['’]s|that['’]s|it\s+is|that\s+is)\s+(?:usually|probably|likely|most\s+likely|almost\s+always|just|definitely))\s+(?:an?\s+)?(?:[\p{L}'’\-]+\s+)?$/iu;

/** "Chest tightness after a workout is normal": the reply judges the commenter's own symptom. */
const JUDGED_AS_NORMAL = /^[^.!?]{0,40}?\b(?:is|are|it['’]s)\s+(?:totally\s+|perfectly\s+|completely\s+|pretty\s+|very\s+)?(?:normal|expected|nothing)\b/i;

const WHAT: Record<HealthTermKind, string> = {
  diagnosis: 'A diagnosis or condition',
  procedure: 'A procedure or treatment',
  lab: 'A lab test or result',
  medication: 'A medication',
};

/** "A fever that lasts…" opening a sentence, "Si una bomba de insulina falla…", "some blood tests need…", "all types of headache disorders", "people who haven't had surgery", "we're seeing more strep", "our re-tear rate after ACL reconstruction", "1 in 7 strokes": a quantified mention is about such things in general, not the commenter's. */
const GENERIC_QUANTIFIER = /(?<![\p{L}])(?:si|if)\s+(?:un|una|an?)\s+$|\b(?:anyone|people|patients|families|those|others)\s+(?:(?:still|now)\s+)?waiting\s+(?:for|on)\s+(?:an?\s+|the\s+)?$|\b(?:every|each|any|all)\s+stages?\s+of\s+$|\b(?:anyone|people|those|families|parents)\s+with\s+(?:questions|concerns|worries)\s+(?:about|on|regarding)\s+(?:[\p{L}'’-]+\s+)?$|\b(?:people|patients|those|anyone|adults|kids|children)\s+who\s+(?:have|haven['’]t|have\s+not|had|hadn['’]t|need|are\s+having|complete|completed|finish|finished|attend|attended)\s+(?:had\s+)?(?:an?\s+)?$|\b(?:students|kids|children|patients|people|parents|families|adults|teens|athletes)\s+(?:can|may|must|should|need\s+to|are\s+(?:allowed|able)\s+to)\s+(?:[\p{L}'’-]+\s+){0,3}$|\b(?:some|most|many|any|all|every|other)\s+(?:[\p{L}'’\-]+\s+)?$|\b(?:all|any|every|many|most|other|different)\s+(?:types?|kinds?|sorts?|forms?)\s+of\s+$|\b(?:generally|typically|usually|normally)\s+(?:(?!(?:your|my|his|her|their)\b)[\w-]+\s+){0,2}$|\b(?:anyone|anybody|everyone)\s+(?:curious|interested|wondering|asking)\s+about\s+$|\b(?:anyone|anybody|everyone)\s+can\s+(?:get|pick\s+up|have|request|book|schedule|ask\s+about)\s+(?:free\s+|an?\s+)?(?:[\p{L}\d-]+\s+)?$|(?<![\p{L}])(?:suelen?|generalmente|normalmente|en\s+general,?|por\s+lo\s+general,?)\s+(?:\p{L}+\s+){0,3}$|(?<![$#\d.,/:-])\b[1-9]\d{1,2}(?:,\d{3})*\s+$|\b(?:seeing|seen|treating|treated)\s+(?:(?:a\s+lot|lots|plenty)\s+of|more|fewer|less)\s+$|\b(?:a|any)\s+(?:new|future|next)\s+$|(?<!\b(?:your|his|her|their|my|our)\s+)\b(?:for|with)\s+new\s+$|\b(?:including|such\s+as)\s+$|\b(?:rates?|outcomes?|statistics|stats)\s+(?:after|of|for|with|following)\s+$|(?:^|[.!?]\s+)an?\s+(?!(?:second|third|fourth|fifth)\b)(?:[\p{L}'’\-]+\s+)?$|(?<![\p{L}])(?:muchos|muchas|algunos|algunas|ciertos|ciertas|varios|varias|cualquier|tod[oa]s\s+l[oa]s|la\s+mayor[ií]a\s+de\s+l[oa]s)\s+$|(?<![\p{L}])(?:de|para|sobre|programar|agendar|hacerse)\s+un[ao]?\s+$|\b(?:anyone|anybody|everyone|people|patients)\s+who\s+(?:gets?|has|have|needs?|is\s+having|are\s+having)\s+(?:[\p{L}-]+\s+(?:or|and)\s+)?$|\b\d+\s+(?:in|of|out\s+of|de\s+cada)\s+(?:every\s+)?\d+\s+$/iu;

/** "Wait times for screening colonoscopy", "la colonoscopia de detección": the screening anyone can book, said back as a service. */
const SCREENING_BEFORE = /\bscreening\s+$/i;
const SCREENING_AFTER = /^\s+(?:de\s+(?:detecci[oó]n|rutina)|screening)(?![\p{L}])/iu;
const namedAsScreening = (before: string, after: string): boolean => SCREENING_BEFORE.test(before) || SCREENING_AFTER.test(after);

/** "vaccine timing around surgery varies", "el implante coclear suele hacerse…", "carpal tunnel release is usually done under…": what holds for such things in general, not the commenter's own. */
const VARIES_AFTER = /^\s+(?:varies|vary|differs|differ|depends|suelen?|(?:is|are)\s+(?:usually|typically|generally|commonly|normally)\s+(?:done|performed)\b)/i;

/** "A celiac diagnosis is a big adjustment": after the term, a word that makes it someone's news, article or not. */
const THEIR_NEWS_AFTER = /^\s+(?:diagnosis|flare(?:-?up)?|scare)\b/i;

/** "some pain relievers can affect blood pressure": what things do to such a measure in general, not the commenter's own. */
// "a known risk factor for obstructive sleep apnea": what raises anyone's chances of it.
const GENERIC_EFFECT = /\b(?:can|may|might|could|often|sometimes|tend\s+to)\s+(?:affect|raise|lower|increase|decrease|worsen|interact\s+with|change)\s+$|\b(?:a|an|the)\s+(?:(?:known|common|major|strong|main|big|leading|key)\s+)?risk\s+factors?\s+for\s+(?:(?:obstructive|central|chronic|acute|type\s+[12])\s+)?$/i;
/** "it reflects your average blood sugar": the generic "you" of an explanation, to someone who asked in general. */
const GENERIC_YOU = /\b(?:reflects|measures|shows|tracks|estimates|affects|protects|raises|lowers|increases|decreases|spikes)\s+(?:your|ur)(?:\s+[\p{L}'’-]+)?\s+$/iu;
/** "38% of adults who came to our Urgent Care": a share of a group. */
const SHARE_OF_A_GROUP = /\b\d{1,3}(?:\.\d+)?\s*(?:%|percent)\s+of\s+(?:our\s+|the\s+|all\s+)?(?:[\w-]+\s+)?(?:patients|people|adults|children|kids|teens|women|men|families|parents|seniors|visits|visitors)\b/i;
/** "a list of your medicines and allergies", "bring your meter or CGM app": an item of a checklist, whoever reads it. */
const LIST_OF_YOURS = /\b(?:list\s+of\s+(?:all\s+)?|bring\s+)(?:your|ur)\s+(?:[\p{L}'’-]+\s+(?:and|&|or)\s+)?$/iu;

/** "paciente de 38 años", "una camarista de hotel de 41 años": one person, by age, in Spanish (not "un bebé de menos de 3 meses", anyone that young). */
const SPANISH_PERSON_OF_AGE = /(?<![\p{L}])(?:paciente|mujer|hombre|señora|señor|niñ[oa]|joven|beb[eé]|adolescente|trabajador(?:a)?|emplead[oa]|camarista|meser[oa]|cociner[oa]|obrer[oa]|jornaler[oa]|agricultor(?:a)?|maestr[oa]|estudiante)(?:\s+de\s+(?!(?:menos|m[aá]s)(?![\p{L}]))(?:un[oa]?\s+|la\s+|el\s+)?\p{L}+)?\s+de\s+(?:unos\s+)?\d{1,3}\s+(?:años|meses)(?![\p{L}])/iu;
/** "A Marleny le diagnosticaron tuberculosis", "la operaron en marzo": care told of one person, in Spanish. */
const SPANISH_DONE_TO_ONE = /(?<![\p{L}])(?:le|la|lo)\s+(?:diagnosticaron|detectaron|operaron|amputaron|trasplantaron|internaron|hospitalizaron|diagnosticamos|detectamos|operamos|internamos|hospitalizamos)(?![\p{L}])/iu;
/** "she", "his": one person, who in a spotlight of one of our listed people is them. */
const ONE_PERSON_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/** "whose", "one patient", "a teenager came in": one person, who is no one of ours. */
const ONE_PERSON_OTHERWISE =
  /\bwhose\b|\bone\s+(?:patient|worker|employee|man|woman|mom|dad|runner|student|stood\s+out)\b|\ba\s+(?:[\w-]+\s+){0,2}(?:student|man|woman|teen|teenager|boy|girl|toddler|patient|driver|cyclist|runner)\s+(?:came|was\s+brought|arrived|walked)\s+in\b/i;
/** "a forklift operator whose screen caught a blood pressure of 210/120", "a college student came in Saturday with…": one person's reading. */
const ONE_PERSON = new RegExp(`${ONE_PERSON_PRONOUN.source}|${ONE_PERSON_OTHERWISE.source}`, 'i');

const RESULT_VALUE = /^\s*(?:(?:is|was|of|at|down to|up to|went to|dropped to|(?:dropped|fell|went|came down|improved|rose|climbed) from|now|came back|:)\s*){0,3}\d+(?:\.\d+)?(?:\s*(?:%|mg\/dl|mmol\/l|mg|units))?/i;

const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}-]*)\s*(?:&|and)?\s*$/u;
const CAPITALISED_WORD_AFTER = /^\s*(?:&|and)?\s*(\p{Lu}[\p{L}-]*)/u;

/** "Endocrinología y Diabetes", "Endocrinología y Cuidado de la Diabetes": one of our departments named in Spanish, which the directory holds in English. */
const SPANISH_DEPARTMENT_BEFORE = /\p{Lu}\p{Ll}*(?:log[ií]a|iatr[ií]a)\s+y\s+(?:(?:Cuidado|Atenci[oó]n|Manejo|Control|Educaci[oó]n)\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+)?$/u;

/** "la entrada de Cirugía Ambulatoria", "Cirugía General": a Spanish unit's name, its term capitalised inside a sentence. */
const SPANISH_UNIT_AFTER = /^\s+(?:Ambulatoria|General|Pedi[aá]trica|Cardiovascular|Bari[aá]trica|Pl[aá]stica|Ortop[eé]dica|Oncol[oó]gica|Vascular|Tor[aá]cica|Digestiva)(?![\p{L}])/u;

/** "Endocrinology & Diabetes Care": a term written as part of one of our departments' names. */
function inDepartmentName(scan: PhiScan, term: HealthTermMatch): boolean {
  const { text, dir } = scan;
  const written = text.slice(term.start, term.end);
  if (!/^\p{Lu}/u.test(written)) return false;
  if (SPANISH_DEPARTMENT_BEFORE.test(text.slice(Math.max(0, term.start - 50), term.start))) return true;
  if (SPANISH_UNIT_AFTER.test(text.slice(term.end, term.end + 16)) && !/(?:^|[.!?¡¿]\s*)$/u.test(text.slice(Math.max(0, term.start - 3), term.start))) return true;
  if (!written.toLowerCase().split(/[^\p{L}]+/u).every((w) => w === '' || dir.orgWords.has(w))) return false;
  const next = CAPITALISED_WORD_AFTER.exec(text.slice(term.end, term.end + 20))?.[1];
  const prev = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, term.start - 20), term.start))?.[1];
  return [next, prev].some((w) => !!w && dir.orgWords.has(w.toLowerCase()));
}

/** "our C-section rate", "0.4 infections per 1,000 patient days", "the State Physical Therapy Association": a statistic, or a body's name, not anyone's care. */
const RATE_AFTER = /^\s+(?:rates?|statistics|volumes?|outcomes)\b|^\s+per\s+(?:1,000|10,000|100,000|1000|10000|100000|\d+)\s+(?:patient[- ]days|patients|discharges|admissions|births|deliveries|people|residents|procedures|device[- ]days)\b/i;
const ORGANISATION_AFTER = /^(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s+(?:Association|Society|Foundation|Council|Institute|Academy|Alliance|Coalition|Network|Board|College)\b/u;

/** "Our 30-day readmission rate for sickle cell pain crises was 14%": a rate counted over many. */
const RATE_BEFORE = /\b(?:rates?|statistics)\s+(?:for|of|among|after)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

function namesAnOrganisationOrRate(text: string, term: HealthTermMatch): boolean {
  const after = text.slice(term.end, term.end + 60);
  return RATE_AFTER.test(after) || RATE_BEFORE.test(text.slice(Math.max(0, term.start - 50), term.start)) || (/^\p{Lu}/u.test(text.slice(term.start, term.end)) && ORGANISATION_AFTER.test(after));
}

/** "flu shots are available", "the diabetes class", "the RSV vaccine", "la vacuna contra el tétanos", "Endocrinology & Diabetes Care": a term that names what we offer, nobody's own. */
export function namesWhatWeOffer(scan: PhiScan, term: HealthTermMatch): boolean {
  const after = scan.text.slice(term.end, term.end + 30);
  const before = scan.text.slice(Math.max(0, term.start - 30), term.start);
  return NAMES_A_SERVICE.test(after) || OFFERED_AFTER.test(after) || NAMES_A_VACCINE.test(after) || offeredBefore(before) || SPANISH_VACCINE_BEFORE.test(before) || inDepartmentName(scan, term);
}

/**
 * "walk-in blood draws", "offers free A1c checks", "our Pediatrics team offer fluoride varnish", "All of our primary care
 * clinicians prescribe PrEP": a service described by how we offer it.
 */
const OFFERED_FREE_OR_WALK_IN_BEFORE = /\b(?:for|offers?|offering|provides?|providing)\s+(?:free|no-cost|low-cost)\s+$|\b(?:walk-in|drive-thru|drive-through|same-day)\s+$/i;
const WE_OFFER_BEFORE = /\b(?:we|team|teams|clinics?|cent(?:er|re)s?|units?|office|doctors|nurses|providers|clinicians|pharmacists)\s+(?:all\s+|also\s+|still\s+|can\s+|routinely\s+|do\s+)?(?:(?:offer|provide|give|prescribe)s?|test\s+for|screen\s+for)\s+(?:(?!(?:him|her|them|you|your|his|their|my|our|it)\b)[a-z-]+\s+)?$/i;
const offeredBefore = (before: string): boolean => OFFERED_FREE_OR_WALK_IN_BEFORE.test(before) || WE_OFFER_BEFORE.test(before);

/** "helped raise $612,000 for cardiac rehab", "a gift to our NICU": money given toward a service. */
const GIVEN_TOWARD = /\b(?:rais(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|gifts?|give|gave|giving|funds?|funding|funded|proceeds|pledged?)\s+(?:(?:over|more\s+than|nearly|almost)\s+)?(?:\$[\d,.]+\s*(?:[kKmM]|million|thousand)?\s+)?(?:(?:[\w-]+\s+){0,3}?)(?:for|to|toward|towards|benefiting|supporting)\s+(?:our\s+|the\s+|a\s+|new\s+)*$/i;
/** "will name our new cardiac rehab gym", "to equip the cancer center": a place of ours given or built. */
const NAMES_OR_BUILDS = /\b(?:name|names|named|build|builds|built|equip|equips|renovate|renovates|renovated|expand|expands|open|opens|opened)\s+(?:our|the|a)\s+(?:new\s+|expanded\s+|renovated\s+)?$/i;

/** "raised $612,000 for cardiac rehab", "will name our new cardiac rehab gym": a cause people give to, nobody's own care. */
export function namesACause(scan: PhiScan, term: HealthTermMatch): boolean {
  const before = scan.text.slice(Math.max(scan.sentenceOf(term.start).start, term.start - 80), term.start);
  return GIVEN_TOWARD.test(before) || (NAMES_OR_BUILDS.test(before) && NAMES_A_SERVICE.test(scan.text.slice(term.end, term.end + 30)));
}

/** "bring your glasses or hearing aids if you use them": the condition comes after the term. */
const SUPPOSED_AFTER = /^[^.!?]{0,30}\bif\s+you\s+(?:use|have|need|wear|take|get)\s+(?:them|it|one|any)\b/i;

/** How far back the words that suppose or generalise a term are looked for ("If she has trouble breathing or any facial …"). */
const SUPPOSING_REACH = 60;

/** "… that lasts more than a few minutes", "… lasting longer than a day", "… eligibility depends on", "… works alongside treatment", "… should always be checked", "MRI doesn't use radiation": a clause that makes the complaint or the procedure a kind, not theirs. */
const GENERAL_CLAUSE_AFTER =
  /^\s+(?:(?:that|which)\s+(?:lasts?|goes\s+on|comes\s+and\s+goes|spreads|gets\s+worse|doesn['’]t|does\s+not|won['’]t|will\s+not)|lasting\s+(?:more|longer)|for\s+more\s+than|(?:eligibility|candidacy|criteria|outcomes|risks)\s+(?:depends?|varies|vary|is|are)|(?:works|can\s+work)\s+(?:alongside|together\s+with)|is\s+(?:an?\s+)?(?:extra|added)\s+layer|(?:should|must)\s+(?:always\s+)?be\s+(?:checked|seen|evaluated|taken\s+seriously)|(?:usually|typically|generally|often)\s+(?:starts?|begins?|requires?|involves?|lasts?|takes?|includes?)|(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+(?:change|cause|make|mean|turn|use|involve|require|hurt))\b/i;
/** "Trigger finger that won't quit sounds so frustrating!": sympathy for the one they have, not a rule for anyone. */
const SYMPATHY_AFTER = /^[^.!?]*\b(?:sounds|must\s+be|is\s+(?:so|such|the\s+worst))\s+(?:so\s+|really\s+|incredibly\s+|super\s+)?(?:frustrating|painful|rough|hard|tough|miserable|exhausting|scary|awful|annoying|draining|a\s+pain)\b/i;
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?:]\s*|\n\s*)$/;

/** "For chest pain, call 911": what anyone with it should do, opening its sentence. */
const FOR_ANY_BEFORE = /(?:^|[.!?:]\s*|\n\s*)(?:for|with)\s+(?:any\s+|sudden\s+|severe\s+|new\s+)?$/i;
const EMERGENCY_ROUTE_AFTER = /^[^.!?]{0,20}?[,—–-]\s*(?:call|dial)\s+(?:9-?1-?1|911)\b|^[^.!?]{0,20}?,\s*go\s+(?:straight\s+)?to\s+(?:the\s+)?(?:er|ed|emergency)\b/i;
/** "Para epilepsia infantil, nuestro equipo de Pediatría puede orientarles", "Para la diarrea en niños pequeños, nuestra línea de enfermería…": which of our teams sees anyone with it, in Spanish. */
const SPANISH_FOR_ANY_BEFORE = /(?:^|[.!?:¡¿]\s*)para\s+(?:la\s+|el\s+|los\s+|las\s+)?$/i;
const SPANISH_OUR_TEAM_AFTER = /^[^.!?,]{0,24},\s*(?:nuestro\s+equipo|nuestra\s+cl[ií]nica|nuestra\s+l[ií]nea|nuestro\s+programa|nuestros\s+especialistas|el\s+equipo\s+de|llame|llama)\b/i;
/** "La fiebre del valle no se contagia de persona a persona": what is true of a condition for anyone, said of it as a sentence's subject. */
const SPANISH_ARTICLE_OPENS_BEFORE = /(?:^|[.!?:¡¿]\s*|\n\s*)(?:la|el|los|las)\s+$/i;
const SPANISH_GENERAL_CLAIM_AFTER = /^\s+(?:no\s+)?(?:se\s+(?:contagian?|pegan?|transmiten?|heredan?|previenen?)|(?:es|son)\s+contagios[oa]s?)(?![\p{L}])/iu;
/** "Please call 911 right now. Chest pain that lasts more than a few minutes needs emergency care.": a rule for anyone, opening its sentence. */
export const statedForEveryone = (text: string, start: number, end: number): boolean =>
  (SPANISH_ARTICLE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && SPANISH_GENERAL_CLAIM_AFTER.test(text.slice(end, end + 24))) ||
  (SPANISH_FOR_ANY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && SPANISH_OUR_TEAM_AFTER.test(text.slice(end, end + 60))) ||
  (SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && GENERAL_CLAUSE_AFTER.test(text.slice(end, end + 40)) && !SYMPATHY_AFTER.test(text.slice(end, end + 60))) ||
  (FOR_ANY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && EMERGENCY_ROUTE_AFTER.test(text.slice(end, end + 40)));

/** "Women with AFib are…" opening a sentence, in reply to "Is it true women get AFib differently?": the group the comment asks about. */
const GROUP_WITH_BEFORE = /(?:^|[.!?])\s*(women|men|people|adults|kids|children|teens|seniors|athletes)\s+with\s+$/i;
function groupTheCommentAsksAbout(scan: PhiScan, before: string): boolean {
  const group = GROUP_WITH_BEFORE.exec(before)?.[1]?.toLowerCase();
  return group !== undefined && scan.contextTokens().some((t) => t.lower === group);
}

/** A mention the words before suppose ("if you're having…") or make general ("most…"): nobody's own. */
export function supposedBefore(before: string): boolean {
  return SUPPOSED.test(before) || GENERIC_QUANTIFIER.test(before.slice(-30));
}

/** "If you have trouble breathing or swelling in your face", "your glasses or hearing aids if you use them": a term the words around suppose. */
export function supposedAround(scan: PhiScan, term: Span): boolean {
  const sentence = scan.sentenceOf(term.start);
  return SUPPOSED.test(scan.text.slice(Math.max(sentence.start, term.start - SUPPOSING_REACH), term.start)) || SUPPOSED_AFTER.test(scan.text.slice(term.end, term.end + 60));
}

function addressedNotSupposed(before: string, after: string): boolean {
  return ADDRESSED.test(before) && !SUPPOSED.test(before) && !SUPPOSED_AFTER.test(after);
}

/** What a question tells of the writer's own care: "I had", "my results", "recovering from", "on chemo". */
const OWN_EXPERIENCE = /\b(?:had|has|have|got|did|was|were|i['’]m|i\s+am|on|with|while|recover\w*|afford|came\s+back|showed|results?|report|found|said|told|after|since|yesterday|last\s+(?:week|month|night|year))\b/i;
/** How a question about getting to a service opens: "Can I…", "Where do I…", "Does Riverside…", "Is there…". */
const ACCESS_QUESTION =
  /^\W*(?:@\w+\s+)?(?:(?:can|could|may)\s+(?:i|we|my\s+\w+)\s+(?:get|book|schedule|come|bring|park|go|have)\b|where\b|how\s+(?:do|can|should)\s+(?:i|we)\s+(?:get|book|schedule|sign\s+up|find|request|access|park)\b|(?:does|do)\s+(?:riverside|you|your|the|(?:i|my\s+\w+)\s+need\s+a\s+referral)\b|is\s+there\b|are\s+there\b|(?:is|are)\s+(?:dr\.?\s|doctor\s|the\s|your\s|riverside\b|you\b|y['’]all\b)|what\s+(?:time|hours|days)\b|which\s+(?:location|clinic|office)\b|who\s+(?:does|do)\b)/i;
const POSSESSIVE_BEFORE = /\b(?:my|our|his|her|their|ur)\s+(?:[\p{L}'’-]+\s+)?$/iu;

/**
 * "Where do I park for cardiac rehab?", "Can my partner come to ultrasound appointments?": a test or procedure the
 * comment only asks about (how to get, book or reach it) is a service they want, not care they had. A question that
 * tells of their own ("my MRI came back", "I had a biopsy") keeps it.
 * Worked out once per sentence: a long comment holds thousands of terms.
 */
function askedAboutOnly(context: string, sentences: () => readonly Span[], asked: Map<number, boolean>, term: HealthTermMatch): boolean {
  if (term.kind !== 'procedure' && term.kind !== 'lab') return false;
  const sentence = sentenceAt(sentences(), term.start);
  let onlyAsks = asked.get(sentence.start);
  if (onlyAsks === undefined) {
    const written = context.slice(sentence.start, sentence.end);
    onlyAsks = /\?[\s\p{Extended_Pictographic}\u200d\ufe0f]*$/u.test(written) && ACCESS_QUESTION.test(written) && !OWN_EXPERIENCE.test(written);
    asked.set(sentence.start, onlyAsks);
  }
  return onlyAsks && !POSSESSIVE_BEFORE.test(context.slice(Math.max(sentence.start, term.start - 24), term.start));
}

/** "hey it's Darnell, the guy with the torn pec": a comment whose writer gives their name goes on about them. */
const SELF_NAMED = /(?:^|\b(?:hi|hey|hello)[,!]?\s+)(?:it['’]?s|this\s+is)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*[,!.—–-]/u;

/** "A mi bebé le salió…", "Tengo 41 años", "Estoy embarazada", "Tomo…", "Me midieron…", "¿Alguien más con migrañas…?": a Spanish comment about the writer or their family. */
const SPANISH_FIRST_PERSON = /(?<!\p{L})(?:mis?\s+(?=\p{L})|(?:tengo|estoy|padezco|sufro|llevo|tomo|uso|salgo\s+de\s+cuentas|alguien\s+m[aá]s\s+(?:con|que)|me\s+(?:diagnosticaron|salió|salio|dijeron|recetaron|operaron|hicieron|duele|duelen|midieron|pusieron|fractur[eé]|lastim[eé]|quebr[eé]|romp[ií]|torc[ií]|acab[oó]|termin[oó]|olvid[oó]|subi[oó]|baj[oó]|hinch[oó]|infect[oó]))(?!\p{L}))/iu;
const SPANISH_WORD = /(?<!\p{L})(?:que|de|la|el|los|las|con|para|por|una?|es|está|y|le|se)(?!\p{L})/iu;
/** "Mi mamá…", "tengo…": a Spanish comment about the writer or their family. */
export const speaksSpanishOfThemselves = (context: string): boolean => SPANISH_FIRST_PERSON.test(context) && SPANISH_WORD.test(context);

function commentIsAboutThemselves(scan: PhiScan): boolean {
  return !!scan.context && (FIRST_PERSON.test(scan.context) || speaksSpanishOfThemselves(scan.context) || IMPLIED_SELF.test(scan.context) || FELLOW_SUFFERER.test(scan.context) || SELF_INTRODUCED.test(scan.context) || SELF_NAMED.test(scan.context) || AGE_AND_SEX_GIVEN.test(scan.context) || isSubjectlessUpdate(scan));
}

/** The health terms a comment gives as the writer's or their family's, lower case ("I have COPD", "mom of a tree-nut allergic 7 yo"); none it only asks about. */
export function commentersOwnTerms(scan: PhiScan): string[] {
  return commentIsAboutThemselves(scan) || (!!scan.context && ABOUT_SOMEONE_RE.test(scan.context)) ? [...contextTermsWritten(scan).keys()] : [];
}

/** Read once per check: the PHI detector asks for a greeted commenter's terms after the health details did. */
const termsWrittenOf = new WeakMap<PhiScan, ReadonlyMap<string, HealthTermKind>>();

/** The comment's health terms as written, lower case, with their kinds. */
function contextTermsWritten(scan: PhiScan): ReadonlyMap<string, HealthTermKind> {
  let written = termsWrittenOf.get(scan);
  if (!written) termsWrittenOf.set(scan, (written = readContextTermsWritten(scan)));
  return written;
}

function readContextTermsWritten(scan: PhiScan): Map<string, HealthTermKind> {
  const context = scan.context ?? '';
  // Split only when a test or procedure is there to ask about: most comments name none.
  let split: readonly Span[] | undefined;
  const contextSentences = () => (split ??= sentenceSpans(context));
  const asked = new Map<number, boolean>();
  // "the RSV vaccine", "the diabetes class": a comment that names a vaccine or a service does not say the writer has it.
  const theirs = scan.contextHealthTerms().filter((m) => {
    const after = context.slice(m.end, m.end + 30);
    const before = context.slice(Math.max(0, m.start - 40), m.start);
    return !NOT_THEIRS_BEFORE.test(before) && !SPANISH_SERVICE_BEFORE.test(before) && !SPANISH_CAUSED_BY_BEFORE.test(before) && !NOT_THEIRS_AFTER.test(after) && !NAMES_A_VACCINE.test(after) && !NAMES_A_SERVICE.test(after) && !askedAboutOnly(context, contextSentences, asked, m);
  });
  const written = new Map<string, HealthTermKind>(theirs.map((m) => [context.slice(m.start, m.end).toLowerCase(), m.kind]));
  for (const m of context.matchAll(SYMPTOM_ADJECTIVE)) written.set(SYMPTOM_NOUNS[(m[0] as string).toLowerCase()] as string, 'diagnosis');
  return written;
}

/** "I'm so anxious" said back as "anxiety": how the commenter felt, named as the symptom it is. */
const SYMPTOM_NOUNS: Readonly<Record<string, string>> = {
  anxious: 'anxiety',
  bloated: 'bloating',
  dizzy: 'dizziness',
  nauseous: 'nausea',
  nauseated: 'nausea',
  depressed: 'depression',
  constipated: 'constipation',
  congested: 'congestion',
  feverish: 'fever',
  itchy: 'itching',
  wheezy: 'wheezing',
  swollen: 'swelling',
  exhausted: 'exhaustion',
};
const SYMPTOM_ADJECTIVE = new RegExp(`\\b(?:${Object.keys(SYMPTOM_NOUNS).join('|')})\\b`, 'gi');

/** "COVID tests" after "is it COVID?": a test or shot for the condition is the service, not the commenter's condition. */
const TEST_OF = /^\s+(?:tests?|testing|screenings?|shots?|vaccines?|kits?)$/;

/** Without a plural "s": how restated terms are compared. */
function singular(written: string): string {
  return written.replace(/s$/, '');
}

/** "type 1 diabetes" holds "diabetes" as words; "tamiflu" does not hold "flu". */
function containsWords(longer: string, shorter: string): boolean {
  const at = longer.indexOf(shorter);
  if (at < 0) return false;
  const before = longer[at - 1];
  const after = longer[at + shorter.length];
  return (before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after));
}

/** "diabetic" and "diabetes", "anxious" and "anxiety": one-word terms that differ only in their ending. */
function sameStem(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ')) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 5 && common >= Math.min(a.length, b.length) - 3;
}

/** "Three cluster cycles in a year" after "3rd cluster cycle this year": a count before the plural tallies the commenter's own. */
const COUNTED_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+$/i;

/** "brings flu shots to people" after "my flu shot": the plural of the commenter's own term speaks of the service in general. */
function pluralOfTheirs(written: string, theirs: ReadonlyMap<string, HealthTermKind>): boolean {
  if (!written.endsWith('s') || theirs.has(written)) return false;
  return theirs.has(written.slice(0, -1)) || (written.endsWith('es') && theirs.has(written.slice(0, -2))) || (written.endsWith('ies') && theirs.has(`${written.slice(0, -3)}y`));
}

/** "their captain's shoulder surgery", "his teammate's concussion": one person, named by their role. */
const ROLE_POSSESSIVE =
  /\b(?:their|his|her|my|your|our)\s+(?:captain|goalie|quarterback|kicker|pitcher|catcher|coach|star|mvp|teammate|classmate|neighbou?r|friend|teacher|principal|pastor|boss|coworker|co-worker)['’]s\s+(?:[\p{L}'’-]+\s+)?$/iu;
/** "heart rate ranges vary": what is usual for anyone, not the commenter's own reading. */
const NAMES_A_RANGE = /^\s+(?:ranges?|norms?|targets?)\b/i;
/** "that rash you DMed us about": the condition of the person the text speaks to. */
const THEY_TOLD_US_AFTER = /^\s+(?:you|u)\s+(?:dm['’]?e?d|messaged|asked|told\s+us|mentioned|wrote)\b/i;
/** "Most plans cover a screening colonoscopy", "Medicare Part B covers a yearly flu shot", "Muchos planes cubren la colonoscopia de detección", "Medicaid para el embarazo": what insurance pays for, anyone's. */
const COVERED_BY_PLANS_BEFORE =
  /\b(?:(?:most|many|all|some)\s+(?:insurance\s+|health\s+)?(?:plans|insurers|policies)\s+(?:cover|pay\s+for)|(?:medicare|medicaid|tricare)(?:\s+part\s+[abcd])?\s+(?:covers|pays\s+for))\s+(?:(?:a|an|the)\s+)?(?:(?:screening|preventive|routine|yearly|annual)\s+)?$|(?<![\p{L}])(?:muchos|todos\s+los|algunos|la\s+mayor[ií]a\s+de\s+los)\s+(?:planes|seguros)(?:\s+de\s+salud)?\s+(?:cubren|pagan)\s+(?:la|el|los|las)\s+$|(?<![\p{L}])(?:medicaid|medi-cal|seguro|cobertura)\s+(?:para|de)\s+(?:el\s+|la\s+)?$/iu;
/** "Botox is FDA-approved for chronic migraine", "approved to treat": what a medicine is licensed for, anyone's. */
const APPROVED_FOR_BEFORE = /\b(?:fda[-\s])?approved\s+(?:for|to\s+treat)\s+(?:(?:the\s+)?treatment\s+of\s+)?$/i;
/** "call … and ask about lung cancer screening": the service to ask for, not what the commenter has. */
const ASKED_ABOUT_BEFORE = /\b(?:ask|asking|learn|hear)\s+about\s+$/i;
/**
 * "…for chronic migraine in adults", "a fever in a baby under 3 months", "La PrEP es segura para la mayoría de las personas", "La
 * detección de cáncer de colon se recomienda desde los 45 años", "la naloxona se vende sin receta", "hacemos la prueba de tuberculosis a
 * cualquier persona", "surgery is a big step for any family": the term said of a whole group of people, of anyone, or of a medicine anyone may buy.
 */
const OF_A_GROUP_AFTER =
  /^\s+(?:(?:is|can\s+be)\s+(?:a\s+)?[\p{L}-]+\s+(?:step|decision|time)\s+for\s+(?:any|every)\s+(?:family|parent|person)\b|in\s+(?:(?:most|many|some|all|older|younger)\s+)?(?:adults|children|kids|teens|adolescents|people|women|men|seniors|infants|babies)\b|in\s+an?\s+(?:baby|child|infant|toddler|newborn|kid|teen|adult)\s+(?:under|younger\s+than|older\s+than|over|who|with)\b|(?:is|are|es|son)\s+(?:(?:very|generally|usually|muy|generalmente)\s+)?(?:safe|segur[oa]s?|effective|eficaz|efectiv[oa]s?)\s+(?:for|para|in|en)\s+(?:most|many|la\s+mayor[ií]a|muchas?)(?![\p{L}])|(?:is|are)\s+recommended\s+(?:starting\s+at|from|at|for\s+(?:adults|everyone|people))\b|se\s+recomienda(?:n)?\s+(?:desde|a\s+partir\s+de)\s+los\s+\d|(?:is|are)\s+(?:now\s+)?(?:sold|available)\s+(?:over\s+the\s+counter|without\s+a\s+prescription)\b|(?:se\s+venden?|est[aá]n?\s+disponibles?)\s+sin\s+receta(?![\p{L}])|a\s+(?:cualquier|toda)\s+persona(?![\p{L}])|(?:for|to)\s+anyone\s+who\b)/iu;
/** "Our Family Medicine team provides ongoing HIV care": the care of a condition that we give, anyone's who comes. */
const OFFERS_BEFORE = /\b(?:provides?|providing|offers?|offering)\s+(?:(?:ongoing|comprehensive|full|expert|specialized|specialised|same-day|confidential|compassionate|complete|routine|long-term)\s+)*$/i;
const CARE_OF_IT_AFTER = /^\s+(?:care|treatment|management)\b(?!\s+(?:to|for)\s+\p{Lu})/u;
/** "Dr. Whitfield leads limb-sparing surgery in our Sarcoma Program": care one of our clinicians leads in a programme of ours. */
const LEADS_BEFORE = /\b(?:leads|led|runs|directs|performs|does|offers)\s+(?:[\p{L}-]+\s+)?$/iu;
const IN_OUR_PROGRAM_AFTER = /^\s+(?:in|at|through)\s+our\s+(?:[\p{L}&'’-]+\s+){0,4}(?:program(?:me)?|cent(?:er|re)|clinic|service|department|team)\b/iu;
const careWeGive = (before: string, after: string): boolean =>
  (OFFERS_BEFORE.test(before) && CARE_OF_IT_AFTER.test(after)) || (LEADS_BEFORE.test(before.slice(-30)) && IN_OUR_PROGRAM_AFTER.test(after));

/** "Families are welcome to bring hearing aids…": what anyone may bring or use, a policy, not the commenter's own. */
const POLICY_BEFORE = /\b(?:welcome|allowed|free|able|encouraged|invited|asked)\s+to\s+(?:bring|use|wear|keep)\s+(?:their\s+|your\s+|any\s+)?$/i;
/** "Por privacidad no podemos confirmar quién está internado", "we can't confirm whether anyone was admitted": a privacy refusal, said of no one. */
const PRIVACY_REFUSAL_BEFORE = /(?<![\p{L}])(?:no\s+(?:podemos|puedo|se\s+puede)\s+(?:confirmar|decir|compartir)|(?:can['’]t|cannot|can\s+not|are\s+not\s+able\s+to|aren['’]t\s+able\s+to)\s+(?:confirm|share|say))\s+(?:si|qui[eé]n(?:es)?|whether|if|who)\s+(?:[\p{L}'’]+\s+){0,3}$/iu;
/** "0 wrong-site surgeries", "zero falls", "more than 40,000 infusions", "treated 6,800 people for low back pain": a count of none or of thousands is a statistic, no one's. */
const ZERO_COUNT_BEFORE = /(?<![\d.,])\b(?:0|zero|\d{1,3}(?:,\d{3})+)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** "One support person is welcome in pre-op": the area, not anyone's procedure. */
const AREA_TERMS: ReadonlySet<string> = new Set(['pre-op', 'preop', 'post-op', 'postop', 'pacu', 'triage']);
const AREA_BEFORE = /\b(?:in|into|to|from|at)\s+(?:the\s+)?$/i;
/** "Strep is going around local schools": what is spreading in the community, not the commenter's own. */
const GOING_AROUND_AFTER = /^\s+(?:is|are|has\s+been|have\s+been)\s+(?:really\s+)?(?:going\s+around|spreading|circulating|on\s+the\s+rise)\b/i;
const goingAround = (after: string): boolean =>
  (after.includes('around') || after.includes('spreading') || after.includes('circulating') || after.includes('rise')) && GOING_AROUND_AFTER.test(after);
/** "Sports physicals are available at…", "free naloxone (Narcan) is available": what we offer, not what the commenter had. */
const OFFERED_AFTER = /^\)?\s+(?:are|is|can\s+be)\s+(?:(?:now|still|also)\s+)?(?:available|offered|free|open|covered|given|done|provided|administered|posted|released|sent|shared|uploaded|drawn|adapted|tailored)\b/i;

/** "Heard about the new MRI", "Does vitamin D help with…", "Does Riverside offer PrEP…", "¿Dónde consigo naloxona?", "a nursing student interested in palliative care", "what are the signs of a stroke?", "¿La Dra. Alvarez receta buprenorfina?", "¿Ustedes hacen la prueba del VIH?": our equipment, a thing asked about, or a field of work, not the commenter's own. */
const NOT_THEIRS_BEFORE =
  /(?:\b(?:info|information|resources?|guides?|handouts?|materials?|brochures?|literature)\s+(?:about|on|regarding)\s+(?:[\w'’-]+\s+(?:and|&|or)\s+)?|\b(?:can|could|may)\s+(?:i|we)\s+(?:get|book|schedule)\s+(?:a|an|the)\s+|\bdo\s+(?:i|we)\s+need\s+(?:a\s+referral\s+for\s+|an?\s+appointment\s+for\s+)?(?:a\s+|an\s+|the\s+)?|\b(?:the|your|our|a)\s+new\s+|\b(?:does|do|can|will|would|could|is|are)\s+(?:the\s+|a\s+|an\s+|taking\s+)?|\b(?:where|how|when)\s+(?:can|do|should|could)\s+(?:i|we)\s+(?:get|book|schedule|find)\s+(?:a\s+|an\s+|the\s+)?|\b(?:should|can|could|may)\s+(?:i|we)\s+(?:take|try|use|start|give\s+(?:him|her|them))\s+(?:a\s+|an\s+|the\s+|some\s+)?|\bwhat['’]?s\s+(?:a\s+)?['"‘“]?(?:normal|healthy|good|high|low)['"’”]?\s+|\b(?:cause|causes|caused|prevent|prevents|linked\s+to|link\s+to|cures?|reverses?|fix(?:es)?|lower|lowers|raise|raises|boost|boosts|reduce|reduces|affect|affects)\s+|\bbefore\s+(?:a|an)\s+|¿\s*para\s+(?:el|la|un|una)\s+|\bshould\s+(?:i|we)\s+(?:start\s+)?(?:get(?:ting)?|hav(?:e|ing)|schedul(?:e|ing))\s+(?:a\s+|an\s+|my\s+first\s+)?|\b(?:appt|appointment|walk-?in|wait)\s+for\s+(?:a|an)\s+|\b(?:do|does|can|will)\s+(?:you|u|y['’]?all|you\s+guys)\s+(?:treat|see|handle|do|test\s+for|check\s+for|offer|help\s+with)\s+(?:a\s+|an\s+|the\s+)?|\b(?:do|does)\s+(?:[\w'’-]+\s+){1,2}(?:offer|provide|prescribe)\s+(?:a\s+|an\s+|the\s+)?|\b(?:d[oó]nde|c[oó]mo)\s+(?:consigo|obtengo|compro|recojo|puedo\s+(?:conseguir|obtener|comprar|recoger)|se\s+consigue)\s+(?:la\s+|el\s+|una?\s+)?|\b(?:interested\s+in|passionate\s+about|(?:a\s+)?career\s+in)\s+(?:a\s+career\s+in\s+)?|\bwhat\s+are\s+(?:the\s+)?(?:warning\s+|early\s+)?(?:signs|symptoms)\s+of\s+(?:a\s+|an\s+)?|\bcu[aá]les\s+son\s+(?:los\s+|las\s+)?(?:s[ií]ntomas|señales)\s+de(?:l|\s+(?:la|una?))?\s+|(?<!\b(?:me|nos|le|les|te)\s)\b(?:receta|recetan|prescribe|prescriben)\s+(?:la\s+|el\s+)?|(?<!\b(?:me|nos|le|les|te|se)\s)\b(?:hacen|ofrecen|dan|aplican|ponen)\s+(?:la\s+|el\s+|las\s+|los\s+)?(?:pruebas?|ex[aá]menes|examen|vacunas?)\s+(?:del|de\s+la|de|para\s+(?:el|la))\s+)$/i;
// "el DIU causa infertilidad", "the IUD causes infertility": a claim about the thing, not the commenter's own.
const NOT_THEIRS_AFTER = /^\s*(?:machines?|scanners?|units?|suites?|equipment|(?:is\s+|has\s+been\s+)?going\s+around|causes?|causa|causan|provoca|provocan|(?:can|may)\s+cause|puede\s+causar)\b/i;

/** Words too general to say which condition or procedure a term is ("rotator cuff repair" vs "knee repair"). */
// The Spanish ones too: "pastillas para la presión" is told by all its words, not by "para" or "presión" alone.
const GENERAL_TERM_WORDS: ReadonlySet<string> = new Set(
  'surgery repair test tests disease syndrome infection disorder pain therapy injury procedure exam scan chronic acute severe appointment visit telehealth checkup check-up follow-up care treatment session shot meds medication medicine screening class group clinic reading readings para como sobre entre desde contra hasta pastillas presión presion infección infeccion dolor terapia prueba examen tratamiento'.split(' '),
);

/**
 * Words of a term that the common-word lexicon misses but that say ordinary things ("our hearts go out",
 * "a failure to…"): they qualify a general word before them but do not restate the term on their own.
 */
const EVERYDAY_TERM_WORDS: ReadonlySet<string> = new Set('heart pill pills birth failure type stage level levels total partial lower upper sports sport physical'.split(' '));

/** The telling words of the commenter's terms: "rotator" and "cuff" of "rotator cuff repair". */
function tellingWords(terms: ReadonlyMap<string, HealthTermKind>): Map<string, HealthTermKind> {
  const out = new Map<string, HealthTermKind>();
  for (const [term, kind] of terms) for (const w of term.split(/[\s-]+/)) if (w.length >= 4 && !GENERAL_TERM_WORDS.has(w)) out.set(w, kind);
  return out;
}

/**
 * "the fusion is healing" after "my lumbar fusion": a telling word of the commenter's own term, said back
 * on its own, restates it even where the reply's words are not a listed term ("Our rehab team offers speech, physical and
 * occupational therapy" offers it to anyone).
 */
function echoedTermWords(scan: PhiScan, telling: ReadonlyMap<string, HealthTermKind>): PhiCandidate[] {
  const { text } = scan;
  const out: PhiCandidate[] = [];
  let t = 0;
  for (const token of scan.tokens) {
    while (t < scan.healthTerms.length && (scan.healthTerms[t] as HealthTermMatch).end <= token.start) t++;
    const term = scan.healthTerms[t];
    if (term && term.start <= token.start) continue;
    const word = token.bare.length > 4 && token.bare.endsWith('s') ? token.bare.slice(0, -1) : token.bare;
    const kind = telling.get(word) ?? telling.get(token.bare);
    if (!kind || EVERYDAY_TERM_WORDS.has(word) || isCommonWord(word)) continue;
    const sentence = scan.sentenceOf(token.start);
    const before = text.slice(Math.max(sentence.start, token.start - SUPPOSING_REACH), token.start);
    const after = text.slice(token.end, token.end + 24);
    if (GENERIC_QUANTIFIER.test(before.slice(-30)) || GENERIC_EFFECT.test(before) || SUPPOSED.test(before) || SPANISH_OFFERED_BEFORE.test(before) || offeredBefore(before.slice(-30)) || NAMES_A_SERVICE.test(after) || NAMES_A_VACCINE.test(after)) continue;
    out.push({
      type: kind,
      start: token.start,
      end: token.end,
      link: 'person',
      rule: `phi.${kind}.restated-word`,
      why: `${WHAT[kind]} tied to someone: the commenter named it about themselves, and saying it back in public confirms it`,
    });
  }
  return out;
}

/** "Ed joined the wayfinding team after his own triple bypass here in 2022": one person's care, and with us. */
const HIS_OR_HER_BEFORE = /\b(?:his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?$/i;
const WITH_US_AFTER = /^\s+(?:here|with\s+us|at\s+our\s+\w+|in\s+our\s+\w+)\b/i;

/** "your biopsy", "your knee MRI": in a post, "your" is anyone's until the next words tell of one outcome ("if your…" supposes one). */
const YOUR_BEFORE = /(?<!\b(?:if|when|whenever|unless|once|until|in\s+case)\s+)\byour\s+(?:[\w-]+\s+)?$/i;
/** "…came back benign", "…was read yesterday", "…went smoothly": the outcome of one person's test or operation. */
const ITS_OUTCOME_AFTER =
  /^\s+(?:results?\s+)?(?:came\s+back|(?:was|were|is|are)\s+(?:read|normal|negative|positive|clear|benign|finali[sz]ed|posted|released|approved|cancell?ed)|went\s+(?:smoothly|well|great|perfectly)|showed)\b/i;

/** "a diabetic cat": the condition named is a pet's. */
const ANIMAL_AFTER_TERM = new RegExp(String.raw`^\s+${ANIMAL}s?\b`, 'i');

/** "after a leg amputation like yours", "someone has hemophilia like you", "bebés prematuros como el tuyo": the term is the addressed person's own. */
const LIKE_THEIRS_AFTER = /^\s+(?:(?:(?:diagnos[ie]s|cases?|conditions?|injur(?:y|ies)|surger(?:y|ies)|symptoms?)\s+)?(?:like|such\s+as)\s+(?:yours|your\s+[\w-]+['’]s)\b|(?:(?:survivors?|warriors?|fighters?)\s+)?like\s+you(?![\p{L}'’])|como\s+(?:el|la|los|las)\s+(?:tuy|suy)[oa]s?(?![\p{L}]))/iu;
/** "adults whose RLS gets worse at night, just like yours": the commenter's own term, said back as theirs later in its sentence. */
const LIKE_YOURS_LATER = /\b(?:just|exactly)\s+like\s+yours\b/i;

/** "Both our ER and Urgent Care treat animal bites", "we diagnose and treat…": what our teams treat, anyone's who comes. */
const WE_TREAT_BEFORE = /\b(?:we|our\s+(?:[\p{L}&-]+\s+){1,5}?)(?:(?:all|also|routinely|can)\s+)?(?:(?:evaluate|diagnose|see)\s+and\s+)?(?:treat|treats|manage|manages)\s+$/iu;
/**
 * "Ofrecemos protección contra el VRS", "Nuestros pediatras evalúan y tratan el TDAH", "El Dr. Whitfield realiza cirugía de columna", "la Dra. Alvarez y su equipo recetan buprenorfina", "tratan muchas condiciones de la piel, incluido el vitiligo":
 * what we give or treat, in Spanish (not "…de su hijo"). Narrower than the rules' SPANISH_OFFERED_BEFORE: it silences a model, and
 * "realizamos el primer trasplante", "atendemos a su hijo" tell of one person's care.
 */
const SPANISH_WE_GIVE_BEFORE =
  /(?<![\p{L}])(?:ofrecemos|ofrece|ofrecen|brindamos|brinda|brindan|tratamos|aplicamos|contamos\s+con|(?:eval[uú]an|diagnostican)\s+y\s+tratan|tratan|realiza|realizan|recetamos|recetan|prescribimos|prescriben)\s+(?:(?!(?:a|al|su|sus|tu|tus|mi|mis|usted|ti|primer|primera)(?![\p{L}]))\p{L}+\s+){0,4}$|(?<![\p{L}])(?:tratamos|tratan)\s+(?:muchas|muchos|todo\s+tipo\s+de)\s+[^.!?]{0,50}?,\s+(?:incluid[oa]s?|como)\s+(?:el|la|los|las)\s+$/iu;
/**
 * "…closely involved with our hospice and palliative care program", "works closely with our palliative care team", "Congrats to our
 * Labor & Delivery team": one of our services, named by the term, that someone works with or that we congratulate (not "Our rehab
 * team loved having you", "your card to our Surgery Center nurses").
 */
const OUR_BEFORE = /\b(?:(?:with|alongside|within|leads|led|directs|directed|runs|joins|joined)\s+our|(?:congrats|congratulations|kudos|shout-?outs?|hats\s+off)\s+to\s+our)\s+(?:[\p{L}&-]+\s+){0,3}$/iu;
const OUR_SERVICE_AFTER = /^(?:\s+(?:and|&)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?\s+(?:program(?:me)?s?|teams?|services?|units?|department|clinics?|cent(?:er|re)s?)\b/iu;
/** "Nuestro equipo de Fisioterapia": one of our departments, named in Spanish by its field. */
const SPANISH_DEPARTMENT_OF_BEFORE = /(?<![\p{L}])nuestr[oa]s?\s+(?:equipo|departamento|[aá]rea|servicio|unidad|cl[ií]nica|programa)\s+de\s+$/iu;
/** "365 days with zero elective deliveries before 39 weeks": none of it, no one's. */
const NONE_BEFORE = /(?<![\d.,$])\b(?:0|zero)\s+(?:[\p{L}'’-]+\s+)?$/iu;
/** "Our vasectomy prep guide is on our website": a document of ours about the term. */
const OUR_BEFORE_TERM = /\bour\s+$/i;
const OUR_DOCUMENT_AFTER = /^\s+(?:prep\s+)?(?:guides?|handouts?|checklists?|fact\s+sheets?|brochures?|faqs?)\b/i;
const namesOurDocument = (before: string, after: string): boolean => OUR_BEFORE_TERM.test(before) && OUR_DOCUMENT_AFTER.test(after);

/**
 * Where the words around a health term make it anyone's: what most people or a whole group have, what a medicine is approved
 * for, what plans cover, care we offer, give or treat, a service or document of ours named by the term, or a count of none.
 * Offsets are into `text`.
 */
export function saidOfAnyone(text: string, term: Span): boolean {
  const after = text.slice(term.end, term.end + 50);
  const before = text.slice(Math.max(0, term.start - SUPPOSING_REACH), term.start);
  const capitalised = /^\p{Lu}/u.test(text.slice(term.start, term.end));
  return (
    OF_A_GROUP_AFTER.test(after) ||
    APPROVED_FOR_BEFORE.test(before) ||
    COVERED_BY_PLANS_BEFORE.test(before) ||
    WE_OFFER_BEFORE.test(before.slice(-30)) ||
    careWeGive(before, after) ||
    WE_TREAT_BEFORE.test(before) ||
    (SPANISH_WE_GIVE_BEFORE.test(before) && !SAID_AS_THEIRS_AFTER.test(after)) ||
    (OUR_BEFORE.test(before) && OUR_SERVICE_AFTER.test(after)) ||
    namesOurDocument(before, after) ||
    (capitalised && (SPANISH_UNIT_AFTER.test(after) || SPANISH_DEPARTMENT_OF_BEFORE.test(before))) ||
    NONE_BEFORE.test(before)
  );
}

/**
 * Health details become PHI once they are tied to a person: a name in the same sentence, a patient cue,
 * the person a reply addresses, or a detail the commenter shared about themselves.
 */
export function findHealthDetails(scan: PhiScan, names: readonly PhiCandidate[], famous: readonly PhiCandidate[] = []): PhiCandidate[] {
  const isReply = scan.kind === 'reply' || scan.kind === 'template';
  // Without a term of its own, a reply can only echo a word of the comment's terms.
  if (scan.healthTerms.length === 0 && !(answeredComment(scan) && scan.contextHealthTerms().length > 0)) return [];
  const { text } = scan;
  // A post written "To whoever…", or one that says "we'll miss you", speaks to one person, as a reply does.
  const speaksToOne = isReply || TO_ONE_PERSON.test(text) || MISSES_ONE.test(text);
  const aboutThemselves = commentIsAboutThemselves(scan);
  const written: ReadonlyMap<string, HealthTermKind> = aboutThemselves ? contextTermsWritten(scan) : new Map<string, HealthTermKind>();
  const shared = new Map([...written].map(([term, kind]) => [singular(term), kind]));
  const telling = tellingWords(shared);
  // "Afib" after "atrial fibrillation", "Hand, foot and mouth" after "hand foot and mouth": one condition under two names.
  const sharedNames = new Set([...written.keys()].map(canonicalTerm));
  const isShared = (term: string, before: string) => {
    if (pluralOfTheirs(term, written) && !COUNTED_BEFORE.test(before)) return false;
    const one = singular(term);
    for (const c of shared.keys()) if (c === one || containsWords(c, one) || (containsWords(one, c) && !TEST_OF.test(one.slice(c.length))) || sameStem(c, one)) return true;
    return sharedNames.has(canonicalTerm(term));
  };
  // "rotator cuff surgery" after "my rotator cuff repair": the words before a general term name the commenter's own.
  const sharedBefore = (before: string) => telling.size > 0 && before.toLowerCase().split(/[^a-z]+/).slice(-3).some((w) => telling.has(w));
  const out: PhiCandidate[] = isReply && telling.size > 0 ? echoedTermWords(scan, telling) : [];
  // Asked per term, answered per sentence (or once), so a long text with thousands of terms stays linear.
  let nameStarts: number[] | undefined;
  const namedIn = (sentence: Span) => {
    if (names.length === 0) return false;
    nameStarts ??= names.map((n) => n.start).sort((a, b) => a - b);
    const first = firstAtOrAfter(nameStarts, sentence.start);
    return first < nameStarts.length && (nameStarts[first] as number) < sentence.end;
  };
  const listedIn = new Map<number, boolean>();
  // "Dr. Marsh said her…", "When Magic Johnson announced he was HIV-positive": "he" or "her" is one of ours or a famous person.
  const listedInSentence = (sentence: Span, sentenceText: string) => {
    let listed = listedIn.get(sentence.start);
    if (listed === undefined) listedIn.set(sentence.start, (listed = namesListedPerson(scan.dir, sentenceText) || famous.some((c) => c.start >= sentence.start && c.start < sentence.end)));
    return listed;
  };
  let listedInText: boolean | undefined;
  // "Meet Dr. Priya Raman… she": no other name is found and the text names one of our listed people, so "she" is them.
  const onlyOursNamed = () => names.length === 0 && (listedInText ??= namesListedPerson(scan.dir, text));
  for (const term of scan.healthTerms) {
    if (term.kind === 'diagnosis' && (NAMES_A_VACCINE.test(text.slice(term.end, term.end + 30)) || SPANISH_VACCINE_BEFORE.test(text.slice(Math.max(0, term.start - 30), term.start)))) continue;
    if (namesACause(scan, term)) continue;
    // "Daniel's 14-year-old diabetic cat": the condition of a pet, no patient's.
    if (ANIMAL_AFTER_TERM.test(text.slice(term.end, term.end + 12))) continue;
    if (NAMES_A_SERVICE.test(text.slice(term.end, term.end + 32)) || OFFERED_AFTER.test(text.slice(term.end, term.end + 24)) || NAMES_A_RANGE.test(text.slice(term.end, term.end + 12)) || goingAround(text.slice(term.end, term.end + 30))) continue;
    const sentence = scan.sentenceOf(term.start);
    const sentenceText = text.slice(sentence.start, sentence.end);
    let why: string | undefined;
    const restated =
      shared.size > 0 &&
      (isShared(text.slice(term.start, term.end).toLowerCase(), text.slice(Math.max(sentence.start, term.start - 12), term.start)) || sharedBefore(text.slice(Math.max(sentence.start, term.start - 30), term.start)));
    const before = text.slice(Math.max(sentence.start, term.start - SUPPOSING_REACH), term.start);
    if (AREA_TERMS.has(text.slice(term.start, term.end).toLowerCase()) && AREA_BEFORE.test(before)) continue;
    if (careWeGive(before, text.slice(term.end, term.end + 60)) || offeredBefore(before.slice(-30))) continue;
    if (namesOurDocument(before, text.slice(term.end, term.end + 30))) continue;
    // "El programa de rehabilitación cardiaca requiere…": Spanish names the service before the term.
    // "atendemos a muchos bebés con labio leporino como el tuyo": what we offer, said of the person addressed.
    if ((SPANISH_SERVICE_BEFORE.test(before) || SPANISH_OFFERED_BEFORE.test(before) || SPANISH_CAUSED_BY_BEFORE.test(before)) && !(isReply && (LIKE_THEIRS_AFTER.test(text.slice(term.end, term.end + 24)) || SAID_AS_THEIRS_AFTER.test(text.slice(term.end, term.end + 30))))) continue;
    if (ZERO_COUNT_BEFORE.test(before) || PRIVACY_REFUSAL_BEFORE.test(before)) continue;
    const generic = () =>
      (GENERIC_QUANTIFIER.test(before.slice(-30)) ||
        groupTheCommentAsksAbout(scan, before) || POLICY_BEFORE.test(before) || SPANISH_ANYONE_WITH_BEFORE.test(before) || COVERED_BY_PLANS_BEFORE.test(before) || APPROVED_FOR_BEFORE.test(before) || OF_A_GROUP_AFTER.test(text.slice(term.end, term.end + 50))) &&
      !THEIR_NEWS_AFTER.test(text.slice(term.end, term.end + 16));
    if (restated && !generic() && !ASKED_ABOUT_BEFORE.test(before) && !GENERIC_EFFECT.test(before) && !SUPPOSED.test(before) && !statedForEveryone(text, term.start, term.end) && !VARIES_AFTER.test(text.slice(term.end, term.end + 16)) && !namedAsScreening(before, text.slice(term.end, term.end + 20))) why = 'the commenter shared it about themselves, and repeating it in public confirms it';
    else if (namedIn(sentence)) why = 'it sits next to a person\'s name';
    else if (
      // "38% of adults who came to our Urgent Care for tooth pain": a share of many, no one patient.
      (scan.sentenceMatches(PATIENT_CUE, term.start) && !SHARE_OF_A_GROUP.test(sentenceText)) ||
      scan.sentenceMatches(SPANISH_PERSON_OF_AGE, term.start) ||
      (scan.sentenceMatches(SPANISH_DONE_TO_ONE, term.start) && !SUPPOSED.test(before)) ||
      scan.sentenceMatches(HONORIFIC, term.start) ||
      (scan.sentenceMatches(PRONOUN_CUE, term.start) && !SUPPOSED.test(before) && !listedInSentence(sentence, sentenceText) && !onlyOursNamed())
    )
      why = 'it is about a specific patient';
    else if (term.kind === 'lab' && scan.sentenceMatches(ONE_PERSON, term.start) && /\d/.test(RESULT_VALUE.exec(text.slice(term.end))?.[0] ?? '') && !(!scan.sentenceMatches(ONE_PERSON_OTHERWISE, term.start) && onlyOursNamed())) why = "it is one person's result"
    else if ((speaksToOne || scan.sentenceMatches(HANDLE, term.start)) && addressedNotSupposed(before, text.slice(term.end, term.end + 40)) && !(GENERIC_YOU.test(before) && !aboutThemselves) && !LIST_OF_YOURS.test(before)) why = 'it is about the person this text addresses';
    else if (!isReply && YOUR_BEFORE.test(before) && ITS_OUTCOME_AFTER.test(text.slice(term.end, term.end + 40))) why = 'it is the outcome of the care of the person this text addresses';
    else if (ROLE_POSSESSIVE.test(before)) why = 'it is one person\'s, named by who they are';
    else if (THEY_TOLD_US_AFTER.test(text.slice(term.end, term.end + 20))) why = 'it is the condition the person addressed told us about';
    else if (isReply && SYMPATHY_FOR.test(before)) why = 'the reply sympathises with the person it addresses about it';
    else if (SYMPATHY_FOR.test(before) && HEALING_AFTER.test(text.slice(term.end, term.end + 24))) why = 'it wishes one person well with it';
    else if (isReply && ((term.kind !== 'procedure' && NAMED_AS_THEIRS.test(text.slice(Math.max(sentence.start, term.start - 50), term.start))) || LIKE_THEIRS_AFTER.test(text.slice(term.end, term.end + 24)) || (restated && LIKE_YOURS_LATER.test(text.slice(term.end, Math.min(sentence.end, term.end + 60)))))) why = 'the reply names it as what the person addressed has';
    else if (isReply && aboutThemselves && JUDGED_AS_NORMAL.test(text.slice(term.end, sentence.end))) why = 'the reply judges the commenter\'s own symptom';
    else if (HIS_OR_HER_BEFORE.test(before) && WITH_US_AFTER.test(text.slice(term.end, term.end + 24))) why = 'it is care one person had with us';
    if (!why || inDepartmentName(scan, term) || namesAnOrganisationOrRate(text, term)) continue;
    let end = term.end;
    if (term.kind === 'lab') {
      const value = RESULT_VALUE.exec(text.slice(end));
      if (value && /\d/.test(value[0])) end += value[0].length;
    }
    out.push({ type: term.kind, start: term.start, end, link: 'person', rule: `phi.${term.kind}.person-linked`, why: `${WHAT[term.kind]} tied to someone: ${why}` });
  }
  return out;
}
