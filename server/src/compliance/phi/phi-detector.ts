import { indexDirectory, namesListedPerson } from '../directory/directory-index';
import type { Detector, DetectorContext, Finding, Severity } from '../types';
import { PATIENT_SERVICE_WORDS } from '../vocab/service-words';
import { findAges } from './age-detector';
import { findDescribedPatients } from './described-patient';
import { findFamilySurnames } from './family-surname';
import { findDates } from './date-detector';
import { findHealthDetails, isSubjectlessUpdate, namesACause, namesWhatWeOffer } from './health-detail-detector';
import { findRestatedAges, findRestatedCodes, findRestatedIdentifiers, findRestatedOldAges, findRestatedPostOpDays, findRestatedPregnancyWeeks, findRestatedReadings } from './restated-number';
import { findRestatedHomePlaces, findRestatedSchools, findRestatedStreets } from './restated-street';
import { findRestatedComplaints, findRestatedFalls, findRestatedShortForms } from './restated-complaint';
import { findRestatedHabits } from './restated-habit';
import { findRestatedCareDays, findRestatedCareStays } from './restated-day';
import { findRestatedSpanishCareDays } from './restated-spanish-day';
import { findIdentifierPatterns } from './identifier-patterns';
import { findJerseyNumbers } from './jersey-number';
import { findTestimonialNames } from './testimonial-attribution';
import { findRestatedMilestones } from './restated-milestone';
import { findRestatedSpanishConditions, folded } from './restated-spanish';
import { findSpanishCareDetails } from './spanish-care-details';
import { findSpanishDescribedPersons } from './spanish-described-person';
import { isSpanishWordAt } from './spanish-words';
import { findWardsOfStayingRelatives } from './ward-of-relative';
import { findAskedAfterNamesSaidBack, findRelativeNamesSaidBack, RELATIVE_SAID_BACK_RULE } from './relative-name-said-back';
import { findLocations } from './location-detector';
import { findNames, namesNoPerson } from './name-detector';
import { ANIMAL_AFTER_NAME, ANIMAL_WORD } from '../vocab/animals';
import { mayMatch } from '../text/word-gated-regexp';
import { FAMOUS_PERSON_RULE, isFamous, isIntroducedAsPublicFigure, isIntroducedAsStaff, PUBLIC_FIGURE_RULE, STAFF_NAME_RULE, TREATED_BY_US } from './staff-role';
import { widenNames } from './name-widening';
import { findUnlistedNames } from './unlisted-name';
import { findLineHeadNames } from './line-head-name';
import { findContactNames } from './contact-name';
import { findSocialHandles } from './social-handle';
import { tiesHealthToAddressee } from './addressee-health';
import type { PhiCandidate } from './phi-candidate';
import { phiMessage } from './phi-messages';
import { AGE_IN_BRACKETS, CARE_CUE, FIRST_PERSON, PT_AS_PATIENT, scanText, SECOND_PERSON, speaksOfCareAt, type PhiScan } from './phi-scan';
import { findPhones } from './phone-detector';
import { findTitleInitials } from './title-initial';
import { findInvertedNames } from './inverted-name';
import { KeptSpans } from '../text/kept-spans';
import { containedIn } from '../text/contained-in';
import { firstAtOrAfter } from '../text/sorted-offsets';
import { cachedRegExp } from '../text/cached-regexp';

const RANK = { identifier: 0, person: 1, contextual: 2, weak: 3, colleague: 3 } as const;

/** The rule of a name a text speaks to ("Hi Tom,", "Thanks, Gina"). */
const ADDRESSED_RULE = 'phi.name.addressed';
const REPEATED_RULE = 'phi.name.repeated';

const nameWords = (text: string, n: PhiCandidate): string[] =>
  folded(text.slice(n.start, n.end))
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);

/**
 * "«Si no tengo síntomas…» … los pólipos no dan síntomas": a word repeated from a span that turned out to be Spanish words is no
 * name either, unless a name that stays holds it too.
 */
function withoutEchoesOf(text: string, dropped: ReadonlySet<PhiCandidate>, names: readonly PhiCandidate[]): PhiCandidate[] {
  if (dropped.size === 0 || !names.some((n) => n.rule === REPEATED_RULE)) return [...names];
  const droppedWords = new Set([...dropped].flatMap((n) => nameWords(text, n)));
  const keptWords = new Set(names.filter((n) => n.rule !== REPEATED_RULE).flatMap((n) => nameWords(text, n)));
  return names.filter((n) => n.rule !== REPEATED_RULE || !nameWords(text, n).every((w) => droppedWords.has(w) && !keptWords.has(w)));
}
/** A name that may be a patient's: not a shape-only guess, not a colleague. */
const namesSomeone = (c: PhiCandidate): boolean => c.link !== 'weak' && c.link !== 'colleague';

/** `word` ("patient", "patients?") as one person: not "new patients", not "patient portal" or another service. */
const asOnePatient = (word: string): string => String.raw`(?<!\b(?:new|all|accepting|welcoming)\s)${word}(?!\s+(?:${PATIENT_SERVICE_WORDS})\b)`;
const ONE_PATIENT = asOnePatient('patients?');

/** "Our favorite regular from Apartment 4B": the person whose address it is, named as one of our patients. */
const RESIDENT_PATIENT = new RegExp(String.raw`\b(?:${asOnePatient('patient')}|our\s+(?:favou?rite|most\s+loyal|longest-?time)\s+regulars?|admitted|discharged)\b`, 'i');

const PATIENT_CUE = new RegExp(String.raw`\b(?:${ONE_PATIENT}|pt|diagnosed|treated|admitted|discharged|splinted|stitched|came\s+to\s+(?:us|our)|special\s+care\s+nursery|nicu|picu|\d{1,3}[- ]year[- ]old|room \d+[a-z]?|bed \d+[a-z]?)\b`, 'i');

/** Keeps the strongest, then longest, candidate where spans overlap. */
function resolveOverlaps(candidates: PhiCandidate[]): PhiCandidate[] {
  const ordered = [...candidates].sort(
    (a, b) => RANK[a.link] - RANK[b.link] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: PhiCandidate[] = [];
  const spans = new KeptSpans();
  for (const c of ordered) {
    if (c.end <= c.start || spans.collides(c.start, c.end)) continue;
    spans.add(c.start, c.end);
    kept.push(c);
  }
  return kept;
}

function spansOf(candidates: readonly PhiCandidate[]): KeptSpans {
  const spans = new KeptSpans();
  for (const c of candidates) spans.add(c.start, c.end);
  return spans;
}

/** "Teresa and her twins, who are now caught up on their vaccines": a listed given name beside a care cue in its sentence. */
const GIVEN_NAME_RULE = 'phi.name.given-name';

/** Words that turn a bare name into a patient's name; NAME_HEALTH_CUE adds a room, bed or bay number ("Maria in room 4"). */
const NAME_HEALTH_WORDS = String.raw`${ONE_PATIENT}|${PT_AS_PATIENT}|911\s+calls?\s+for|results\s+are\s+(?:ready|in|back)\s+for|diagnos\w*|treated|treatment|surgery|operation|admitted|discharg(?:e|ed|ing)|hospitali[sz]ed|passed away|died|recovering|recovery|chemo|cancer-free|seizure-free|remission|rang the bell|rest easy|fly high|rest in peace|gained (?:his|her|their) wings|earned (?:his|her|their) wings|our care|in our (?:icu|er|nicu)|step-down|going home day|left our (?:unit|floor|icu|nicu)|nicu|picu|prognosis|symptoms?|get well|feel(?:ing)? better|(?:was|were) born|newborn|birthing|arrived at \d|proud (?:new )?parents|deliver(?:ed|ing)? (?:a |the )?(?:[A-Z][\w'’-]+ )?(?:baby|babies|twins|triplets)|(?:two|three|\d) new (?:boys|girls|babies)|new baby (?:boy|girl)|born at \d{2} weeks|labou?r and delivery|weigh(?:ing|ed) (?:in at )?\d|hospice|home from (?:the )?hospital|(?:left|leaving|leaves) (?:the|our) hospital|(?:her|his|their|a|the) fall|(?:\d+|a|two|three|four|five|six|several) (?:days|weeks|months) (?:with us|in (?:the|our))|recover(?:s|ed|ing|y)|final days|palliative|end of life|burn unit|discharge day|therapy group|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:days?|weeks?|months?|years?) (?:clean|sober|smoke-free|tobacco-free|nicotine-free|vape-free|without (?:a |an )?(?:bleed|seizure|drink|cigarette|relapse|pain crisis|flare|migraine|hospital stay|er visit|(?:severe |bad )?lows?|hypos?|asthma attack|fall))|hearing aids?|quit(?:ting)? (?:smoking|vaping|tobacco|cigarettes)|pharmacy bags?|prescription (?:bags?|bottles?)|prescriptions? for|refills? for|prescriptions? (?:is|are) ready|pill bottles?|sprained|patched (?:\w+ )?up|splinted|stitched (?:\w+ )?up|heal (?:fast|quickly|soon|up soon)|home oxygen|oxygen (?:tanks?|concentrators?)|feeding tube|ventilator|follow-?up|born (?:\d+|two|three|four|five|six|seven|eight) weeks? (?:early|premature)|premature|preemies?|special care nursery|home from (?:our|the) (?:nicu|hospital|nursery|unit)|(?:cardiac|cardiology|oncology|rehab|maternity|dialysis|infusion|surgical|neuro|memory care|dementia|psych|psychiatric|behavioral health|hospice) (?:unit|floor|ward|wing)|memory care|(?<!\b(?:elevator|stairs)\s+to\s+the\s+)\d(?:st|nd|rd|th) floor|(?:twin |smooth |safe |baby['’]s |(?:his|her|your|their) (?:wife|partner)['’]s )delivery|delivery went|arrival of (?:baby|their|little|twins|triplets|a (?:baby|son|daughter|healthy))|(?:knees?|hips?|shoulders?) (?:were|was) replaced|first visit with (?:us|dr\.?|our)|replaced (?:both (?:of )?)?(?:his|her|their) (?:knees?|hips?|shoulders?)|pacemaker|stents?|prosthe(?:tic|sis)|amputat(?:ion|ed)|amputee|(?:breaking|broke|broken|fractured)\s+(?:both\s+|his\s+|her\s+|their\s+|a\s+)?(?:arms?|legs?|wrists?|ankles?|collarbones?|hips?|ribs?|noses?|fingers?|elbows?|feet|foot|hands?)|(?:husband|wife|mom|dad|mother|father)['’]s last (?:night|days|hours|breath)|due (?:in|this|next|any day)|crash|accident|collision|wreck|trauma (?:center|bay|unit)|fighting hard|prayers? for|praying for|in (?:your|our) (?:thoughts|prayers)|sending (?:so much |lots of |all (?:our|the) |our )?(?:strength|prayers|healing)|(?:after )?swallow(?:ed|ing) (?:a|an|some|one|two|three|her|his|their|grandma['’]s|grandpa['’]s) |expecting (?:twins|triplets|a (?:baby|boy|girl|son|daughter))|delivered (?:its|our|their) first (?:set of )?(?:twins|triplets|quadruplets|baby|babies)|el d[ií]a de (?:tu|su) alta|dad[oa]s? de alta|(?:en el|del) piso \d+|welcomed (?:twins|triplets|(?:a |their |her |his )?(?:healthy |new |first |second |third )?(?:baby|son|daughter|boy|girl)\b)|(?:little|baby) \w+,? arrived|(?:first|second|third|fourth) (?:baby|child) with us|mother-baby (?:unit|floor)|(?:kidney|liver|living) donors?|transplant recipients?|\d+-week check-?(?:in|up)|one of (?:her|his|their) kidneys|(?:his|her|their) (?:weekly |daily |monthly |regular )?(?:sessions|appointments|treatments|infusions|check-?ups)|(?:every|each) (?:visit|appointment|session) with|for your (?:weekly |daily |regular )?(?:sessions|treatments|infusions|dialysis)|(?:his|her|their|your) (?:final|last) (?:days|weeks|hours|months|breaths?)|arrived (?:\w+ )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) weeks? (?:early|premature)|welcome (?:back|home)(?!\s+(?:from|to\s+(?:our|the)\s+(?:team|staff|desk|front)))|(?:your|his|her|their) own stay|(?:his|her|their) (?:new )?[\w-]+ (?:heals|is healing)|caught up on (?:his|her|their) (?:vaccines|shots|immunizations|vaccinations)|['’]s\s+(?:new\s+|own\s+|regular\s+|usual\s+)?(?:pediatrician|surgeon|oncologist|cardiologist|care\s+team|orthodontist|midwife|pcp|primary\s+care\s+(?:doctor|provider))`;
/** "from 168/102 to 128/80", "de 168/102 a 128/80": someone's blood pressure, before and after. */
const BLOOD_PRESSURE = String.raw`(?:9\d|1\d\d|2[0-4]\d)\s?\/\s?(?:[4-9]\d|1[0-3]\d)`;
const BLOOD_PRESSURE_CHANGE = String.raw`\b(?:from|de)\s+${BLOOD_PRESSURE}\s+(?:to|a)\s+${BLOOD_PRESSURE}\b`;

const NAME_HEALTH_CUE = new RegExp(String.raw`\b(?:${NAME_HEALTH_WORDS}|(?:room|bed|bay) \d+[a-z]?)\b|${BLOOD_PRESSURE_CHANGE}`, 'i');

/** PATIENT_CUE's Spanish words: "despedimos a Camila, de la habitación 312", "los gemelos… salieron de la UCIN", "su tratamiento",
 * "durante 12 días en el piso de oncología", "Rosario y Lupe jugando lotería en nuestra Unidad de Memoria", "celebró Valentina su cumpleaños en la unidad pediátrica". */
const SPANISH_PATIENT_CUE =
  /(?<![\p{L}])(?:ucin|ucip|uci|terapia\s+intensiva|cuidados\s+intensivos|(?:habitaci[oó]n|cuarto|cama|cub[ií]culo)\s+\d+[a-z]?|(?:su|tu)\s+(?:(?:primer|[uú]ltim[oa])\s+)?(?:tratamiento|sesi[oó]n\s+de\s+(?:terapia|quimio(?:terapia)?|radio(?:terapia)?|di[aá]lisis))|tratamiento\s+(?:por|contra|para\s+(?:su|el|la))|diagnosticad[oa]|ingresad[oa]|internad[oa]|hospitalizad[oa]|acompañamos\s+durante|unidad\s+de\s+(?:memoria|demencia|cuidados\s+paliativos)|en\s+(?:la|nuestra)\s+unidad\s+(?:pedi[aá]trica|de\s+pediatr[ií]a|oncol[oó]gica|de\s+oncolog[ií]a|de\s+cardiolog[ií]a|neonatal|coronaria|de\s+quemados|de\s+hospitalizaci[oó]n)|(?:durante|pas[oó])\s+\d+\s+(?:d[ií]as|semanas|noches)\s+en\s+(?:el|la|nuestr[oa])\s+(?:piso|planta|unidad|hospital|sala|uci|ucin))(?![\p{L}])/iu;

/** NAME_HEALTH_CUE's Spanish words: "Sofía, ex paciente de nuestra unidad de crisis", "Jimena, que lleva 6 meses sin autolesionarse", "Valentina… nació el 2 de marzo", "que Diego se mejore pronto", "la paciente Yesenia", "a quien atendimos en
 * Urgencias", "que pasó 3 semanas en la Unidad de Trauma", "dio sus primeros pasos tras su reemplazo", "verla tan bien después de tres semanas con nosotros", "Noemí Rangel (35 sem.)", "Rogelio Fuentes por su primer año sin alcohol tras completar nuestro programa de desintoxicación", "Don Fermín Aguilar, paciente de nuestra unidad desde 2016", "Rosanna… con sus gemelitos en su chequeo de los 6 meses", "Don Eusebio… paciente nuestro por 30 años", "Jimena… se convirtió en mamá a los 17 años", "el primer bebé del año… Santiago, 3.4 kg, hijo de Marisela y Omar", "Ingrid, Sulmy y Reina, que tuvieron a sus bebés con nosotros", "Elmer…, a quien le encontramos el azúcar en 310 y ese mismo día empezó tratamiento", "doña Ofelia… en la silla 7 de nuestro Centro de Infusión". */
const SPANISH_NAME_HEALTH_CUE =
  /(?<![\p{L}])(?:su\s+estancia|paciente\s+nuestr[oa]|(?:su|tu)\s+chequeo\s+de\s+los\s+\d{1,2}\s+(?:meses|años)|ex[-\s]?paciente|paciente\s+de\s+(?:nuestr[oa]|la|el)\s+(?:unidad|cl[ií]nica|centro|programa|sala|servicio)|se\s+convirti[oó]\s+en\s+(?:mam[aá]|madre)|lleva\s+\d+\s+(?:d[ií]as|semanas|meses|años)\s+(?:sin\s+(?:autolesionarse|lastimarse|cortarse|fumar|beber|tomar|consumir|drogas|alcohol)|sobri[oa]|limpi[oa])|(?:primer|segundo|tercer|\d+\s*[°º]?)\s+(?:año|mes|aniversario)\s+(?:sin\s+(?:alcohol|beber|drogas|fumar|consumir)|de\s+sobriedad)|desintoxicaci[oó]n|naci(?:[oó]|eron)|(?:su|tu)\s+beb[eé]\s+(?:arco[ií]ris\s+)?(?:lleg[oó]|naci[oó])|(?<!(?:hacer|programar|agendar|pedir|pida|pide|pidan|reservar|solicitar|solicite|haga|hagan|agende|programe|reserve|cambiar|cancelar|confirmar)\s+)(?:su|tu)\s+(?:pr[oó]xima\s+)?cita|(?:pr[oó]xima\s+)?cita\s+de\s+(?:la|el|don|doña)(?![\p{L}])|reci[eé]n\s+nacid[oa]|se\s+mejore|se\s+recupere|recuperaci[oó]n|internad[oa]|hospitalizad[oa]|falleci[oó]|pas[oó]\s+(?:una\s+)?(?:buena|mala|tranquila)\s+noche|(?:tus|sus)\s+\d+\s+(?:d[ií]as|semanas|meses|años)\s+(?:sin\s+(?:cristal|alcohol|beber|drogas|fumar|consumir|tomar)|limpi[oa]s?|sobri[oa]s?)|sigue\s+en\s+observaci[oó]n|perd[ií]\s+a\s+mi\s+(?:espos[oa]|marido|mam[aá]|pap[aá]|madre|padre|hij[oa]|herman[oa]|abuel[oa]|beb[eé])|descanse\s+en\s+paz|sus\s+vacunas|vacunarse|dad[oa]\s+de\s+alta|(?:le\s+)?dieron\s+de\s+alta|ya\s+est[aá]\s+en\s+casa|(?:la|el|nuestr[oa]|su)\s+paciente|bienvenid[oa]\s+a\s+casa|(?:cama|silla)\s+\d+|(?:su|tu)\s+(?:rehabilitaci[oó]n|cirug[ií]a|operaci[oó]n|quimioterapia|di[aá]lisis)|prueba\s+de\s+(?:az[uú]car|glucosa|sangre|embarazo|colesterol)|(?:a\s+quien|que|l[oa]s?)\s+atendimos|atendimos\s+a|operamos|l[oa]s?\s+operaron|(?:pas[oó]|estuvo)\s+(?:\p{L}+\s+){0,3}en\s+(?:la|nuestra)\s+unidad|lleg[oó]\s+a\s+(?:urgencias|nuestra\s+unidad|la\s+uci|nuestro\s+programa|nuestra\s+cl[ií]nica)|lista\s+de\s+(?:espera|pacientes)|primeros\s+pasos\s+tras|tras\s+su\s+(?:cirug[ií]a|operaci[oó]n|reemplazo|parto|accidente)|(?:\d+|un[ao]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:d[ií]as|semanas|noches)\s+con\s+nosotros|\d{1,2}\s+sem(?:anas|\.)(?=\s*\))|\d{1,2}\s+semanas\s+de\s+(?:embarazo|gestaci[oó]n)|(?:embarazo\s+)?gemelar|(?:el|la)\s+primer[oa]?\s+beb[eé]\s+del|(?:los|las)\s+primer[oa]s\s+(?:gemel[oa]s|melliz[oa]s|trilliz[oa]s)\s+del|tuvieron\s+a\s+sus\s+beb[eé]s|a\s+quien\s+le\s+(?:encontramos|detectamos|diagnosticamos)|pas[oó]\s+(?:la\s+|el\s+)?(?:nochebuena|navidad|noche\s+vieja|año\s+nuevo|su\s+cumpleaños|d[ií]a\s+de\s+\p{L}+)\s+con\s+nosotros|empez[oó]\s+(?:su\s+)?tratamiento|tuvo\s+a\s+su\s+beb[eé]|pes[oó]\s+\d|\d(?:[.,]\d{1,3})?\s*(?:kg|kilos),\s+hij[oa]\s+de)(?![\p{L}])/iu;

/**
 * "Lost & found: a pill organizer labeled 'G. Romano'…", "Did someone leave a retainer case at the front desk? It's labelled
 * 'Sofia R.'": a notice of something left with us names its owner as someone who was here.
 */
const LOST_AND_FOUND =
  /\b(?:lost\s*(?:&|and)\s*found|found\s+[^!?\n]{0,80}?\b(?:written|printed)\s+(?:on|inside)\s+(?:the|its|their)\s+(?:tag|label|lid|bottle|case|box|band|strap)|we\s+found\s+(?:your|his|her|their)\s+(?:[\w-]+\s+){1,3}(?:after|from|at)\s+(?:your|his|her|their)\s+|found\s+in\s+(?:our|the)\b|(?:was|were)\s+(?:left|turned\s+in)\s+(?:in|at|behind)\b|(?:leave|left|forgot)\s+(?:a|an|your|his|her|their)\s+(?:[\w-]+\s+){1,4}(?:in|at)\s+(?:our|the)\b)/i;

/** "our Breathe Easy superstar Mateo Ruiz! … Two whole years without an asthma ER visit": a superstar of our care, not of our staff. */
const SUPERSTAR_BEFORE = /\bsuperstars?,?\s+$/i;
const praisedAsPatient = (scan: PhiScan, start: number): boolean => SUPERSTAR_BEFORE.test(scan.text.slice(Math.max(0, start - 14), start)) && scan.healthTerms.length > 0 && CARE_CUE.test(scan.text);

/** "Hi Debra! Please call the Main Line and they'll confirm any appointment": a greeting that routes, not care. */
const GREETS_AND_ROUTES = /^\s*(?:hi|hey|hello|thanks|thank you)\b[^.!?]{0,30}[.!,—-][^]*(?:\bcall\b|\(\d{3}\)\s?\d{3}-\d{4})/i;
/** Care words a reply can use about the person it answers ("stitch up Zoe's chin", "the bleeding"). */
const HURT_WORDS = String.raw`stitch\w*|bleeding|fever|cast|pain`;
const REPLY_CARE = new RegExp(String.raw`${CARE_CUE.source}|\b(?:${HURT_WORDS}|urgent\s+care)\b`, 'i');
/**
 * REPLY_CARE for the person a reply greets: only words of their hurt said as theirs ("So sorry, Amos… about the rib pain",
 * "your dad's breathing"), not of one supposed ("if there's bleeding or severe pain, call 911") or listed for anyone
 * ("Severe pain, fever or bleeding? Go to the ER", "our chest-pain pathway"), whether or not the reply routes them. Care
 * words said of anyone ("a first visit", "date of birth", "patients get a text") and Urgent Care, where a reply sends them, are not.
 */
const CARE_TO_ADDRESSEE = new RegExp(
  String.raw`(?<!\b(?:if|when|whenever|unless)\b[^.!?]{0,60})(?:\b(?:the|that(?!\s+(?:may\s+|might\s+|could\s+|can\s+|will\s+)?(?:needs?|requires?)\b)|this|those|these|your|his|her|their)\s+(?:[\w'’-]+\s+){0,2}(?:${HURT_WORDS}|redness|swelling|rash|bruising|infection|breathing|cough|coughing|wheezing)\b(?!-|\s+(?:team|clinic|program|pathway|center|centre|management|specialists?|service|class|group)\b)|\byou\s+(?:were|got)\s+(?:shot|stabbed|hurt|injured|attacked|assaulted|bitten|burned)\b)`,
  'i',
);
/** "ribs still hurt bad", "got a needlestick on a call": a comment that tells of the writer's (or their family's) own hurt. */
const OWN_HURT = /\b(?:hurts?|hurting|aches?|aching|painful|swollen|sprained|broke|broken|needle-?sticks?|bitten|stung|(?:got|was|been)\s+(?:shot|stabbed|assaulted|attacked))\b/i;

/** "Back in the hospital with my heart again": a name in a reply that speaks of care is the commenter's, next to their care. */
function commentAboutOwnCare(scan: PhiScan, context: string): boolean {
  return (
    (FIRST_PERSON.test(context) && (scan.contextHealthTerms().length > 0 || CARE_CUE.test(context) || NAME_HEALTH_CUE.test(context) || OWN_HURT.test(context))) ||
    isSubjectlessUpdate(scan)
  );
}

const RELATIVE_BEFORE = String.raw`\b(?:student|classmate|teammate|coworker|co-worker|bestie|bff|best\s+friend|son|daughter|kid|child|baby|mom|mother|dad|father|wife|husband|partner|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|brother|sister|aunt|uncle|neighbou?r|friend)\s*[,(]?\s*`;

/** "my grandma Inez was in room 512": a room, bed or unit number places a relative in our care. */
const IN_A_ROOM = /\b(?:room|bed|unit)\s+#?\d/i;

/** What else a comment can tell of a relative: their shots, a wheelchair, an ambulance, a death, wanting to talk to someone about it, or an age over 89 ("my mom Ruth is 91", "my dad Ray (93)"). */
const RELATIVE_DETAIL = /\b(?:talk\s+to\s+(?:someone|somebody|a\s+counsell?or|a\s+therapist)\s+about|shots|vaccines?|vaccinations?|immuni[sz]ations?|check-?up|physical|records?|dob|wheelchair|walker|helicopter|airlifted|ambulance)\b|\b(?:passed(?:\s+away)?|died)\s+(?:on|in|last)\b|\bmy\s+late\s+(?:mother|mom|father|dad|husband|wife|son|daughter|brother|sister|grandma|grandpa|grandmother|grandfather)\b|\b(?:is|turned|turns|aged?)\s+(?:9\d|1[01]\d)\b|\(\s*(?:9\d|1[01]\d)\s*\)|\b(?:tak(?:e|ing)|took)\s+(?:such\s+)?(?:good\s+|great\s+|wonderful\s+|amazing\s+)?care\s+of\b|\b(?:had|delivered|gave\s+birth\s+to)\s+(?:her|their|a)\s+(?:baby|twins|triplets|son|daughter)\b|\b(?:is|are|was|keeps?)\s+(?:still\s+)?(?:hurting|throwing\s+up|vomiting|coughing|wheezing|limping)\b|\b(?:first|her)\s+period\b|\bpuberty\b|\b(?:in|after|from)\s+(?:the|a|an|that)\s+(?:[\w-]+\s+)?(?:crash|accident|collision|wreck)\b|\b(?:organ\s+)?donor\b|\bsaved\s+(?:\d+|two|three|four|five|six|seven|eight)\s+lives\b/i;

/**
 * "Eli was a superstar!" after "My son Eli was so nervous for his tonsillectomy", "Ethan (7)" after a question about a
 * diabetes camp: the comment ties that relative to care.
 */
/** "Mercy Hospital", "Oak Clinic": a first word that opens a place's name, not a person's. */
const CARE_PLACE_WORDS = 'Hospital|Clinic|Center|Centre|Medical|Health|Urgent|Care|Street|Road|Avenue|Elementary|Middle|High|School|Park';

function relativeCaredForInComment(scan: PhiScan): (name: string) => boolean {
  // Asked per name, so the comment's care cues are read once and each first name's pattern once, however many mentions.
  let commentSpeaksOfCare: boolean | undefined;
  let byFirstName: Map<string, boolean> | undefined;
  return (name) => {
    const context = scan.context;
    if (!context) return false;
    commentSpeaksOfCare ??= scan.contextHealthTerms().length > 0 || CARE_CUE.test(context) || IN_A_ROOM.test(context) || RELATIVE_DETAIL.test(context);
    if (!commentSpeaksOfCare) return false;
    const first = name.split(/\s+/)[0]?.replace(/['’]s$/, '').replace(/[^\p{L}'’-]/gu, '');
    if (!first) return false;
    byFirstName ??= new Map();
    let cared = byFirstName.get(first);
    if (cared === undefined) {
      cared = cachedRegExp(`${RELATIVE_BEFORE}${first}\\b|\\b${first}${AGE_IN_BRACKETS}|\\b(?:mother|mom|father|dad|wife|husband|son|daughter)['’]s\\s+(?:records?|chart|file)\\W+(?:\\w+\\W+){0,2}${first}\\b`, 'iu').test(context);
      // "Anyone know if Doris Keller is still in the hospital?": the comment tells of them by full name beside their care
      // ("I'm Corinne Walsh and I need…" introduces the commenter, whose first name a reply may greet).
      cared ||= cachedRegExp(`(?<!\\p{L})${first}\\s+\\p{Lu}\\p{Ll}+(?!\\s+(?:${CARE_PLACE_WORDS}))\\s+(?:is|was|has|had|got|went|came)\\b|\\b(?:[Hh]er|[Hh]is|[Tt]heir)\\s+name\\s+is\\s+${first}\\b`, 'u').test(context);
      byFirstName.set(first, cared);
    }
    return cared;
  };
}

/**
 * "Dr. Whitfield says this morning's surgery went well", "Dr. Alvarez told WSPR-TV about the cyclist", "Jordan Ellis shared
 * why this work matters: “A young dad I started seeing in March…”": our colleague reports on someone else's day.
 */
const STAFF_REPORTS = /\b(?:says|said|reports|reported|tells|told|spoke\s+(?:to|with)\s+(?:reporters|the\s+(?:press|media)))\b|\b(?:shared|shares|writes|wrote|recalls|recalled)\b[^.!?"“]{0,40}[:,]\s*["“]/i;

const CARE_DATE_RULES: ReadonlySet<string> = new Set(['phi.date.care', 'phi.date.relative-care', 'phi.date.care-month']);

/**
 * "Dr. Leonard Fisk, who founded our clinic, passed away last week": in a post, a day in a sentence about one
 * of our own people (listed, or introduced as staff) and nobody else is their news, not a patient's care.
 */
function ourPersonsDays(scan: PhiScan, names: readonly PhiCandidate[]): (c: PhiCandidate) => boolean {
  // Every care date of a sentence gets the same answer, so it is worked out once per sentence, with the sentence's names
  // found by binary search: per date, a long text with thousands of them was quadratic.
  let byStart: PhiCandidate[] | undefined;
  let starts: number[] = [];
  const bySentence = new Map<number, boolean>();
  return (c) => {
    if (c.type !== 'date' || !CARE_DATE_RULES.has(c.rule)) return false;
    const sentence = scan.sentenceOf(c.start);
    let ours = bySentence.get(sentence.start);
    if (ours === undefined) {
      if (!byStart) {
        byStart = [...names].sort((a, b) => a.start - b.start);
        starts = byStart.map((n) => n.start);
      }
      const inSentence = byStart.slice(firstAtOrAfter(starts, sentence.start), firstAtOrAfter(starts, sentence.end));
      const text = scan.text.slice(sentence.start, sentence.end);
      ours =
        !inSentence.some((n) => n.link !== 'colleague') &&
        !(PATIENT_CUE.test(text) || SECOND_PERSON.test(text) || STAFF_REPORTS.test(text)) &&
        (inSentence.length > 0 || namesListedPerson(scan.dir, text));
      bySentence.set(sentence.start, ours);
    }
    return ours;
  };
}

/** "completed residency with research in sepsis", "has given about a million flu shots": health words as a colleague's work. */
const COLLEAGUES_WORK = /\b(?:residency|fellowship|research(?:es|ed|ing)?|speciali[sz](?:es|ed|ing|t)|expertise|expert\s+in|(?:certified|trained|training)\s+in|focus(?:es|ed)?\s+on|(?:has|have|had)\s+given|gave|administer(?:s|ed|ing)?|published)\b/i;

/** The sentence around `offset` speaks of someone's own care: a care word, or a listed health term that is not a colleague's work. */
function speaksOfOwnCareAt(scan: PhiScan, offset: number): boolean {
  return scan.sentenceMatches(CARE_CUE, offset) || (speaksOfCareAt(scan, offset) && !scan.sentenceMatches(COLLEAGUES_WORK, offset));
}

/**
 * "our volunteer Bev … Bev has greeted visitors": once a name is introduced as one of our people, its later mentions are
 * too, unless that sentence speaks of care ("Alyssa was treated here at age 9" is her own health record).
 */
function sameAsColleague(scan: PhiScan, names: readonly PhiCandidate[]): PhiCandidate[] {
  const ours = names.filter((n) => n.link === 'colleague');
  const colleague = ours[0];
  if (!colleague) return [...names];
  const wordsOf = (c: PhiCandidate): string[] => scan.text.slice(c.start, c.end).toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  const words = new Set(ours.flatMap(wordsOf));
  return names.map((n) => {
    if (n.link === 'colleague' || n.link === 'person' || speaksOfOwnCareAt(scan, n.start)) return n;
    const own = wordsOf(n);
    return own.length > 0 && own.every((w) => words.has(w)) ? { ...n, link: 'colleague', rule: colleague.rule, why: colleague.why } : n;
  });
}

/** A one-word name without its possessive ("Pepper's" is "Pepper"). */
const oneWord = (text: string, c: PhiCandidate): string | undefined => {
  const written = text.slice(c.start, c.end).replace(/['’]s$/u, '');
  return /^\p{L}+$/u.test(written) ? written : undefined;
};

/** "Di-, Monosaccharides", "pre- and post-op": a hyphen whose word is finished by the next one; "Dr. Murphy- pt needs" is a dash. */
const SUSPENDED_HYPHEN_AFTER = /^-(?:,|\s+(?:and|or|to)\s)/;

/**
 * The names that stand for people. "Meet Pepper, the teddy bear… Pepper has had 4,000 pretend shots": once a one-word
 * name is shown to be no person (a pet, a toy, a business), its other mentions are not either.
 */
function notPeopleDropped(text: string, names: readonly PhiCandidate[]): PhiCandidate[] {
  const people: PhiCandidate[] = [];
  let notPeople: Set<string> | undefined;
  for (const n of names) {
    if (!namesNoPerson(text, n.start, n.end)) people.push(n);
    else {
      const word = oneWord(text, n);
      if (word) (notPeople ??= new Set()).add(word);
    }
  }
  // Asked once per distinct word: a long text can name the same person thousands of times.
  const animal = new Map<string, boolean>();
  const animalsAnywhere = mayMatch(ANIMAL_WORD, text);
  return people.filter((n) => {
    // "Oligo-, Di-, Monosaccharides": the first half of a word whose end is shared, not a name.
    if (text.charAt(n.end) === '-' && SUSPENDED_HYPHEN_AFTER.test(text.slice(n.end, n.end + 6))) return false;
    const word = oneWord(text, n);
    if (word === undefined) return true;
    let isAnimal = animal.get(word);
    if (isAnimal === undefined) animal.set(word, (isAnimal = !!notPeople?.has(word) || (animalsAnywhere && introducedAsAnimal(text, word))));
    return !isAnimal;
  });
}

/** "Meet Pepper, the teddy bear": some mention of the word is followed by an animal, a toy or a mascot. */
function introducedAsAnimal(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(end)) && ANIMAL_AFTER_NAME.test(text.slice(end, end + 40))) return true;
  }
  return false;
}

/** "the protocol that saved Councilman Ray Dubois": a public figure is a patient like anyone when our care is done to them. */
const CARED_FOR_RIGHT_BEFORE = /\b(?:saved|treated|admitted|discharged|operated\s+on|cared\s+for|stitched\s+up|patched\s+up|resuscitated|revived)\s+(?:[\p{L}.]+\s+){0,3}$|\bfrom\s+the\s+(?:nose|face|cheek|forehead|arm|leg|back|shoulder|neck|scalp|ear|lip|chest|hand|foot|knee|hip)\s+of\s+(?:[\p{L}.]+\s+){0,4}$/iu;

/** "Happy birthday to our study volunteer Ava! See you and your inhaler at the next visit": whoever the post greets comes to us for care. */
const SEE_YOU_NEXT_VISIT = /\bsee\s+(?:you|u)(?:\s+and\s+(?:your|ur)\s+[\w-]+)?\s+(?:at|for)\s+(?:the|your|ur)\s+next\s+(?:visit|appointment|appt|check-?up|infusion|treatment)\b/i;
const seesThemAtTheirNextVisit = (ctx: DetectorContext): boolean => ctx.kind === 'post' && SEE_YOU_NEXT_VISIT.test(ctx.text);

export const detectPhi: Detector = (ctx) => {
  const dir = indexDirectory(ctx.directory);
  const scan = scanText(ctx.text, ctx.kind, dir, ctx.context);
  // Asked only of names introduced as our people, and the same for all of them.
  let seenNextVisit: boolean | undefined;
  const introduced = [...widenNames(scan, findNames(scan)), ...findTitleInitials(scan), ...findInvertedNames(scan), ...findFamilySurnames(scan), ...findUnlistedNames(scan), ...findLineHeadNames(scan), ...findContactNames(scan), ...findTestimonialNames(scan), ...findAskedAfterNamesSaidBack(scan), ...findRelativeNamesSaidBack(scan), ...findSocialHandles(scan)].map(
    (c): PhiCandidate => {
      if (scan.clinical || c.link === 'person') return c;
      if (isIntroducedAsStaff(ctx.text, c.start, c.end) && !scan.sentenceMatches(TREATED_BY_US, c.start) && !(seenNextVisit ??= seesThemAtTheirNextVisit(ctx)) && !praisedAsPatient(scan, c.start)) return { ...c, link: 'colleague', rule: STAFF_NAME_RULE, why: 'A name introduced as one of our people' };
      // "treated Magic Johnson", "removed a carcinoma from the nose of news anchor Gloria Pruitt": our care of a famous person is still theirs to keep.
      const caredForByUs = (): boolean => CARED_FOR_RIGHT_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
      if (isFamous(ctx.text, c.start, c.end) && !caredForByUs()) return { ...c, link: 'colleague', rule: FAMOUS_PERSON_RULE, why: 'A famous person’s name' };
      if (isIntroducedAsPublicFigure(ctx.text, c.start, c.end) && !caredForByUs()) return { ...c, link: 'colleague', rule: PUBLIC_FIGURE_RULE, why: 'A name introduced by a public office' };
      return c;
    },
  );
  const names = sameAsColleague(scan, introduced);
  const others = [
    ...findIdentifierPatterns(scan),
    ...findJerseyNumbers(scan),
    ...findPhones(scan),
    ...findDates(scan),
    ...findAges(scan, names.some(namesSomeone), names),
    ...findDescribedPatients(scan),
    ...findLocations(scan),
    ...findRestatedReadings(scan),
    ...findRestatedIdentifiers(scan),
    ...findRestatedCodes(scan),
    ...findRestatedOldAges(scan),
    ...findRestatedAges(scan),
    ...findRestatedPregnancyWeeks(scan),
    ...findRestatedPostOpDays(scan),
    ...findRestatedStreets(scan),
    ...findRestatedHomePlaces(scan),
    ...findRestatedSchools(scan),
    ...findRestatedCareDays(scan),
    ...findRestatedSpanishCareDays(scan),
    ...findRestatedCareStays(scan),
    ...findRestatedComplaints(scan),
    ...findRestatedFalls(scan),
    ...findRestatedHabits(scan),
    ...findRestatedShortForms(scan),
    ...findRestatedMilestones(scan),
    ...findRestatedSpanishConditions(scan),
    ...findSpanishCareDetails(scan),
    ...findSpanishDescribedPersons(scan),
    ...findWardsOfStayingRelatives(scan),
  ];
  // "Crohn's", "Bell's palsy": a listed condition is not a person's name. A name the comment gave a relative stays one even
  // when it is a Spanish word too ("Mi hija de 15 años, Abril, …").
  const insideTerm = containedIn(scan.healthTerms);
  const spanishWord = (n: PhiCandidate): boolean => n.rule !== RELATIVE_SAID_BACK_RULE && isSpanishWordAt(ctx.text, n.start, n.end, () => scan.sentenceText(n.start));
  const named = names.filter((n) => !insideTerm(n.start, n.end));
  const spanishWords = new Set(named.filter(spanishWord));
  const notTerms = notPeopleDropped(ctx.text, withoutEchoesOf(ctx.text, spanishWords, named.filter((n) => !spanishWords.has(n))));
  const isOurPersonsDay = ourPersonsDays(scan, notTerms);
  const candidates = resolveOverlaps([...others.filter((c) => !(ctx.kind === 'post' && isOurPersonsDay(c))), ...notTerms]);
  const keptNames = candidates.filter((c) => c.type === 'name');
  // A colleague's own news ("our nurse Bethany ran the marathon after her cancer") is not a patient's record.
  let taken: KeptSpans | undefined;
  const health = findHealthDetails(scan, keptNames.filter((n) => namesSomeone(n) && !(ctx.kind === 'reply' && n.rule === ADDRESSED_RULE)), keptNames.filter((n) => n.rule === FAMOUS_PERSON_RULE)).filter((h) => !(taken ??= spansOf(candidates)).collides(h.start, h.end));
  const all = [...candidates, ...health];

  // Asked only for a contextual name, so worked out (once) only when there is one.
  let healthNamed: boolean | undefined;
  let cued: boolean | undefined;
  let addresseeTied: boolean | undefined;
  let careTied: boolean | undefined;
  let tiedOtherwise: boolean | undefined;
  // "Hi Bernadette! Walk-in flu shots are available…", "call Endocrinology & Diabetes Care": in a reply, what we offer is an answer, not the addressee's care.
  const namesHealth = (): boolean => (healthNamed ??= ctx.kind === 'reply' ? scan.healthTerms.some((term) => !namesWhatWeOffer(scan, term)) : scan.healthTerms.some((term) => !namesACause(scan, term)));
  const answersOwnCare = (care: RegExp): boolean => !!ctx.context && care.test(ctx.text) && commentAboutOwnCare(scan, ctx.context);
  const tiedByTheRest = (): boolean => (tiedOtherwise ??= SPANISH_NAME_HEALTH_CUE.test(ctx.text) || all.some((c) => c.type !== 'name' && c.link !== 'contextual'));
  // "Hi Marisol! Most plans cover flu shots", "Hi Doris! Dr. Alvarez is welcoming new Medicare patients": the person a reply
  // greets is tied only to the health it says is theirs, not to care words said of anyone ("patients", "symptoms"), and a
  // room is theirs only where the location rules find it is.
  const inHealthContext = (addressee: boolean): boolean =>
    addressee
      ? (addresseeTied ??= tiesHealthToAddressee(scan) || answersOwnCare(CARE_TO_ADDRESSEE)) || tiedByTheRest()
      : namesHealth() || (cued ??= NAME_HEALTH_CUE.test(ctx.text) || SPANISH_PATIENT_CUE.test(ctx.text)) || (careTied ??= !GREETS_AND_ROUTES.test(ctx.text) && answersOwnCare(REPLY_CARE)) || tiedByTheRest();
  // "Hi Marisol! See you at the start line on Oct 19": the person a reply greets makes a date or a place theirs only when the reply ties health to them.
  const greetedOnly = (n: PhiCandidate): boolean => ctx.kind === 'reply' && n.rule === ADDRESSED_RULE && !inHealthContext(true);
  const personPresent = keptNames.some((n) => namesSomeone(n) && !greetedOnly(n)) || all.some((c) => c.link === 'person');
  // "Happy 85th, Eleanor!": an age in the sentence that greets them is theirs.
  const greetedInSentence = (at: number): boolean => keptNames.some((n) => greetedOnly(n) && scan.sentenceOf(n.start).start === scan.sentenceOf(at).start);
  let lostAndFound: boolean | undefined;
  const isLostAndFound = (): boolean => (lostAndFound ??= ctx.kind === 'post' && LOST_AND_FOUND.test(ctx.text));
  const caredForInComment = relativeCaredForInComment(scan);

  return all.map((c): Finding => {
    const text = ctx.text.slice(c.start, c.end);
    let severity: Severity = 'block';
    if (c.link === 'colleague') {
      severity = 'warn';
    } else if (c.link === 'weak') {
      severity = scan.sentenceMatches(PATIENT_CUE, c.start) || scan.sentenceMatches(SPANISH_PATIENT_CUE, c.start) || (c.type === 'name' && (caredForInComment(text) || isLostAndFound() || (c.rule === GIVEN_NAME_RULE && scan.sentenceMatches(NAME_HEALTH_CUE, c.start)))) ? 'block' : 'warn';
    } else if (c.link === 'contextual') {
      const tied = c.type === 'name' ? inHealthContext(ctx.kind === 'reply' && c.rule === ADDRESSED_RULE) || caredForInComment(text) || isLostAndFound() : personPresent || (c.type === 'age' && greetedInSentence(c.start)) || (c.type === 'address' && scan.sentenceMatches(RESIDENT_PATIENT, c.start));
      severity = tied ? 'block' : 'warn';
    }
    const why = c.link === 'colleague' ? `${c.why} but not in the directory; add them to the directory if they are staff or a public figure` : c.type === 'name' && severity === 'block' ? `${c.why} next to health details or patient cues identifies a patient` : c.type === 'name' ? `${c.why} that is not in the directory` : c.why;
    const { message, suggestion } = phiMessage(c.type, text, why, severity);
    return { category: 'phi', type: c.type, start: c.start, end: c.end, text, severity, message, suggestion, rule: c.rule };
  });
};
