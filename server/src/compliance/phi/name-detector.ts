import { isSpanishSentence } from '../text/spanish-sentence';
import { isRegexSpace } from '../text/char-classes';
import { COUNTRY_NAMES, WORLD_REGIONS } from '../vocab/countries';
import { LANGUAGE_NAMES, LANGUAGE_SELF_NAMES } from '../vocab/languages';
import type { WordToken } from '../text/word-tokens';
import { isAllCaps, isCapitalised } from '../text/word-tokens';
import { execAll } from '../text/exec-all';
import { HEALTH_FIRST_WORDS, HEALTH_WORD, isHealthWord } from '../vocab/health-term-index';
import { FIRST_NAMES } from '../vocab/first-names';
import { EPONYM_CONDITION_HEADS } from '../vocab/conditions';
import { AMBIGUOUS_GIVEN_NAME, COMMON_WORD, GIVEN_NAME, isAmbiguousGivenName, isGivenName, isKnownPlace, isLexiconName, KNOWN_NAME } from '../vocab/name-lexicon';
import { UNMODELLED_NOT_NAME_WORDS, isMissTheVerb, isNotNameWord, NOT_NAME_WORD, NOT_NAME_WORDS, PERSON_CUE_WORD, PERSON_TITLE, POST_NAME_CREDENTIAL } from '../vocab/name-stopwords';
import { wordClass } from '../vocab/word-classes';
import { ANIMAL_AFTER_NAME, namedAfterAnimal } from '../vocab/animals';
import { isTwoWordUsCity, US_CITIES } from '../vocab/us-cities';
import { isListedPublicFigure } from '../vocab/public-figures';
import { isStateName, opensAStateName } from './state-anchored-place';
import { PLACE_NAME_HEAD } from './region-place';
import type { PhiCandidate } from './phi-candidate';
import { AGE_IN_BRACKETS, healthTermSoonAfter, type PhiScan } from './phi-scan';
import { firstTokenAt } from './title-case';
import { NAMES_A_SERVICE } from '../vocab/service-words';

interface NameSpan {
  from: number;
  to: number;
  rule: string;
  weak: boolean;
}

const OPENER =
  /\b(?:hi|hello|hey|dear|thanks|thank you|congrats|congratulations|welcome(?: back)?|happy (?:(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|sweet 16) )?birthday|feliz cumpleaños|shout-?out|big thanks|kudos|proud of|sorry|glad we could help|feel better|get well soon|good luck|cheers|go|felicidades|felicitaciones|gracias|hola|bienvenid[oa]s?)(?: to| a)?\s*,?\s*$/i;
const INTRO =
  /(?:\bmy name is|\bname is|\bname's|\bname\s*:|\bnamed|\bcalled|\bthis is|\bi am|\bchange it to|\bunder|\buser\s*:|\bcustomer\s*:|\bsigned|\bregards,?|\bsincerely,?|\bfrom|\bby|\bwith|\bfor|\bto|\bdear)\s*$/i;
const STRONG_INTRO =
  /(?:\bmy name is|\bname is|\bname's|\bname\s*:|\bnamed(?: (?:him|her|them))?|\bcalled|\bcall me|\bchange it to|\buser\s*:|\bcustomer\s*:|\bsays|\bsaid|\bmy (?:kid|child|son|daughter|baby)|\byour (?:last |first |full )?name\?\s*(?:answer\s*:)?|\bfollow up with|\bspeak (?:to|with))\s*$/i;
/** "Soy Dilcia Mejía", "me llamo Rosa": a Spanish introduction, read only before a capitalised word ("Soy sauce" is food). */
const SPANISH_INTRO = /(?:\bme llamo|\bmi nombre es|\bsoy)\s*$/i;
const PROGRAMME_NOUN = /^(?:Circles?|Groups?|Forms?|Caf[eé]s?|Networks?|Class(?:es)?|Programm?e?s?|Series|Nights?|Days?|Support|Alliance|Council|Corner|Hour|Lunch|Breakfast|Meetups?|Retreats?|Workshops?|Coalition|Connections?|Club|Academy|Camp|Fair|Forum|Summit|Resources?|Guides?|Toolkit|Month|Week|Chats?|Walks?|Socials?|Mail|Portal|Relations|Services|Advocates?|Lounge|Library|Union|Unions|Commons|Center|Centre|Government|Senate|Housing|Affairs|Life|Success|Parking|Spotlights?|Appreciation|Features?|Profiles?|Highlights?|Shout-?outs?|Stories|Story|Tips|Updates?|Voices|Playlists?|Podcasts?|Episodes?)$/;
const VOCATIVE_BEFORE = /,\s*(?:(?:big|little|lil|ol['’]?|old|miss|mr\.?|mrs\.?|ms\.?)\s+)?$/i;
const VOCATIVE_AFTER = /^\s*[!?]/;
/** ", you", ", your": what follows a name spoken to. */
const SPOKEN_TO_AFTER = /^,\s*(?:you|your)\b/i;
/** "Fatty liver disease has a new name: MASLD": the new or proper name of a term, not of a person. */
const A_TERMS_NEW_NAME = /\b(?:new|official|medical|scientific|proper)\s+name(?:\s+is|['’]s|\s*:)\s*$/i;
/** "It's called gustatory rhinitis", "(called crepitus)", "also called abusive head trauma", "has been named co-investigator", "Dr. Bello says outcomes are best": before a lower-case word, a term, a title or what is said. */
const TERM_CALLED = /(?:\b(?:is|are|was|were|something|condition|thing|procedure|test|technique|exercise|also|sometimes|often)|['’]s|\()\s*called\s*$|\b(?:is|are|was|were|been|be|got|gets)\s+named\s*$|\b(?:says|said)\s*$/i;
/** Verbs and marks after a sentence-initial word that make it someone's name: "Vsevolod is very reliable", "Warrane, can I". */
const STRONG_PERSON_AFTER =
  /^(?:\s+(?:lives|lived|began|says|said|had given|has given|is from|is very|is a very|will be talking|listed|wrote|works at|spent|just has)\b|,\s+(?:can|could|would|will|please)\b)/i;
/** "Tyrese's mom told us…": a sentence-initial possessive whose relative speaks of them is someone's name, whatever the word. */
const RELATIVE_SPEAKS_AFTER =
  /^\s+(?:mom|mum|dad|mother|father|parents|grandma|grandmother|grandpa|grandfather|nana|abuela|sister|brother|wife|husband|aunt|uncle)\s+(?:told|tells|said|says|shared|wrote|asked|called)\b/i;
const relativeSpeaksOf = (t: WordToken, text: string): boolean => (t.raw.endsWith("'s") || t.raw.endsWith('’s')) && RELATIVE_SPEAKS_AFTER.test(text.slice(t.end, t.end + 30));
const PERSON_VERB = /^(?:'s|’s|is|was|has|had|lives|lived|said|says|began|listed|will|and|can|works|worked|wrote|joined|died|told|asked|spent|moved|went|gave|had)$/i;
const INITIALS = /(?<![\p{L}.])(?:[A-Z]\.\s?){2,3}(?![\p{L}])/gu;
const NOT_INITIALS = /^(?:U\.S\.(?:A\.)?|U\.K\.|A\.M\.|P\.M\.|D\.C\.|E\.R\.|I\.V\.|N\.P\.|R\.N\.|M\.D\.|D\.O\.|P\.T\.|O\.T\.|B\.C\.|A\.D\.|E\.U\.|U\.N\.|P\.S\.|N\.B\.|Q\.A\.|I\.E\.|E\.G\.|R\.I\.P\.|S\.O\.S\.|D\.O\.B\.|A\.S\.A\.P\.|G\.I\.|C\.O\.|O\.R\.|Y\.O\.|I\.D\.|P\.O\.|N\.G\.|A\.C\.|B\.P\.|H\.R\.|R\.R\.|S\.P\.|G\.U\.|C\.V\.|E\.D\.|I\.C\.U\.|C\.T\.|N\.P\.O\.|O\.O\.B\.|P\.R\.N\.|Q\.D\.|B\.I\.D\.|T\.I\.D\.|H\.S\.|W\.C\.|B\.M\.)$/;
/**
 * INITIALS' second initial is a capital alone between "." (or "." and a space) and ".", so it is a
 * one-letter token: a text without such a token cannot match, and skips the scan.
 */
function secondInitialAt(scan: PhiScan): boolean {
  const { text } = scan;
  for (const t of scan.tokens) {
    if (t.end - t.start !== 1 || text.charCodeAt(t.end) !== 46) continue;
    const c = text.charCodeAt(t.start);
    if (c >= 65 && c <= 90 && (text.charCodeAt(t.start - 1) === 46 || text.charCodeAt(t.start - 2) === 46)) return true;
  }
  return false;
}
const SELF_INTRO = /\b(?:i'?m|i am|my name is|name is|this is|it'?s|my (?:son|daughter|wife|husband|mom|dad|mother|father|kid|child|baby|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|brother|sister|neighbou?r|friend|uncle|aunt|cousin|nephew|niece|partner|boyfriend|girlfriend|coworker|co-worker))\s+$/i;
/** Clinical shorthand that doubles as a given name in capitals (PEG tube, ASA, MAE, DOE, REG insulin). */
const CLINICAL_SHORTHAND = new Set('peg asa mae doe reg ros perl neo tol sx cr ivs rrt bag al ed don art val gene ray dee jo lou max sal kay viv aline mag abi aloe bear lib ab ted pip quinton bair micu levo vanco contin heme pulm integ soc neuro cardiac renal'.split(' '));
/** Credentials that are also clinical abbreviations in lower case (pt = patient, pa = pulmonary artery). */
const AMBIGUOUS_CREDENTIALS = new Set(['pt', 'pa', 'do', 'ot', 'rd', 'md']);
const NON_ASCII = /[^\x00-\x7f]/;
const STRONG_SURNAME = /(?:ov|ova|ová|ev|eva|ski|ska|sky|wicz|vić|ić|sson|ssen|sen|poulos|escu|enko|ovich|ovic|dóttir|dottir|ainen|inen|aki|oglu|oğlu|yan|ian|ez|elli|etti|ini|stein|berg|mann|ström|qvist)$/;

/** "Lucía", "Joaquín", "Zoë": a listed given name written with its accents (the lists are unaccented). */
function isAccentedGivenName(lower: string): boolean {
  // "Niño" is no Nino: ñ is a letter of its own, not an accent.
  if (lower.includes('ñ')) return isGivenName(lower) && !isAmbiguousGivenName(lower);
  const folded = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return folded !== lower && !NON_ASCII.test(folded) && isGivenName(folded) && !isAmbiguousGivenName(folded);
}

function plain(token: WordToken): string {
  return token.bare;
}

/** Words that can end the lead-in of INTRO, STRONG_INTRO or OPENER; other tokens skip those regexes. */
const LEAD_IN_WORD = wordClass(
  'is name named called this am to under user customer signed regards sincerely from by with for dear hi hello hey thanks thank you congrats congratulations welcome back birthday cumpleaños shout-out shoutout out kudos of sorry help better soon luck cheers go it me says said kid child son daughter baby him her them answer llamo es soy'.split(' '),
);

/** NOT_NAME_WORDS, health-term first words and CLINICAL_SHORTHAND in one class: canBeName asks all three for every token. */
const NEVER_NAME = wordClass(new Set([...NOT_NAME_WORDS, ...UNMODELLED_NOT_NAME_WORDS, ...HEALTH_FIRST_WORDS, ...CLINICAL_SHORTHAND]));
const CLINICAL = wordClass(CLINICAL_SHORTHAND);
const LISTED_FIRST_NAME = wordClass(FIRST_NAMES);

/** True when the token's word (without a possessive) is in one of `classes`. */
function isA(token: WordToken, classes: number): boolean {
  return (token.bareClasses & classes) !== 0;
}

/** "EPA-registered", "FDA-approved": an acronym made an adjective. */
const ACRONYM_ADJECTIVE = /^\p{Lu}{2,}-\p{Ll}/u;

/** Not a function word, organisation word, health term or everyday English word, nor an acronym made an adjective. */
function canBeName(token: WordToken | undefined, scan: PhiScan): token is WordToken {
  if (!token || !token.letters) return false;
  const w = plain(token);
  if (w.length < 2 || isA(token, NEVER_NAME) || scan.dir.orgWords.has(w)) return false;
  return !(token.raw.includes('-') && ACRONYM_ADJECTIVE.test(token.raw));
}

/** How much a capitalised word looks like a name on its own. */
function nameStrength(token: WordToken, scan: PhiScan): 'given' | 'known' | 'gazetteer' | 'shape' | undefined {
  if (!canBeName(token, scan)) return undefined;
  const w = plain(token);
  if (isA(token, GIVEN_NAME) && !isA(token, AMBIGUOUS_GIVEN_NAME)) return 'given';
  if (isA(token, COMMON_WORD) || w.length < 4) return undefined;
  if (NON_ASCII.test(w)) return isAccentedGivenName(w) ? 'given' : 'shape';
  if (STRONG_SURNAME.test(w)) return 'shape';
  if (isLexiconName(w)) return 'known';
  if (isA(token, KNOWN_NAME)) return 'gazetteer';
  return undefined;
}

/** Words that follow "DR" or "MRS" in notes without being a surname ("DR AWARE", "MD NOTIFIED"). */
const AFTER_TITLE_STOP_WORDS = new Set(
  `the a an to and or of in on at for with by from is was are were be been has had have will would can could may should
   aware notified called paged here there out order orders ordered said says states stated told note notes team office
   visit appt appointment who that this his her he she it they them their re regarding about per i you we my our your
   also ok okay in into up by rounds rounded came come saw seen made make makes ordered gave given placed wrote`.split(/\s+/).filter(Boolean),
);
const AFTER_TITLE_STOP = wordClass(AFTER_TITLE_STOP_WORDS);

/** In shouted or lower-case text the word after a title is a surname unless it is a function or charting word. */
function surnameAfterTitle(title: string, token: WordToken, scan: PhiScan): boolean {
  const w = plain(token);
  // "DR B. GILL": an initial then a surname.
  if (w.length === 1 && /[a-z]/.test(w) && scan.text.slice(token.end, token.end + 2) === '. ') return title === 'dr';
  if (!token.letters || w.length < 2 || isA(token, AFTER_TITLE_STOP | HEALTH_WORD) || scan.dir.orgWords.has(w)) return false;
  // In charting "MS" is mental status or morphine, so it needs a listed surname.
  if (title === 'ms') return isA(token, KNOWN_NAME) && !isA(token, COMMON_WORD | CLINICAL);
  return !isA(token, NOT_NAME_WORD) || isA(token, KNOWN_NAME);
}

/** In mixed-case text a capitalised word right after a title is a surname even when it is also a word ("Mrs. Park", "Dr. White"). */
function titledCapital(token: WordToken, scan: PhiScan): boolean {
  const w = plain(token);
  return token.letters && w.length >= 2 && isCapitalised(token.raw) && !isAllCaps(token.raw) && !isA(token, AFTER_TITLE_STOP) && !scan.dir.orgWords.has(w);
}

/** "dr. white's order": a possessive after a title is a surname whatever the word (the token keeps its "'s"; `bare` drops it). */
function possessiveAfterTitle(token: WordToken, scan: PhiScan): boolean {
  const w = plain(token);
  return token.letters && w.length >= 3 && !isA(token, AFTER_TITLE_STOP) && (token.bare !== token.lower || /^['’]s\b/.test(scan.text.slice(token.end, token.end + 3)));
}

/**
 * "la señora de la limpieza": a Spanish title is one only before a capital. "Sr." is one only with its full stop, in a
 * Spanish sentence outside charting (where SR is sinus rhythm), and before no everyday word ("Sr. Director" is senior).
 */
const SPANISH_TITLES = new Set(['doña', 'sr', 'sra', 'srta', 'señora', 'señorita', 'señor']);
const isSpanishSr = (t: WordToken, scan: PhiScan, shouting: boolean): boolean =>
  t.lower === 'sr' && scan.text[t.end] === '.' && !scan.clinical && !shouting && isSpanishSentence(scan.sentenceText(t.start));
const spanishTitleFits = (lower: string, next: WordToken): boolean =>
  !SPANISH_TITLES.has(lower) || (isCapitalised(next.raw) && (lower !== 'sr' || !isA(next, COMMON_WORD)));

/** "DICK CUCCHIARA (RESIDENT)": a role in brackets right after a name. */
const ROLE_IN_BRACKETS = /^\s?\((?:resident|attending|fellow|intern|np|pa|md|rn|nurse|surgeon|cardiologist|pcp|hcp|hco|proxy|health care proxy|social worker|sw|chaplain)\)/i;
/** Verbs of reporting and visiting after a lower-case given name in charting ("george called", "bill visited"). */
const CALLER_AFTER = /^\s(?:called|calls|phoned|visited|visits|came in|in to visit|updated|was updated|spoke|aware|notified|stated|states|at bedside)\b/;
/** "jamal's story", "rosa's recovery": a lower-case given name whose story the post tells. */
const STORY_AFTER_POSSESSIVE = /^\s(?:story|journey|recovery|fight|battle|transplant|surgery|diagnosis)\b/;
/** Charting verbs after an initial and surname ("J SMITH ORDERED", "K LEE AWARE"). */
const ORDERED_AFTER = /^\s(?:ordered|orders|aware|notified|paged|called|in to see|at bedside|made aware|here|saw|examined|pronounced)\b/i;

/** Right after "in" or a hyphen ("son-in-law george") a lower-case given name is not taken for a caller. */
const IN_LAW_BEFORE = /(?:\bin|-)\s?$/i;

/** Same as /^\s?\(/ at `end`, without slicing. */
function bracketAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 40 || (c === 32 && text.charCodeAt(end + 1) === 40);
}

/** Cue words whose next word is too often not a name to loosen the check ("pt alert", "called back"). */
const NOT_RELATIVE_CUES = new Set(['patient', 'pt', 'named', "name's", 'called', 'student', 'friend', 'partner']);
const AFTER_RELATIVE_STOP = new Set(['will', 'may', 'can', 'mark', 'said', 'says', 'aware', 'here', 'called', 'visited', 'in', 'at']);

/** Relatives and proxies: the cues after which a word no list knows may be a name. */
/** A set, not a word class: it is asked only of a cue word whose next word no list knows, which is rare (and class bits are nearly all taken). */
const FAMILY_WORDS = new Set(
  'son daughter dtr wife husband hsb hubby spouse mother father mom dad mum sister brother sis bro niece nephew grandson granddaughter grandmother grandfather grandma grandpa granny aunt uncle cousin fiance fiancee fiancé fiancée boyfriend girlfriend proxy hcp'.split(' '),
);
/** Endings of English verb forms and derived words ("visisted", "neurologist", "determination") that a lexicon may not list. */
const ENGLISH_ENDING = /(?:ed|ing|tion|sion|ment|ness|ity|ist|ism|logy|ance|ence|able|ible|ive|ous|ful|less|ize|ly)$/;

/** Where a relative's name ends its clause: a mark, a line break, the end, "and", or a reporting verb. */
const CLAUSE_END_AFTER = /^(?:[ \t]*(?:[.,;:!?)\]]|\r?\n|$)|\s(?:and|&)\s)/;

/**
 * "son bill", "WIFE, ROSE", "husband milovan": after a relative, a listed given name or an unusual surname is a
 * name, and so is a word no list knows when it ends the clause ("spoke with husband zdravko." — names are
 * the words lists miss most; a charting word there is almost always followed by more of the sentence).
 */
const NUMBERED_PLACE_WORDS = new Set(['booth', 'table', 'gate', 'lot', 'aisle', 'stall', 'station', 'bay', 'dock', 'court', 'field', 'pier', 'tent', 'hall', 'building', 'level', 'section', 'row', 'door', 'entrance', 'exit', 'pavilion', 'shelter', 'lane']);
const AGE_IN_BRACKETS_AHEAD = new RegExp(`^${AGE_IN_BRACKETS}`);
/** " (6 años)", " (4)", " (3 months)": an age in brackets right after a word. */
const AGE_IN_BRACKETS_AFTER = /^\s?\(\s*\d{1,3}(?:\s*(?:años|meses|yrs?|years?|mos?|months?|y\/?o|yo))?\s*\)/i;
/** " of the Year", " Primary Care Physician of the Year": an honour's title after the word. */
const AWARD_AFTER = /^(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+[Oo]f\s+[Tt]he\s+(?:[Yy]ear|YEAR|[Mm]onth|[Ww]eek|[Ss]eason)\b|^(?:\s+\p{Lu}[\p{L}-]*){0,3}['’"”]?\s+(?:[Aa]ward|[Pp]rize)\b/u;
/** "has been named Chair of Obstetrics", "newly named co-chair": after "named" or "called", a post or an honour is no name. */
const NAMING_CUES: ReadonlySet<string> = new Set(['named', 'called']);
const POSTS_NAMED: ReadonlySet<string> = new Set(
  `chair co-chair vice-chair chairman chairwoman chairperson director co-director president vice-president ceo cfo coo cmo cno
   chief head dean provost fellow finalist semifinalist winner recipient member lead co-lead leader manager captain champion
   ambassador honoree officer chancellor trustee editor executive administrator superintendent principal coordinator
   medical associate interim acting`.split(/\s+/).filter(Boolean),
);
/** "Ask the Doctor: Kids' Edition": a show's edition, not a person. */
const EDITION_AFTER = /^['’]?s?['’]?\s+(?:Edition|Episode|Special|Recap)\b/;
const editionAfter = (tail: string): boolean => (tail.includes('Edition') || tail.includes('Episode') || tail.includes('Special') || tail.includes('Recap')) && EDITION_AFTER.test(tail);
const namesAPost = (cue: WordToken | undefined, next: WordToken): boolean => !!cue && NAMING_CUES.has(cue.lower) && POSTS_NAMED.has(next.lower);

function nameAfterRelative(cue: WordToken, token: WordToken, scan: PhiScan): boolean {
  const w = plain(token);
  if (!token.letters || w.length < 2 || AFTER_RELATIVE_STOP.has(w) || isA(token, PERSON_CUE_WORD | NOT_NAME_WORD | HEALTH_WORD | CLINICAL)) return false;
  if (isA(token, GIVEN_NAME) || (isA(token, KNOWN_NAME) && !isA(token, COMMON_WORD) && w.length > 3)) return true;
  // Only after a family word ("HO notified" is a clinician and a verb), not a possessive ("father's condition"),
  // and not an English verb form or derived word the lexicon does not list ("son visisted", "mother trached").
  if (!FAMILY_WORDS.has(cue.lower) || cue.lower !== cue.bare || w.length < 4 || isA(token, KNOWN_NAME | COMMON_WORD) || ENGLISH_ENDING.test(w)) return false;
  const after = scan.text.slice(token.end, token.end + 16);
  return CLAUSE_END_AFTER.test(after) || CALLER_AFTER.test(after);
}

/** A listed surname after an initial, or any name-like word when a sign-off or "aware" follows it. */
function initialledSurname(token: WordToken, scan: PhiScan): boolean {
  const w = plain(token);
  if (!token.letters || w.length < 3 || isA(token, NOT_NAME_WORD | HEALTH_WORD | CLINICAL)) return false;
  if (isA(token, KNOWN_NAME) && !isA(token, COMMON_WORD)) return true;
  return SIGN_OFF_AFTER.test(scan.text.slice(token.end, token.end + 12));
}
/** "AS PER B. KARGAS", "W/ D. RENNA": whoever gave the order or result. */
const ORDER_SOURCE_BEFORE = /\b(?:per|w\/|with|by)\s+$/i;
const SIGN_OFF_AFTER = /^,?\s+(?:aware|notified|md|rn|np|pa|rrt|bsn|in to|at bedside)\b/i;

/**
 * A letter that ends a charting abbreviation rather than opening a name: "N/V.", "D/I.", "I & O." (a slash or
 * an ampersand before it), or "H.O. Cont", "U.S. Senator" (a period before it, unless a listed surname
 * follows, as in "O.J. Simpson").
 */
function closesAbbreviation(scan: PhiScan, i: number): boolean {
  const text = scan.text;
  const start = (scan.tokens[i] as WordToken).start;
  const c = text.charCodeAt(start - 1);
  if (c === 47) return true;
  if (c === 46) {
    const next = scan.tokens[i + 1];
    return !next || !isA(next, KNOWN_NAME) || isA(next, COMMON_WORD);
  }
  return c === 32 && text.charCodeAt(start - 2) === 38;
}

function isInitialToken(token: WordToken | undefined): boolean {
  if (!token || token.raw.length !== 1) return false;
  const c = token.raw.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The token right after `i` when only spaces (or an initial's period) separate them. */
function adjacent(scan: PhiScan, i: number): WordToken | undefined {
  const a = scan.tokens[i];
  const b = scan.tokens[i + 1];
  if (!a || !b) return undefined;
  // Same as /^[ \t]{1,2}$/ on the gap, or /^\.[ \t]?$/ after a one-letter token, without slicing.
  const len = b.start - a.end;
  const text = scan.text;
  const c0 = text.charCodeAt(a.end);
  if (len === 1) return c0 === 32 || c0 === 9 || (c0 === 46 && a.raw.length === 1) ? b : undefined;
  if (len !== 2) return undefined;
  const c1 = text.charCodeAt(a.end + 1);
  if ((c0 === 32 || c0 === 9) && (c1 === 32 || c1 === 9)) return b;
  return c0 === 46 && (c1 === 32 || c1 === 9) && a.raw.length === 1 ? b : undefined;
}

/** Extends a name over following capitalised name words and middle initials. */
function extend(scan: PhiScan, from: number, maxWords: number, allowLower = false): number {
  let to = from + 1;
  while (to - from < maxWords) {
    // "Dr. Nowak's ABCDE": a possessive ends the name.
    if (scan.tokens[to - 1]!.bare !== scan.tokens[to - 1]!.lower) break;
    const next = adjacent(scan, to - 1);
    if (!next) break;
    const nextIsName =
      canBeName(next, scan) &&
      (isCapitalised(next.raw) || (allowLower && !isA(next, COMMON_WORD))) &&
      (!isA(next, COMMON_WORD) || isA(next, GIVEN_NAME | KNOWN_NAME));
    // In shouted text every word is capitalised: a charting verb ("WOLFE MADE AWARE") ends the name.
    const shoutedVerb = (scan.caseless || isAllCaps(next.raw)) && (isA(next, AFTER_TITLE_STOP) || (isA(next, COMMON_WORD) && !isA(next, GIVEN_NAME)));
    if (isInitialToken(next) || (nextIsName && !shoutedVerb)) to++;
    else break;
  }
  // "Derek P" + "." is fine; a trailing lone initial only counts right after a name.
  return to;
}

/** Same as /[:'’]\s*$/ on the three characters before `end`. */
function markThenSpace(text: string, end: number): boolean {
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 39 || c === 0x2019) return true;
    if (!isRegexSpace(c)) return false;
  }
  return false;
}

/** Same as /(?:^|[.!?:;\n>"“(]\s*|\n\s*)$/ on the three characters before `end` (no slice, no regex: it runs per capitalised token). */
function endMarkThenSpace(text: string, end: number): boolean {
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const c = text.charCodeAt(i);
    // A newline is both a mark and a space: whatever follows it is space.
    if (c === 10) return true;
    if (isRegexSpace(c)) continue;
    // "… 7 days a week 🩻 Skip the ER trip": in a post an emoji (a surrogate pair, or its variation selector) closes a sentence.
    return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 62 || c === 34 || c === 0x201c || c === 40 || (c >= 0xdc00 && c <= 0xdfff) || c === 0xfe0f;
  }
  return false;
}

/**
 * "Ray Brannigan", "Max Ortiz": a given name that is also charting shorthand (and so never a name alone) is one when a
 * capitalised surname follows it, in a text that writes in mixed case and is no clinical note.
 */
function clinicalGivenNameWithSurname(scan: PhiScan, i: number, caseless: boolean): boolean {
  const t = scan.tokens[i] as WordToken;
  if (caseless || scan.clinical || !isA(t, CLINICAL) || !isA(t, GIVEN_NAME) || !isCapitalised(t.raw) || isAllCaps(t.raw) || t.bare !== t.lower) return false;
  const surname = adjacent(scan, i);
  return !!surname && isCapitalised(surname.raw) && !isAllCaps(surname.raw) && !isA(surname, COMMON_WORD | GIVEN_NAME) && nameStrength(surname, scan) !== undefined;
}

/** At most two words between a possessive and the health term it owns ("Shelby's chemo port", "Maya's knee surgery"). */
const OWNED_TERM_GAP = /^\s(?:[\p{L}-]+\s){0,2}$/u;

/** Whether a listed health term follows the possessive `token` closely, and names no service of ours ("Shelby's cancer center"). */
function ownsHealthTermAfter(scan: PhiScan, token: WordToken): boolean {
  const term = healthTermSoonAfter(scan, token.end, 30);
  if (!term || !OWNED_TERM_GAP.test(scan.text.slice(token.end, term.start))) return false;
  return !NAMES_A_SERVICE.test(scan.text.slice(term.end, term.end + 30));
}

/** "Thank you, Louisville!": a city spoken to. Narrower than the place rules' TOWN_SUFFIX: "-field", "-ford" and "-wood" end surnames people are thanked by. */
const TOWN_NAME = /^\p{Lu}\p{Ll}{2,}(?:ville|burgh?|boro|borough|town|polis)$/u;
const TOWN_PREPOSITIONS = new Set(['in', 'across', 'around', 'throughout', 'outside', 'near']);
/** "en Dalton", "desde Selma": the Spanish ones, which also come before people ("pensamos en Tyler"), so the town after them needs more to go on. */
const SPANISH_TOWN_PREPOSITIONS = new Set(['en', 'desde']);
/** "our Gary Urgent Care", "our Gary and Joliet hospital lobbies", "our Boone and Blowing Rock clinics", "our Rochester teams": one of our sites or its people, named for its town. */
const OUR_SITE_AFTER = /^(?: (?:and|&) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?(?: (?:family|internal|sports|primary|women['’]s|children['’]s|pediatric|dental|medicine|care|health|walk-in|specialty)){0,2} (?:urgent care|hospitals?|clinics?|medical cent(?:er|re)s?|campus(?:es)?|emergency|er|ed|health cent(?:er|re)s?|locations?|offices?|teams?|staff|nurses|crews?)\b/iu;
/** "the Food Bank of Lincoln", "the University of Tyler": a body named for its town. */
const OF_A_BODY_BEFORE = /\b(?:Bank|Banks|University|College|Diocese|Archdiocese|Chamber of Commerce|YMCA|YWCA|Boys & Girls Clubs?|Boys and Girls Clubs?|United Way|Health Department|Fire Department|Police Department|Public Schools|School District|Library|Museum|Zoo) of $/;
/** "Denver families", "Tyler-area residents": a town said of the people who live there. */
const TOWN_PEOPLE_AFTER = /^(?:-area|\s+area)?\s+(?:families|residents|neighbou?rs|communities|schools|seniors|employers|businesses)\b/i;
const SPANISH_EVENT_DATE_BEFORE = /(?<![\p{L}\d])\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s*,?\s*$|\d\s?(?:am|pm|a\.\s?m\.|p\.\s?m\.)\s*,?\s*$/iu;
/** "pensamos en Tyler", "confiamos en Jackson": a person thought of or trusted, not a town. */
const THINKING_OF_BEFORE = /(?<![\p{L}])(?:pens|piens|confi|cre[eíi]|fij|orando|oramos)\p{L}*\s+$/iu;
/** "en el sótano de la Iglesia San Juan Bautista, Lorain:", "Supermercado La Placita, Lorain.": the town after a named venue, as on an address line. */
const NAMED_VENUE_HEAD = String.raw`(?:^|[^\p{L}])(?:Iglesia|Church|Supermercado|Supermarket|Library|Biblioteca|Park|Parque|Escuela|School|Cent(?:er|re)|Centro|Hall|Plaza|Mall|Market|Mercado|YMCA|Fairgrounds|Stadium|Estadio)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}`;
const VENUE_THEN_COMMA_BEFORE = new RegExp(String.raw`${NAMED_VENUE_HEAD},\s$`, 'u');
/** "en el estacionamiento de la Iglesia San Juan Diego en Dalton": the town a named venue is in. */
const VENUE_THEN_EN_BEFORE = new RegExp(String.raw`${NAMED_VENUE_HEAD}\s$`, 'u');
/** Asked of every capitalised word, so the comma is looked for before the venue's name. */
const afterNamedVenue = (text: string, start: number): boolean => text.charAt(start - 2) === ',' && VENUE_THEN_COMMA_BEFORE.test(text.slice(Math.max(0, start - 60), start));
/** "nuestros pacientes de Lawrence", "las familias de Lowell", "la biblioteca de Elizabeth", "la planta avícola de Sanford", "el centro de distribución de Sanford", "pacientes hispanos del área de Austin": in Spanish, a town's people and places are said before it. */
const SPANISH_TOWN_PEOPLE_BEFORE = /(?<![\p{L}])(?:familias|pacientes|participantes|personas|estudiantes|alumnos|j[oó]venes|adultos|agricultores|vecin[oa]s|residentes|comunidad(?:es)?|escuelas|trabajador[ae]s|habitantes|biblioteca|plaza|parque|ciudad|condado|feria|cl[ií]nica|sede|oficina|planta(?:\s+av[ií]cola|\s+empacadora)?|f[aá]brica|empacadora|distribuci[oó]n|almac[eé]n(?:es)?|bodegas?|hoteles|[aá]rea|zona|regi[oó]n|calor|fr[ií]o|clima|humedad|tr[aá]fico|veranos?|inviernos?)\s+de\s+$/iu;
/** "all four of our Wyoming clinics: Cheyenne, Casper, Laramie and Gillette", "los condados de Harnett, Johnston y Wilson": our sites' towns listed after a colon, or counties. */
const OUR_SITES_LISTED_BEFORE = /(?:\b(?:clinics|locations|sites|offices|campuses|hospitals|cl[ií]nicas|sedes|oficinas)\s*:|(?<![\p{L}])condados\s+de)\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?(?:,\s|,?\s(?:and|y|&)\s))*$/u;
const TOWN_LIST_GAP = /^(?:, | and | or | & |, and |, or | y )$/;

/**
 * "Free flu shots in Charlotte this week", "Chicago, Gary and Joliet", "our Gary Urgent Care", "Denver families": a given
 * name right after "in", listed beside a city no one is named or in a list of counties, naming one of our sites or said of
 * the people who live there is a town named like a person. Not one that owns something ("in Tyler's room").
 */
const CITY_PART = /^(?:East|West|North|South|Northeast|Northwest|Southeast|Southwest|Downtown|Central|Greater)$/;
function townNamedLikeAPerson(scan: PhiScan, i: number): boolean {
  const { tokens, text } = scan;
  const t = tokens[i] as WordToken;
  if (/['’]s$/.test(t.raw)) return false;
  const prev = tokens[i - 1];
  if (prev && TOWN_PREPOSITIONS.has(prev.lower) && text.slice(prev.end, t.start) === ' ') return true;
  // "Feria de salud en Lawrence": a city's name after Spanish "en" (not "pensamos en Tyler", said of someone who is no city);
  // "La próxima será el 8 de noviembre en Sanford": where an event is, after its date; "la Iglesia San Juan Diego en Dalton": where a named venue is.
  if (
    prev &&
    SPANISH_TOWN_PREPOSITIONS.has(prev.lower) &&
    text.slice(prev.end, t.start) === ' ' &&
    (((US_CITIES.has(t.lower) || isKnownPlace(t.lower)) && !THINKING_OF_BEFORE.test(text.slice(Math.max(0, prev.start - 16), prev.start))) ||
      SPANISH_EVENT_DATE_BEFORE.test(text.slice(Math.max(0, prev.start - 32), prev.start)) ||
      VENUE_THEN_EN_BEFORE.test(text.slice(Math.max(0, prev.start - 60), prev.start)))
  )
    return true;
  if (SPANISH_TOWN_PEOPLE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) return true;
  if (afterNamedVenue(text, t.start) && /^\s*(?:[:.,;)]|$)/.test(text.slice(t.end, t.end + 2))) return true;
  if (prev && (prev.lower === 'our' || (prev.lower === 'new' && tokens[i - 2]?.lower === 'our')) && OUR_SITE_AFTER.test(text.slice(t.end, t.end + 60))) return true;
  if (OF_A_BODY_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) return true;
  if (TOWN_PEOPLE_AFTER.test(text.slice(t.end, t.end + 16))) return true;
  if (OUR_SITES_LISTED_BEFORE.test(text.slice(Math.max(0, t.start - 90), t.start))) return true;
  // "en East Charlotte": a part of a city, named by its direction.
  if (prev && CITY_PART.test(prev.raw) && text.slice(prev.end, t.start) === ' ' && (US_CITIES.has(t.lower) || isKnownPlace(t.lower))) return true;
  return listedBesideATown(scan, i) || listedAsCounties(scan, i) || (US_CITIES.has(t.lower) && listedAfterAPlace(scan, i)) || namesOurSiteInText(scan, t.lower);
}

const ourSiteWordsOf = new WeakMap<PhiScan, ReadonlySet<string>>();

/** "Our Austin clinic … Thank you, Austin!": a word the text also uses for one of our sites is that town wherever it stands. Read once per text. */
function namesOurSiteInText(scan: PhiScan, word: string): boolean {
  let words = ourSiteWordsOf.get(scan);
  if (!words) {
    const { tokens, text } = scan;
    const found = new Set<string>();
    tokens.forEach((o, j) => {
      if (tokens[j - 1]?.lower === 'our' && OUR_SITE_AFTER.test(text.slice(o.end, o.end + 60))) found.add(o.lower);
    });
    ourSiteWordsOf.set(scan, (words = found));
  }
  return words.has(word);
}

/** How many list items back a town list may start ("en Delano, Arvin y Lamont"). */
const TOWN_LIST_REACH = 4;

/** "trained in Kraków and Rochester", "obras en Norman y Edmond", "en Delano, Arvin y Lamont": a list item after capitalised words listed from "in" or "en". */
function listedAfterAPlace(scan: PhiScan, i: number): boolean {
  const { tokens, text } = scan;
  let next = tokens[i] as WordToken;
  let j = i - 1;
  for (let items = 0; items < TOWN_LIST_REACH; items++) {
    if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or' || tokens[j]?.lower === 'y') j--;
    const other = tokens[j];
    const before = tokens[j - 1];
    if (!other || !before || !isCapitalised(other.raw) || !TOWN_LIST_GAP.test(text.slice(other.end, next.start))) return false;
    if ((TOWN_PREPOSITIONS.has(before.lower) || SPANISH_TOWN_PREPOSITIONS.has(before.lower)) && text.slice(before.end, other.start) === ' ') return true;
    if (!US_CITIES.has(other.lower)) return false;
    next = other;
    j--;
  }
  return false;
}

const COUNTIES_AFTER = /^\s(?:counties|parishes|Counties|Parishes)\b/;
const MOST_COUNTIES_LISTED = 6;

/** "Cuyahoga, Summit and Lucas counties": each item of a list that ends in "counties" names a county. */
function listedAsCounties(scan: PhiScan, i: number): boolean {
  const { tokens, text } = scan;
  let k = i;
  for (let n = 0; n < MOST_COUNTIES_LISTED; n++) {
    const t = tokens[k] as WordToken;
    if (COUNTIES_AFTER.test(text.slice(t.end, t.end + 10))) return true;
    let j = k + 1;
    if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') j++;
    const next = tokens[j];
    if (!next || !isCapitalised(next.raw) || !TOWN_LIST_GAP.test(text.slice(t.end, next.start))) return false;
    k = j;
  }
  return false;
}

/** "Myrtle Beach", "North Carolina", "West Virginia", "Fort Wayne", "southwest Washington", "El Salvador", "Costa Rica": a given name that is the first word of a place's name, or a state's or city's last; and the place word itself ("Harbor" of "Charleston Harbor"). */
function placeNamedLikeAPerson(scan: PhiScan, i: number): boolean {
  const { tokens, text } = scan;
  const t = tokens[i] as WordToken;
  const next = tokens[i + 1];
  if (next && text.slice(t.end, next.start) === ' ' && (PLACE_NAME_HEAD.test(next.raw) || (isCapitalised(next.raw) && isTwoWordCity(t, next)))) return true;
  if (next && text.slice(t.end, next.start) === ' ' && COUNTRY_NAMES.has(`${t.lower} ${next.lower}`)) return true;
  const prev = tokens[i - 1];
  if (!prev || !/^\.? $/.test(text.slice(prev.end, t.start))) return false;
  if (text.slice(prev.end, t.start) === ' ' && COUNTRY_NAMES.has(`${prev.lower} ${t.lower}`)) return true;
  // "el calor de la Florida": Spanish names a state with its article.
  return (isCapitalised(prev.raw) && (PLACE_NAME_HEAD.test(t.raw) || isTwoWordCity(prev, t))) || (opensAStateName(prev.lower) && isStateName(`${prev.lower} ${t.bare}`)) || ((COMPASS_WORDS.has(prev.lower) || prev.lower === 'la') && isStateName(t.bare));
}

/** "el Valle", "la Sierra", "la Costa": a landform named after an article, in Spanish, is a region (not "María del Valle"). */
const SPANISH_LANDFORMS: ReadonlySet<string> = new Set(['valle', 'sierra', 'costa', 'monte', 'isla', 'mar']);
const SPANISH_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'del', 'al']);

function spanishLandform(scan: PhiScan, i: number): boolean {
  const { tokens, text } = scan;
  const t = tokens[i] as WordToken;
  const prev = tokens[i - 1];
  if (!SPANISH_LANDFORMS.has(t.lower) || !prev || !SPANISH_ARTICLES.has(prev.lower) || text.slice(prev.end, t.start) !== ' ') return false;
  const before = tokens[i - 2];
  return !(prev.lower === 'del' && before && isCapitalised(before.raw) && isGivenName(before.lower));
}

/** "across southwest Washington": a part of a state. */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upstate', 'downstate', 'rural']);

const isTwoWordCity = (first: WordToken, second: WordToken): boolean => isTwoWordUsCity(first.lower, second.lower);

/** A city no one is named ("Syracuse", "Chicago"), where a listed town may be named like a person. */
const onlyATown = (w: string): boolean => isKnownPlace(w) || (US_CITIES.has(w) && !isGivenName(w));

/** "Chicago, Gary and Joliet", "hi, Rochester and Syracuse", "Berwyn y Aurora", "Zanesville and Marietta": a word listed beside a city no one is named, or a town by its ending. */
function listedBesideATown(scan: PhiScan, i: number): boolean {
  return townListedAt(scan, i, -1) || townListedAt(scan, i, 1);
}

/** Whether the list item before (`step` -1) or after (1) token `i` is a city no one is named. */
function townListedAt(scan: PhiScan, i: number, step: -1 | 1): boolean {
  const { tokens, text } = scan;
  const t = tokens[i] as WordToken;
  let j = i + step;
  if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or' || tokens[j]?.lower === 'y') j += step;
  const other = tokens[j];
  return !!other && (onlyATown(other.bare) || TOWN_NAME.test(other.raw) || endsACityName(scan, j, step)) && TOWN_LIST_GAP.test(step < 0 ? text.slice(other.end, t.start) : text.slice(t.end, other.start));
}

/** "Dodge City, Garden City and Hays", "Yuma, San Luis, El Centro": a list item that is a capitalised word and "City", or a US city of two words, reads as a city. */
function endsACityName(scan: PhiScan, j: number, step: -1 | 1): boolean {
  const { tokens, text } = scan;
  const [first, second] = step < 0 ? [tokens[j - 1], tokens[j]] : [tokens[j], tokens[j + 1]];
  return !!first && !!second && ((second.raw === 'City' && isCapitalised(first.raw)) || isTwoWordUsCity(first.lower, second.lower)) && text.slice(first.end, second.start) === ' ';
}

function sentenceStart(scan: PhiScan, token: WordToken): boolean {
  return token.start === 0 || endMarkThenSpace(scan.text, token.start) || scan.sentenceOf(token.start).start === token.start;
}

/** "45 Riverside Dr. Drop-ins welcome": a house number and a street's capitalised name before "Dr" make it Drive. A
 * street is not named "By" or "Per": in a note in capitals, "RATE DECREASED TO 50 BY DR MASCI" names the doctor. */
const NOT_A_STREET_NAME = ['by', 'with', 'per', 'to', 'at', 'of', 'for', 'from', 'and', 'or', 'is', 'was', 'in', 'as', 'then', 'after', 'before', 'via'].flatMap((w) => [w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
const HOUSE_NUMBER_AND_NAME = new RegExp(`\\b\\d{1,6}(?:\\s+(?!(?:${NOT_A_STREET_NAME.join('|')})\\s)\\p{Lu}[\\p{L}'’-]*){1,3}\\s+$`, 'u');

function isDriveAfterHouseNumber(text: string, start: number): boolean {
  return HOUSE_NUMBER_AND_NAME.test(text.slice(Math.max(0, start - 40), start));
}

const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'huracán', 'huracan', 'typhoon', 'tifón', 'tifon']);

function findSpans(scan: PhiScan): NameSpan[] {
  const { tokens, text } = scan;
  const spans: NameSpan[] = [];
  const caseless = scan.caseless;
  const allLower = scan.allLower;
  const hasBracket = text.includes('(');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    const lower = t.lower;
    const next = tokens[i + 1];
    // "Hurricane Maria", "el huracán María": a storm's name, no one's.
    if (STORM_WORDS.has(lower) && next && isCapitalised(next.raw) && text.slice(t.end, next.start) === ' ') {
      i++;
      continue;
    }
    // Dr. Healey, mr. masci
    const shouting = caseless || isAllCaps(t.raw);
    // "drs" is also charting for dressings ("drs.rt"): as a title it needs a space and a capital after it.
    const titleOk =
      (lower !== 'drs' || (!caseless && /\s/.test(text.slice(t.end, next?.start)) && isCapitalised(next?.raw ?? ''))) && !isMissTheVerb(t.raw, caseless) && !(lower === 'dr' && isDriveAfterHouseNumber(text, t.start));
    if (titleOk && ((t.classes & PERSON_TITLE) !== 0 || isSpanishSr(t, scan, shouting)) && next && /^[.'’]?\s{0,2}$/.test(text.slice(t.end, next.start)) && spanishTitleFits(lower, next) && (shouting ? surnameAfterTitle(lower, next, scan) || possessiveAfterTitle(next, scan) : canBeName(next, scan) || titledCapital(next, scan))) {
      // A writer who leaves the first name in lower case leaves the surname so too ("mrs. marcela carlson").
      spans.push({ from: i, to: extend(scan, i + 1, 3, shouting || !isCapitalised(next.raw)), rule: 'phi.name.title', weak: false });
      i = spans[spans.length - 1]!.to - 1;
      continue;
    }
    // "Dr. o rourke", "DR O CONNOR": an Irish O written apart from the surname after a title.
    if ((t.classes & PERSON_TITLE) !== 0 && next && next.lower === 'o' && /^\.?\s{1,2}$/.test(text.slice(t.end, next.start))) {
      const sur = tokens[i + 2];
      if (sur && sur.start === next.end + 1 && text.charCodeAt(next.end) === 32 && sur.raw.length > 2 && canBeName(sur, scan) && !isA(sur, COMMON_WORD | AFTER_TITLE_STOP)) {
        spans.push({ from: i, to: i + 3, rule: 'phi.name.title', weak: false });
        i += 2;
        continue;
      }
    }
    // daughter Maria, son, David; patient John
    // "Dementia Caregiver Circle", "Family Support Group", "Caregiver Coffee Hour": a capitalised role word that opens a programme's name.
    if (isA(t, PERSON_CUE_WORD) && next && canBeName(next, scan) && !(isCapitalised(t.raw) && (PROGRAMME_NOUN.test(next.raw) || (isCapitalised(next.raw) && PROGRAMME_NOUN.test(scan.tokens[i + 2]?.raw ?? ''))))) {
      const gap = text.slice(t.end, next.start);
      const lowerOk = isA(next, GIVEN_NAME) && !isA(next, AMBIGUOUS_GIVEN_NAME);
      const capsOk = !(shouting || isAllCaps(next.raw)) || (lowerOk && isA(next, LISTED_FIRST_NAME) && !isA(next, CLINICAL));
      // "RN roles are open": where the text uses capitals, a lower-case word after a job title is no name.
      const relativeOk = !NOT_RELATIVE_CUES.has(t.bare) && (caseless || isCapitalised(next.raw) || FAMILY_WORDS.has(t.lower)) && nameAfterRelative(t, next, scan);
      // "named Endocrinologist of the Year": an award, not a person.
      const award = AWARD_AFTER.test(text.slice(next.end, next.end + 60)) || namesAPost(t, next) || editionAfter(text.slice(next.end, next.end + 12));
      // A paragraph break ends the cue: "… to a friend\n\nBehind every number …".
      // "los cambios de ánimo son comunes": in Spanish "son" is "they are".
      const spanishVerb = t.lower === 'son' && isSpanishSentence(scan.sentenceText(t.start));
      if (!award && !spanishVerb && /^\s{0,2}[,:]?\s{0,2}$/.test(gap) && !gap.includes('\n\n') && ((capsOk && (lowerOk || isCapitalised(next.raw))) || relativeOk)) {
        spans.push({ from: i + 1, to: extend(scan, i + 1, 3), rule: 'phi.name.relation', weak: false });
        i = spans[spans.length - 1]!.to - 1;
        continue;
      }
    }
    // irene snell, rn
    const credentialOk = (t.classes & POST_NAME_CREDENTIAL) !== 0 && (!AMBIGUOUS_CREDENTIALS.has(lower) || (!shouting && t.raw === t.raw.toUpperCase() && isCapitalised(tokens[i - 1]?.raw ?? '')));
    if (credentialOk && i > 0 && /^,?\s$/.test(text.slice(tokens[i - 1]!.end, t.start)) && !/\p{L}/u.test(text.charAt(t.end))) {
      let from = i;
      const nameLike = (tk: WordToken | undefined) =>
        canBeName(tk, scan) && !isA(tk, COMMON_WORD) && (isA(tk, KNOWN_NAME) || (isCapitalised(tk.raw) && !isAllCaps(tk.raw)));
      while (from > 0 && i - from < 3 && (nameLike(tokens[from - 1]) || (from < i && isInitialToken(tokens[from - 1]) && text.charAt(tokens[from - 1]!.end) === '.'))) {
        const gap = text.slice(tokens[from - 1]!.end, tokens[from]!.start);
        if (!(from === i ? /^,?\s$/.test(gap) : gap === ' ' || gap === '. ')) break;
        from--;
      }
      if (from < i) spans.push({ from, to: i, rule: 'phi.name.credential', weak: false });
    }
    // DICK CUCCHIARA (RESIDENT), Dr Will Cole (attending)
    if (hasBracket && t.letters && t.raw.length > 2 && bracketAfter(text, t.end) && ROLE_IN_BRACKETS.test(text.slice(t.end, t.end + 22)) && (canBeName(t, scan) || isA(t, KNOWN_NAME)) && !isA(t, NOT_NAME_WORD)) {
      let from = i;
      while (from > 0 && i - from < 2) {
        const prev = tokens[from - 1]!;
        if (text.slice(prev.end, tokens[from]!.start) !== ' ' || !prev.letters || isA(prev, NOT_NAME_WORD | HEALTH_WORD)) break;
        if (!(isA(prev, GIVEN_NAME | KNOWN_NAME) || isInitialToken(prev))) break;
        from--;
      }
      if (!spans.some((sp) => sp.to > from)) spans.push({ from, to: i + 1, rule: 'phi.name.role', weak: false });
    }
    // E. WELSH AWARE, d. renna: in a note an initial and a listed surname are a clinician.
    if (shouting && t.raw.length === 1 && !closesAbbreviation(scan, i) && /[a-z]/i.test(t.raw) && text.slice(t.end, t.end + 2) === '. ' && next && next.start === t.end + 2 && (initialledSurname(next, scan) || (ORDER_SOURCE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && surnameAfterTitle('dr', next, scan)))) {
      spans.push({ from: i, to: i + 2, rule: 'phi.name.initial-surname', weak: false });
      i++;
      continue;
    }
    // J SMITH ORDERED: an initial without its period, a listed surname and a charting verb.
    if (shouting && isInitialToken(t) && t.raw !== 'I' && t.raw !== 'A' && next && next.start === t.end + 1 && text.charAt(t.end) === ' ' && next.raw.length > 2) {
      const w = plain(next);
      if (isA(next, KNOWN_NAME) && !isA(next, COMMON_WORD | HEALTH_WORD | CLINICAL) && ORDERED_AFTER.test(text.slice(next.end, next.end + 16))) {
        spans.push({ from: i, to: i + 2, rule: 'phi.name.initial-surname', weak: false });
        i++;
        continue;
      }
    }
    // A. Lindqvist — not "below 77°F. Unopened", a temperature's scale, nor "Room B. Tractor safety…", a room's letter closing its sentence, nor "Q&A. Snacks".
    if (isInitialToken(t) && !closesAbbreviation(scan, i) && text.slice(t.end, t.end + 2) === '. ' && text.charAt(t.start - 1) !== '°' && text.charAt(t.start - 1) !== '&' && !LETTERED_PLACE_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start)) && next && isCapitalised(next.raw) && !isAllCaps(next.raw) && canBeName(next, scan) && !isA(next, COMMON_WORD) && next.start === t.end + 2) {
      spans.push({ from: i, to: extend(scan, i + 1, 2), rule: 'phi.name.initial-surname', weak: false });
      i = spans[spans.length - 1]!.to - 1;
      continue;
    }
    if (clinicalGivenNameWithSurname(scan, i, caseless)) {
      const to = extend(scan, i + 1, 3);
      spans.push({ from: i, to, rule: 'phi.name.given-name', weak: false });
      i = to - 1;
      continue;
    }
    if (!canBeName(t, scan)) continue;
    // "#MétodoCanguro", "#Yuma": a hashtag's word names a campaign or a town, not a person.
    if (text.charCodeAt(t.start - 1) === 35 && (/[\p{Ll}]\p{Lu}/u.test(t.raw) || US_CITIES.has(t.lower))) continue;
    // "Pace yourself", "Treat yourselves": a word that takes "yourself" is a command, not a name.
    if (next && (next.lower === 'yourself' || next.lower === 'yourselves') && next.start === t.end + 1) continue;
    // "Booth 8", "Table 4": an ordinary noun numbered as a place.
    if (NUMBERED_PLACE_WORDS.has(t.lower) && /^ #?\d/.test(text.slice(t.end, t.end + 3))) continue;
    const leadIn = i > 0 && (((tokens[i - 1] as WordToken).classes & LEAD_IN_WORD) !== 0 || markThenSpace(text, t.start));
    const before = leadIn ? text.slice(Math.max(0, t.start - 24), t.start) : '';
    // My name is aantje mourik / Name: Kamila
    // "Is my kid overtraining?": a lower-case word in -ing after the lead-in is what they do, not who they are.
    const doing = !isCapitalised(t.raw) && t.lower.length >= 7 && t.lower.endsWith('ing');
    // Where the text uses capitals, a lower-case word so introduced is a term, a title or what someone says; tested only
    // after a strong lead-in, which most words lack.
    const lowerInCasedText = !caseless && !isCapitalised(t.raw);
    // In a post or reply written with capitals, a lower-case word ("our audiometric booth visits", "el tapón lila se usa") is that word.
    const lowerWordOfAPost = lowerInCasedText && !scan.clinical;
    if (before !== '' && ((STRONG_INTRO.test(before) && (isCapitalised(t.raw) || !isA(t, COMMON_WORD))) || (isCapitalised(t.raw) && SPANISH_INTRO.test(before))) && !doing && !(lowerInCasedText && TERM_CALLED.test(before)) && !A_TERMS_NEW_NAME.test(before) && !AWARD_AFTER.test(text.slice(t.end, t.end + 60)) && !namesAPost(tokens[i - 1], t)) {
      spans.push({ from: i, to: extend(scan, i, 4, !isCapitalised(t.raw)), rule: 'phi.name.introduced', weak: false });
      i = spans[spans.length - 1]!.to - 1;
      continue;
    }
    if (!isCapitalised(t.raw)) {
      // In lower-case text a listed given name counts ("pamela, donna and brian"), as does a given name
      // followed by a known surname ("monika žilková").
      const given = isA(t, LISTED_FIRST_NAME) && !isA(t, AMBIGUOUS_GIVEN_NAME | CLINICAL);
      const listedGiven = isA(t, GIVEN_NAME) && !isA(t, CLINICAL) && t.raw.length > 2 && !isA(t, NOT_NAME_WORD | PERSON_CUE_WORD | HEALTH_WORD);
      const sur = adjacent(scan, i);
      // "grace dudak aware", "consult with patty hoeller": a listed given name and a listed surname that is no word.
      const pairedSurname = listedGiven && !!sur && !isCapitalised(sur.raw) && sur.raw.length > 3 && canBeName(sur, scan) && isA(sur, KNOWN_NAME) && !isA(sur, COMMON_WORD | NOT_NAME_WORD) && !isA(sur, GIVEN_NAME);
      if (pairedSurname && (SIGN_OFF_AFTER.test(text.slice(sur.end, sur.end + 12)) || ORDER_SOURCE_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)))) {
        const to = extend(scan, i, 3, true);
        spans.push({ from: i, to, rule: 'phi.name.given-name', weak: false });
        i = to - 1;
        continue;
      }
      // "george called for update": a given name that reports or visits, written in lower case.
      // The "in-law" test only runs for a listed given name: most tokens never need it.
      if (listedGiven && !lowerWordOfAPost && !IN_LAW_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) && (!isA(t, AMBIGUOUS_GIVEN_NAME) || sentenceStart(scan, t) || /[,:]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) && (CALLER_AFTER.test(text.slice(t.end, t.end + 14)) || (/['’]s$/.test(t.raw) && STORY_AFTER_POSSESSIVE.test(text.slice(t.end, t.end + 14))))) {
        spans.push({ from: i, to: i + 1, rule: 'phi.name.given-name', weak: false });
        continue;
      }
      const withSurname = given && !lowerWordOfAPost && !!sur && !isCapitalised(sur.raw) && canBeName(sur, scan) && (isA(sur, KNOWN_NAME) || NON_ASCII.test(sur.raw)) && !isA(sur, COMMON_WORD);
      if (withSurname || (given && allLower && t.raw.length > 3)) {
        const to = withSurname ? extend(scan, i, 3, true) : i + 1;
        spans.push({ from: i, to, rule: 'phi.name.given-name', weak: false });
        i = to - 1;
      }
      continue;
    }
    // Hi Tom, / Thanks, Gina / Congrats to Rosa
    if (before !== '' && OPENER.test(before) && !isA(t, COMMON_WORD) && !(TOWN_NAME.test(t.raw) && !isA(t, GIVEN_NAME)) && !onlyATown(t.bare) && !listedBesideATown(scan, i) && !TOWN_PEOPLE_AFTER.test(text.slice(t.end, t.end + 16)) && !namesOurSiteInText(scan, t.lower)) {
      spans.push({ from: i, to: extend(scan, i, 3), rule: 'phi.name.addressed', weak: false });
      i = spans[spans.length - 1]!.to - 1;
      continue;
    }
    // "Welcome back to the gym, Big Mike!": a given name set off by a comma and closed by "!" or "?" is spoken to.
    if (isCapitalised(t.raw) && isA(t, GIVEN_NAME) && !isA(t, COMMON_WORD) && VOCATIVE_AFTER.test(text.slice(t.end, t.end + 3)) && VOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !namesOurSiteInText(scan, t.lower)) {
      spans.push({ from: i, to: i + 1, rule: 'phi.name.addressed', weak: false });
      continue;
    }
    // "Carol, you left your coat…": a given name that opens a sentence spoken to "you" is the addressee's, even one that is a word.
    if (isA(t, GIVEN_NAME) && sentenceStart(scan, t) && SPOKEN_TO_AFTER.test(text.slice(t.end, t.end + 8))) {
      spans.push({ from: i, to: i + 1, rule: 'phi.name.addressed', weak: false });
      continue;
    }
    // "Lily's story: two years of chemo…": a given name whose story the post tells, even one that is a word too.
    if (isA(t, GIVEN_NAME) && !isA(t, NOT_NAME_WORD | CLINICAL) && /['’]s$/.test(t.raw) && STORY_AFTER_POSSESSIVE.test(text.slice(t.end, t.end + 14))) {
      spans.push({ from: i, to: i + 1, rule: 'phi.name.given-name', weak: false });
      continue;
    }
    // "Shelby's port came out this morning!": a sentence opened by a given name that is also a word or a place, owning the health term after it.
    if (isA(t, GIVEN_NAME) && !isA(t, NOT_NAME_WORD | CLINICAL) && /['’]s$/.test(t.raw) && sentenceStart(scan, t) && ownsHealthTermAfter(scan, t)) {
      spans.push({ from: i, to: i + 1, rule: 'phi.name.given-name', weak: false });
      continue;
    }
    // "Leo (6 años)", "Hope (4)": a given name with an age in brackets after it, even one that is a word too.
    if (hasBracket && isCapitalised(t.raw) && isA(t, GIVEN_NAME) && !isA(t, NOT_NAME_WORD | CLINICAL) && bracketAfter(text, t.end) && AGE_IN_BRACKETS_AFTER.test(text.slice(t.end, t.end + 16))) {
      spans.push({ from: i, to: i + 1, rule: 'phi.name.given-name', weak: false });
      continue;
    }
    const strength = nameStrength(t, scan);
    const follower = adjacent(scan, i);
    const followerIsName = !!follower && (isInitialToken(follower) || (isCapitalised(follower.raw) && !!nameStrength(follower, scan)));
    if (isCapitalised(t.raw) && (placeNamedLikeAPerson(scan, i) || spanishLandform(scan, i) || (!followerIsName && townNamedLikeAPerson(scan, i)))) continue;
    // In all-caps or all-lower text only given names count; capital letters carry no signal there.
    if (caseless || isAllCaps(t.raw)) {
      if (strength === 'given' && t.raw.length > 2 && isA(t, LISTED_FIRST_NAME) && !isA(t, CLINICAL)) {
        const to = extend(scan, i, 3);
        spans.push({ from: i, to, rule: 'phi.name.given-name', weak: false });
        i = to - 1;
      }
      continue;
    }
    if (strength === 'given' || ((isA(t, GIVEN_NAME) || strength) && followerIsName)) {
      const to = extend(scan, i, 4);
      spans.push({ from: i, to, rule: 'phi.name.given-name', weak: false });
      i = to - 1;
      continue;
    }
    const atStart = sentenceStart(scan, t);
    // Charting opens each fragment with a capitalised device, drug or body part ("Swan was pulled.", "Neck is swollen."): there a capital and a verb say nothing.
    if (atStart && scan.clinical) continue;
    if (!strength) {
      if (atStart && !isA(t, COMMON_WORD) && t.raw.length > 2 && (STRONG_PERSON_AFTER.test(text.slice(t.end, t.end + 20)) || relativeSpeaksOf(t, text))) {
        spans.push({ from: i, to: i + 1, rule: 'phi.name.capitalised', weak: true });
      }
      continue;
    }
    const nextWord = tokens[i + 1];
    const personVerb = !!nextWord && PERSON_VERB.test(text.slice(t.end, nextWord.end).trim());
    if ((!atStart && strength !== 'gazetteer') || personVerb || (before !== '' && INTRO.test(before)) || relativeSpeaksOf(t, text)) {
      const to = extend(scan, i, 3);
      spans.push({ from: i, to, rule: 'phi.name.capitalised', weak: true });
      i = to - 1;
    }
  }
  for (const m of secondInitialAt(scan) ? execAll(INITIALS, text) : []) {
    const raw = m[0].trim();
    if (NOT_INITIALS.test(raw.replace(/\s/g, ''))) continue;
    // Initials stand for a person when used like a name: "J.M. who rang the bell", "M.K., a 16-year-old".
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // "Five years cancer-free today, D.W.!": set off by a comma and closed by "!" or "?", they are spoken to.
    const addressed = /,\s*$/.test(before) && /^\s*[!?]/.test(after);
    if (!addressed && !/^\s*(?:,|(?:who|is|was|has|had|and|from|said|says|'s|’s)\b)/i.test(after) && !OPENER.test(before) && !/\b(?:patient|pt|to|with|for|of|thank)\s*:?\s*$/i.test(before)) continue;
    const at = firstTokenAt(tokens, m.index);
    const from = tokens[at]?.start === m.index ? at : -1;
    if (from >= 0) spans.push({ from, to: from + raw.replace(/[.\s]/g, '').length, rule: 'phi.name.initials', weak: false });
  }
  return spans;
}

/** Names the commenter gave for themselves or others in the comment a reply answers. */
function contextNames(scan: PhiScan): Set<string> {
  const names = new Set<string>();
  if (!scan.context) return names;
  let mixedCase: boolean | undefined;
  for (const t of scan.contextTokens()) {
    if (!isCapitalised(t.raw) || isNotNameWord(t.lower) || isHealthWord(t.lower)) continue;
    // "DOT physicals" in a comment written in mixed case: an acronym, not Dot.
    if (t.raw.length <= 4 && isAllCaps(t.raw) && (mixedCase ??= /\p{Ll}/u.test(scan.context))) continue;
    const before = scan.context.slice(Math.max(0, t.start - 24), t.start);
    const given = isGivenName(t.lower) && !isAmbiguousGivenName(t.lower);
    // "Maya (5)": a child introduced with their age.
    const withAge = AGE_IN_BRACKETS_AHEAD.test(scan.context.slice(t.end, t.end + 8));
    if (given || withAge || SELF_INTRO.test(before) || /[-—–]\s*$/.test(before)) names.add(t.lower);
  }
  return names;
}

const LIST_GAP = /^(?:,\s|\s(?:and|&|or)\s|,\s(?:and|or)\s)$/;
/** "Dr. Samuel Whitfield, Orthopedic Surgeon": the word after the comma opens a job title, not another name. */
const JOB_TITLE_AFTER = /^\s(?:Surgeon|Physician|Specialist|Nurse|Therapist|Director|Manager|Coordinator|Assistant|Practitioner|Technician|Technologist|Pharmacist|Counsel(?:l)?or|Educator|Navigator|Officer|Supervisor)\b/;

/** "Meet Dr. Tomasz Nowak, Dermatologist": a job title after the name, not another name. */
const JOB_TITLE_WORD = /^(?:\p{Lu}\p{Ll}+(?:ician|ist)|Surgeon|Physician|Nurse|Director|Manager|Coordinator|Navigator|Educator)$/u;

/** What ends one item of a list of names: a stop or comma, "and", or the end of the text. */
const LIST_ITEM_ENDS = /^(?:\s*[,!.?;:]|\s+(?:and|&|or)\s|\s*$)/;

/** 1 for each token inside one of `spans`; built once per text and kept up to date by `addSpan`, since asking every span per token was quadratic in a long text. */
function coveredTokens(scan: PhiScan, spans: readonly NameSpan[]): Uint8Array {
  const covered = new Uint8Array(scan.tokens.length);
  for (const s of spans) covered.fill(1, s.from, s.to);
  return covered;
}

function addSpan(spans: NameSpan[], covered: Uint8Array, span: NameSpan): void {
  spans.push(span);
  covered.fill(1, span.from, span.to);
}

/** "Kónya, Becker and Vasquez": once one item of a list of capitalised words is a name, all are. */
function expandLists(scan: PhiScan, spans: NameSpan[], covered: Uint8Array): void {
  for (const s of [...spans]) {
    for (const dir of [-1, 1] as const) {
      let edge = dir === 1 ? s.to - 1 : s.from;
      for (;;) {
        const j = edge + dir;
        const a = scan.tokens[Math.min(edge, j)];
        const b = scan.tokens[Math.max(edge, j)];
        const candidate = scan.tokens[j];
        if (!a || !b || !candidate || covered[j] === 1) break;
        const gapLength = b.start - a.end;
        if (gapLength < 2 || gapLength > 6 || !LIST_GAP.test(scan.text.slice(a.end, b.start))) break;
        if (!isCapitalised(candidate.raw) || isAllCaps(candidate.raw) || !canBeName(candidate, scan) || isA(candidate, COMMON_WORD)) break;
        if (JOB_TITLE_AFTER.test(scan.text.slice(candidate.end, candidate.end + 16)) || JOB_TITLE_WORD.test(candidate.raw)) break;
        if (afterNamedVenue(scan.text, candidate.start)) break;
        // "Hi Marisol, Walk-ins are welcome": after a greeting, a capital opens the message unless it ends an item ("Hi Tom, Ana and Luis!").
        if (s.rule === 'phi.name.addressed' && dir === 1 && !LIST_ITEM_ENDS.test(scan.text.slice(candidate.end, candidate.end + 6))) break;
        addSpan(spans, covered, { from: j, to: j + 1, rule: 'phi.name.listed', weak: s.weak });
        edge = j;
      }
    }
  }
}

/** An initial, its period and a word: "j. o'brien" (token `i` is the initial). */
function initialAndWord(scan: PhiScan, i: number): boolean {
  const initial = scan.tokens[i];
  const word = scan.tokens[i + 1];
  if (!initial || !word || initial.raw.length !== 1 || !/[a-z]/i.test(initial.raw) || word.start !== initial.end + 2 || scan.text.slice(initial.end, word.start) !== '. ') return false;
  // A short word needs a name list behind it: "a. fib" is charting, "k. lee" a name.
  return canBeName(word, scan) && (word.raw.length > 3 || isA(word, KNOWN_NAME)) && !isA(word, COMMON_WORD | HEALTH_WORD | CLINICAL);
}

/** Index of the token that opens the list item after token `last` (", ", " and ", ", or "), or -1. */
function nextListItem(scan: PhiScan, last: number): number {
  const a = scan.tokens[last];
  let j = last + 1;
  const conj = scan.tokens[j];
  if (conj && (conj.lower === 'and' || conj.lower === 'or')) j++;
  const b = scan.tokens[j];
  return a && b && LIST_GAP.test(scan.text.slice(a.end, b.start)) ? j : -1;
}

/** "(d. renna and j. o'brien)": once one initial-and-surname of a pair is a name, so is the other, in any case. */
function expandInitialPairs(scan: PhiScan, spans: NameSpan[], covered: Uint8Array): void {
  // Only the spans found so far: the pairs pushed below are not widened again.
  for (let n = spans.length, k = 0; k < n; k++) {
    const s = spans[k] as NameSpan;
    if (s.rule !== 'phi.name.initial-surname' || s.to - s.from !== 2) continue;
    const after = nextListItem(scan, s.to - 1);
    if (after >= 0 && covered[after] !== 1 && initialAndWord(scan, after)) addSpan(spans, covered, { from: after, to: after + 2, rule: 'phi.name.listed', weak: s.weak });
    for (const back of [s.from - 2, s.from - 3]) {
      if (back >= 0 && nextListItem(scan, back + 1) === s.from && covered[back] !== 1 && initialAndWord(scan, back)) {
        addSpan(spans, covered, { from: back, to: back + 2, rule: 'phi.name.listed', weak: s.weak });
        break;
      }
    }
  }
}

function spanOffsets(scan: PhiScan, s: NameSpan): { start: number; end: number } {
  const first = scan.tokens[s.from] as WordToken;
  const last = scan.tokens[s.to - 1] as WordToken;
  let end = last.end;
  if (last.raw.length === 1 && scan.text[end] === '.') end++;
  return { start: first.start, end };
}

/** "Maria G." is not Dr. Maria Alvarez: an initial must agree with the listed name it abbreviates. */
const ROLE_TITLE_WORDS: ReadonlySet<string> = new Set(
  'manager director chief supervisor coordinator head lead senior charge nurse practitioner medical clinical associate assistant'.split(' '),
);

/** "Reye's syndrome", "Bell's palsy", "Graves' disease": a name inside a condition's name is no person. */
const EPONYM_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s(?:${EPONYM_CONDITION_HEADS}|sign|maneuver|manoeuvre|reflex|criteria|scale)\b`, 'i');
/** "our Freedom From Tobacco program": a word right before "program" names the program. */
const PROGRAM_AFTER = /^\s(?:program(?:me)?s?|campaign|initiative|curriculum|class(?:es)?|workshops?)\b/;
/** "the Howard Street bridge", "West Franklin Street", "la entrada del puerto (Corbin Street)": a street named for someone, no person ("on Birch Lane" is left to the address rules, which read who lives there). */
const STREET_NAMED_AFTER = /^\s(?:Street|Avenue|Boulevard|Road|Lane|Parkway|(?:St|Ave|Blvd|Rd)(?![\p{L}]))/u;
/** Where a street is named: "on", "along", "de" ("ask Janet Burns Street about the gate code" is a person). */
const STREET_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:on|along|off|near|at|de|en|sobre|por)\s$/iu;
/** The street words a street named after someone ends with ("Jimmy Carter Blvd"), inside the name found or right after it. */
const PERSON_STREET_WORD = 'Street|Avenue|Boulevard|Road|Parkway|Highway|Blvd|Ave|Rd|Pkwy|Hwy';
const PERSON_STREET_END = new RegExp(String.raw`\s(?:${PERSON_STREET_WORD})\.?$`);
const PERSON_STREET_AFTER = new RegExp(String.raw`^\s(?:${PERSON_STREET_WORD})(?![\p{L}])`, 'u');
/** "Find our tent on Washington Avenue": the street where our stand is, no one's home. */
const OUR_STAND_ON_BEFORE = /\b(?:our|the)\s+(?:[\w-]+\s+)?(?:tent|booth|table|stand|van|bus|truck|mobile\s+unit|float)\s+(?:is\s+|will\s+be\s+)?(?:on|along)\s$/i;
/** "the Albany Public Library, Washington Ave. branch": a site named by its street. */
const STREET_SITE_AFTER = /^\s(?:Street|Avenue|Boulevard|Road|Parkway|(?:St|Ave|Blvd|Rd)\.)\s(?:branch|location|campus|site|entrance|station|bridge|stop)\b/;
/** Street kinds that turn "Martinez Mall" into a street's name. */
const STREET_SUFFIXES = '(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court)';
/**
 * "Corona Plaza (Roosevelt Ave y 103 St)": a corner where two streets cross, no one's home. Its own short list of street
 * kinds: STREET_SUFFIXES's wider one ("Dr", "Lane", "Way") also turned "Lakeshore Dr" and "Birch Lane and Cooper Street"
 * into streets, which changed reports this check was not written for.
 */
const CROSS_STREET_KIND = '(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road)';
const CROSS_STREETS_AFTER = new RegExp(String.raw`^\s${CROSS_STREET_KIND}\.?\s+(?:and|&|y|at)\s+(?:\d{1,3}(?:st|nd|rd|th)?|\p{Lu}\p{L}+)\s+${CROSS_STREET_KIND}\b`, 'u');
/** "Maple Grove Senior Center", "Patient Experience Advisory Council", "Valentine's Day": the start of an organisation's, a place's or a day's name. */
function startsAnOrganisation(text: string, nameStart: number, nameEnd: number): boolean {
  return ORG_AFTER.test(text.slice(nameEnd, nameEnd + 40)) || (ORG_LAST_WORD.test(text.slice(nameStart, nameEnd)) && !STREET_AFTER.test(text.slice(nameEnd, nameEnd + 10)));
}
/** "Martinez Mall St.": the name of a street, which the address rules read. */
const STREET_AFTER = new RegExp(String.raw`^\s+${STREET_SUFFIXES}\b`);
// Organisation and place words no one has as a surname ("Hall", "Park", "Mills" and "Glen" are people too).
const ORG_WORDS = String.raw`(?:Center|Centre|Council|Committee|Board|Club|Society|Foundation|Association|Library|School|Elementary|Academy|Church|Institute|Alliance|Coalition|Credit\s+Union|Grange|Guild|Fairgrounds|(?:Mall|Plaza|Arena|Stadium|Marketplace)(?!\s+${STREET_SUFFIXES}\b)|Logistics|Trucking|Freight|Transport|Roofing|Plumbing|Plastics|Manufacturing|Chemicals?|Steel|Packaging|Textiles|Refinery|Factory|Warehouse|Brewing|Brewery|Bank|Insurance|Realty|Construction|Motors|Industries|Enterprises|Company|Corporation|Inc|LLC|Collaborative|Consortium|Network|Initiative|Partnership|Program|Programme|Project|Campaign|Complex|Department|Authority|Housing|Station|Kitchen|Summit|Conference|Symposium|Forum|Marathon|Triathlon|Regatta|Rodeo|Tournament|Invitational|Festival|Fest|Oktoberfest|Octoberfest|Expo|Trail|Tech|Bakery|Hardware|Dairy|Orchards?|Vineyards?|Winery|Creamery|Nursery|Greenhouse|Creek|Bluff|Flats|Hollow|Springs|Grove|Falls|Crossing|Junction|Prairie|Meadows|Township|County|Circle|Square|Anonymous|Salon|Barbershop|Temple|Iglesia|Parroquia|Capilla|Templo|Mosque|Masjid|Gurdwara|Synagogue|Chapel|Cathedral|Parish|Tabernacle|Ministries|Baptist|Methodist|Lutheran|Presbyterian|Episcopal|Pentecostal)`;
/** "Alder Springs Lutheran Church", "Harlow Creek High", "Maple Grove Senior Center": up to two more capitalised words, then such a word. */
const ORG_AFTER = new RegExp(String.raw`^(?:\s[A-Z][a-z]+){0,2}\s(?:${ORG_WORDS}|Park|Hall|Home|Homes|Village|Day|Eve|Glen|Ridge|Union|High|Middle|Building)\b|^\s(?:county|counties|parish|parishes)\b`);
/** "Cedar Bluff Grange", "Harlow Creek Credit": no one either when such a word follows the name's first word. */
const ORG_LAST_WORD = new RegExp(String.raw`\s${ORG_WORDS}\b`);
function isOrgWordOrSaintsPlace(name: string): boolean {
  return name.includes(' ') ? (name.includes('San') || name.includes('São')) && SAINTS_PLACE.test(name) : ORG_WORD_ALONE.test(name);
}

/**
 * "CAMINA… C: Constancia. A: Acompañamiento.": the word a letter of an acronym stands for, when the letters spell a word in
 * capitals in the same text (a note's "S: … O: … A: … P: Dr. Patel" spells none).
 */
const ACRONYM_LETTER_BEFORE = /[\s.!?\p{Extended_Pictographic}\uFE0F]\p{Lu}\s?:\s$/u;
const ACRONYM_LETTER = /(?:^|[\s.!?\p{Extended_Pictographic}\uFE0F])(\p{Lu})\s?:\s/gu;
const CAPITALS_WORD = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu;

function spellsOutAnAcronym(text: string, start: number): boolean {
  if (!ACRONYM_LETTER_BEFORE.test(` ${text.slice(Math.max(0, start - 6), start)}`)) return false;
  const letters = [...text.matchAll(ACRONYM_LETTER)].map((m) => m[1] as string).join('');
  return letters.length >= 3 && [...text.matchAll(CAPITALS_WORD)].some((m) => m[0].startsWith(letters.slice(0, 3)));
}
/** "the 11am Mass", "the 7pm Vigil": a service or event named by its time. */
const CLOCK_TIME_BEFORE = /\d(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)\s+$/i;
const QUOTES = ["'", '"', '‘', '“'];
/** Inside quotes, up to the name or on from it: only capitalised words and the small words of a title. */
/** The small words of a title, in English and Spanish ("Vivir Bien con Diabetes"). */
const TITLE_SMALL_WORD = String.raw`a|an|the|of|and|in|on|to|for|with|at|con|de|del|la|el|los|las|y|en|para|sin|tu|su`;
const TITLE_HEAD = new RegExp(String.raw`(?:^|[\s(])['"‘“]((?:(?:\p{Lu}[\p{L}'’-]*|${TITLE_SMALL_WORD})[\s,:!?]+){0,6})$`, 'u');
const TITLE_TAIL = new RegExp(String.raw`^((?:[\s,:!?]+(?:\p{Lu}[\p{L}'’-]*|${TITLE_SMALL_WORD})){0,6})[!?.,]?['"’”]`, 'u');
/** 'nuestro grupo "Dulce Apoyo"', 'our "Heart Smart" class': what a group, class or programme is called, quoted. */
const NAMED_GROUP_BEFORE = /\b(?:grupo|programa|club|taller|clase|campaña|group|program|programme|class|workshop|campaign)\s+['"‘“]$/i;
const CLOSING_QUOTE = /^['"’”]/;
const GROUP_MEETS_AFTER = /^['"’”]\s+(?:meets|runs|starts|begins|is\s+held|will\s+meet|se\s+re[uú]ne|empieza|comienza)\b/i;

/** "'Llama Llama Misses Mama'", "“The Very Hungry Caterpillar”": a book's, song's or film's title in quotes, three words or more. */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start);
  if (!QUOTES.some((q) => lead.includes(q))) return false;
  if (NAMED_GROUP_BEFORE.test(lead) && CLOSING_QUOTE.test(text.slice(end, end + 1))) return true;
  // '"Corazón Sano" meets the second Saturday': a class or group named in quotes, by what it does.
  if (/['"‘“]$/.test(lead) && GROUP_MEETS_AFTER.test(text.slice(end, end + 24))) return true;
  const head = TITLE_HEAD.exec(lead);
  if (!head) return false;
  const tail = TITLE_TAIL.exec(text.slice(end, end + 60));
  if (!tail) return false;
  const quoted = `${head[1] as string} ${text.slice(start, end)} ${tail[1] as string}`;
  // "'Sofia R., Maple Grove Middle'": an initial makes it a label with someone's name, not a title.
  if (/(?:^|\s)\p{Lu}\./u.test(`${quoted}${text.slice(end, end + 3)}`)) return false;
  return quoted.split(/[\s,:!?]+/).filter(Boolean).length >= 3;
}
/** "San José Parish", "la Iglesia San José", "Santa Rosa": a saint's name in Spanish or Portuguese names a place or parish. */
const SAINTS_PLACE = /(?:^|\s)(?:San|Santa|Santo|São)\s+\p{Lu}/u;
/** "the Springfield Grange" with the town left out of the name: the word alone is no one either. */
const ORG_WORD_ALONE = new RegExp(String.raw`^${ORG_WORDS}$`);
/**
 * True when the name at [start, end) is no person: it starts an organisation's name ("Maple Grove Senior Center"),
 * names a shop or firm after its owner ("Hartley's Hardware", "Nguyen Family Farms") or an animal ("Pepper, the
 * therapy dog", "therapy dog Pepper").
 */
/** "Feliz Día de los Técnicos Radiológicos", "la Semana Nacional de la Enfermería": the name of a day, week or month observed. */
const OBSERVANCE_BEFORE = /(?<![\p{L}])(?:d[ií]a|semana|mes)\s+(?:(?:inter)?nacional\s+|mundial\s+)?(?:del|de\s+l[ao]s?|de)\s+$/iu;

const MARIAN_TITLE = String.raw`(?<![\p{L}])(?:Nuestra\s+Señora|Virgen)\s+`;
const MARIAN_TITLE_BEFORE = new RegExp(String.raw`${MARIAN_TITLE}(?:de\s+(?:la\s+|los\s+)?|del\s+)$`, 'u');
const MARIAN_TITLE_OPENS = new RegExp(String.raw`${MARIAN_TITLE}(?:de|del)\s`, 'u');

/** "la iglesia Nuestra Señora de Guadalupe", "la Virgen del Carmen": a title of Mary, which names a parish or a feast; the name is "Guadalupe" after it or "Señora de Guadalupe" within it. */
function inTitleOfMary(text: string, start: number, end: number): boolean {
  return MARIAN_TITLE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || MARIAN_TITLE_OPENS.test(text.slice(Math.max(0, start - 8), end));
}

/** "Florida Medicaid", "Georgia has the highest…": a state named like a person, by what follows it. */
const SAID_OF_A_STATE_AFTER = /^\s(?:Medicaid|Medicare|residents?|laws?|families|kids|children|adults|seniors|drivers|students|counties|ranks|leads|(?:has|is)\s+(?:one\s+of\s+)?the\s+(?:highest|lowest|most|fewest|second|third))\b/;

/** "Carolina del Norte", "Dakota del Sur": a state named in Spanish. */
const SPANISH_STATE_NAME = /^(?:Carolina|Dakota)\s+del\s+(?:Norte|Sur)\b/;

function stateSaidOf(text: string, start: number, end: number): boolean {
  const first = /^\p{L}+/u.exec(text.slice(start, end))?.[0] ?? '';
  if (!isStateName(first.toLowerCase())) return false;
  const after = text.slice(start + first.length, start + first.length + 48);
  // "Idaho's 2024 Clinician of the Year", "Idaho State University": a state no one is named after; "en Florida": where, in Spanish.
  return SAID_OF_A_STATE_AFTER.test(after) || (/(?:^|\s)en\s$/.test(text.slice(Math.max(0, start - 4), start)) && !/^['’]s\b/.test(after)) || (!isGivenName(first.toLowerCase()) && /^(?:['’]s\s|\sState\b)/.test(after));
}

export function namesNoPerson(text: string, start: number, end: number): boolean {
  return (
    madeUp(text, text.slice(start, end)) ||
    COUNTRY_NAMES.has(text.slice(start, end).toLowerCase()) ||
    listedWithCountries(text, start, end) ||
    FOREIGN_ORG_HEAD.test(text.slice(start, end)) ||
    LANGUAGE_SELF_NAMES.has(text.slice(start, end).replace(/\s+/g, ' ')) ||
    startsAnOrganisation(text, start, end) ||
    isOrgWordOrSaintsPlace(text.slice(start, end)) ||
    CLOCK_TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    spellsOutAnAcronym(text, start) ||
    inQuotedTitle(text, start, end) ||
    NAMES_A_BUSINESS.test(text.slice(start, end + 16)) ||
    NAMES_A_SPONSOR.test(text.slice(start, end + 16)) ||
    VENUE_HALL.test(text.slice(start, end + 6)) ||
    PROGRAM_AFTER.test(text.slice(end, end + 14)) ||
    // "Our Harrison walk-in flu clinic": one of our sites, named by its town, where OUR_SITE_AFTER's short list of kinds ends.
    (/\b[Oo]ur\s+$/.test(text.slice(Math.max(0, start - 4), start)) && /^\s+(?:[\w-]+\s+){0,3}(?:clinic|office|hospital|campus|location|site)\b/.test(text.slice(end, end + 40))) ||
    // "the Jenny Wiley trails": a park or trail named after someone.
    (/^\s(?:[Tt]rails?|State\s+Park|[Pp]ark|Lake|Dam|Forest|Reservoir)\b/.test(text.slice(end, end + 12)) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) ||
    // "SkyCare 7", "LifeFlight": a service's brand, run together.
    /^\p{Lu}\p{Ll}+(?:Care|Health|Med|Life|Flight|Star|Link|Net)$/u.test(text.slice(start, end)) ||
    // "Port 101": a primer's title.
    /^\s101\b/.test(text.slice(end, end + 5)) ||
    (!/\s/.test(text.slice(start, end)) && STREET_NAMED_AFTER.test(text.slice(end, end + 12)) && (/\b(?:the|West|East|North|South)\s$|\($/.test(text.slice(Math.max(0, start - 6), start)) || OUR_STAND_ON_BEFORE.test(text.slice(Math.max(0, start - 40), start)))) ||
    (!/\s/.test(text.slice(start, end)) && STREET_SITE_AFTER.test(text.slice(end, end + 24))) ||
    // "la pulga de Jimmy Carter Blvd": a street named after a public figure, read with or without its suffix (not "on Marina Fort
    // Street", an address found as a name).
    (/\s/.test(text.slice(start, end)) && STREET_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && (PERSON_STREET_END.test(text.slice(start, end)) || PERSON_STREET_AFTER.test(text.slice(end, end + 12))) && isListedPublicFigure(text.slice(start, end).replace(PERSON_STREET_END, ''))) ||
    (!/\s/.test(text.slice(start, end)) && CROSS_STREETS_AFTER.test(text.slice(end, end + 40))) ||
    ANIMAL_AFTER_NAME.test(text.slice(end, end + 40)) ||
    namedAfterAnimal(text, start) ||
    (NAMES_A_TEAM.test(text.slice(start, end)) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) ||
    NAMES_A_ROOM.test(text.slice(start, end)) ||
    PLACE_NAME_BEFORE.test(text.slice(Math.max(0, start - 7), start)) ||
    GREW_UP_IN_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    SPANISH_VENUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    OUTDOORS_AT_BEFORE.test(text.slice(Math.max(0, start - 18), start)) ||
    (end - start === 4 && text.startsWith('Dona', start) && DONATE_WHAT_AFTER.test(text.slice(end, end + 16))) ||
    OBSERVANCE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    inTitleOfMary(text, start, end) ||
    stateSaidOf(text, start, end) ||
    SPANISH_STATE_NAME.test(text.slice(start, end + 12)) ||
    (!/\s/.test(text.slice(start, end)) && ROOM_NAMED_AFTER.test(text.slice(end, end + 20))) ||
    ROOM_NAMED_END.test(text.slice(start, end)) ||
    (/\sHall$/.test(text.slice(start, end)) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) ||
    (INCIDENT_AFTER.test(text.slice(end, end + 14)) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) ||
    TITLED_NON_PERSON.test(text.slice(start, end)) ||
    OF_THE_YEAR_AFTER.test(text.slice(end, end + 20)) ||
    (text.slice(start, end) === 'Domingo' && DAY_OF_MONTH_AFTER.test(text.slice(end, end + 4))) ||
    // "Go Tigers!": a cheer for a team by its mascot.
    (MASCOT_ALONE.test(text.slice(start, end)) && /\bgo\s+$/i.test(text.slice(Math.max(0, start - 4), start)))
  );
}
/** "Domingo 12 de octubre": Sunday, by the day of the month after it. */
const DAY_OF_MONTH_AFTER = /^\s+\d{1,2}\b/;
/** "named Clinician of the Year", "our Nurse of the Month": an honour's title. */
const OF_THE_YEAR_AFTER = /^\s+of\s+the\s+(?:year|month|week|quarter)\b/i;
/** "instead of Dr. Google", "a can of Dr Pepper": a search engine, an app or a soda given a doctor's title. */
const TITLED_NON_PERSON = /^(?:Dr|Doctor)\.?\s+(?:Google|Internet|TikTok|YouTube|Facebook|Instagram|Pepper|Seuss)$/;
/** "the Hartwell fire", "the Dunmore flood": a disaster named by its place or firm. */
const INCIDENT_AFTER = /^\s(?:fire|blaze|explosion|blast|crash|derailment|collapse|spill|leak|flood|flooding|shooting|outage|storm|tornado|wildfire)\b/;
/** "Chùa Phước Huệ", "Igreja Batista Central", "Masjid Al-Noor", "Parque Bushnell": a temple, church, mosque, park or library named in its own language. */
const FOREIGN_ORG_HEAD = /^(?:Parque|Biblioteca|Estadio|Mercado|Chùa|Chua|Igreja|Iglesia|Église|Eglise|Masjid|Templo|Parroquia|Paróquia|Capilla|Gurdwara|Mandir|Wat|Basilique|Paroisse|Simbahan)\s/u;
const isCountryOrRegion = (word: string): boolean => COUNTRY_NAMES.has(word.toLowerCase()) || WORLD_REGIONS.has(word.toLowerCase());
const COUNTRY_AFTER = /^,?\s+(?:and|or|&)\s+(\p{Lu}\p{Ll}+)\b|^,\s+(\p{Lu}\p{Ll}+)\b/u;
const COUNTRY_BEFORE = /\b(\p{Lu}\p{Ll}+),?\s+(?:and|or|&)\s+$|\b(\p{Lu}\p{Ll}+),\s+$/u;
const isLanguage = (word: string): boolean => LANGUAGE_NAMES.has(word.toLowerCase());
/**
 * "born in parts of Asia and Africa", "from Kenya, Uganda or Jordan": a one-word name in a list with a country or region is
 * a place too; "Spanish, Vietnamese and Dari": a language in a list of languages is no person.
 */
function listedWithCountries(text: string, start: number, end: number): boolean {
  if (/\s/.test(text.slice(start, end))) return false;
  const besides = isLanguage(text.slice(start, end)) ? (w: string) => isCountryOrRegion(w) || isLanguage(w) : isCountryOrRegion;
  const after = COUNTRY_AFTER.exec(text.slice(end, end + 30));
  if (after && besides((after[1] ?? after[2]) as string)) return true;
  const before = COUNTRY_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return !!before && besides((before[1] ?? before[2]) as string);
}
/** "la Biblioteca César Chávez", "el Parque Bushnell": a place named after someone, in Spanish. Not a school: the name of a pupil's school is read with the pupil. */
const SPANISH_VENUE_BEFORE = /(?:^|[^\p{L}])(?:Biblioteca|Parque|Centro|Estadio|Auditorio|Sal[oó]n|Avenida|[Cc]alle)\s$|(?:^|[^\p{L}])(?:[Ii]glesia|[Pp]arroquia|[Cc]apilla|[Pp]arque|[Ss]upermercado|[Mm]ercado|[Tt]ienda|[Pp]anader[ií]a|[Rr]estaurante|[Tt]aquer[ií]a|[Ff]armacia|[Ee]mpacadora|[Ll]echer[ií]a|[Vv]ivero)\s+(?:(?:La|El|Los|Las)\s+)?$|(?:^|[^\p{L}])(?:Centro|Sal[oó]n|Parque|Feria)\s+(?:de\s+)?(?:Convenciones|Eventos|Exposiciones|la\s+Comunidad|Recreaci[oó]n)\s+de\s$|(?:^|[^\p{L}])(?:Asociaci[oó]n|Coalici[oó]n|Consulado|Universidad|Colegio|Escuela|Mercado|Supermercado|Iglesia|Parroquia)\s+(?:(?:de|del|la|las|los|y)\s+|\p{Lu}\p{L}+\s+){0,5}de\s$/u;
/** "New York", "Los Angeles", "Fort Worth": the first word of a place's name, so the word after it is no person. */
const PLACE_NAME_BEFORE = /(?:^|[^\p{L}])(?:New|Los|Las|San|Santa|Saint|St\.|Fort|Mount|Mt\.|Port|Puerto)\s$/u;
/** "creció en Sofía", "grew up in Florence": where someone grew up is a place. */
const GREW_UP_IN_BEFORE = /(?:^|[^\p{L}])(?:creci[oó]|grew\s+up|raised)\s(?:en|in)\s$/iu;
/** "Dona sangre y plaquetas": the Spanish for "donate", not the name Dona. */
const DONATE_WHAT_AFTER = /^\s+(?:sangre|plasma|plaquetas|m[eé]dula|[oó]rganos|ropa|juguetes|comida|alimentos|hoy|ya|tu|su|sus|tus|un|una)\b/iu;
/** "After hiking at Glen Helen", "hiking Monte Sano": where someone hikes or camps is a park, not a person. */
const OUTDOORS_AT_BEFORE = /\b(?:hik(?:e|es|ed|ing)|camp(?:ed|ing)|kayak(?:ed|ing)|paddl(?:ed|ing))\s+(?:(?:at|in|on|around|near|up|through)\s+)?$/i;
/** The rooms and buildings a name can be given to. */
const NAMED_VENUE = 'Room|Lab|Suite|Auditorium|Pavilion|Building|Wing|Classroom|Library|Lounge|Garden|Chapel|Caf[eé]|Tree|Quilt|Bench|Mural';
/** "Sim Room 2", "the Bailey Auditorium": a room or building named after someone is a place, not a patient. Only a one-word name: "Mrs. Diana Usamov Suite 913" is a person on an address line. */
const ROOM_NAMED_AFTER = new RegExp(String.raw`^\s+(?:Hall|Conference\s+Room|${NAMED_VENUE})\b`);
/** The same when the name found takes the room in ("Whitaker Auditorium"); not "Hall", which is also a surname. */
const ROOM_NAMED_END = new RegExp(String.raw`\s(?:${NAMED_VENUE})$`);
/** "in Hall C", "Sala B", "Wing 2": a venue word and one letter or number is a room, though "Hall" is also a surname. */
const NAMES_A_ROOM = /^(?:Hall|Sala|Building|Wing|Pavilion|Tower|Suite|Gate|Lot|Level|Auditorium|Classroom|Booth|Studio|Lounge|Annex|Room|Dock|Door|Entrance|Aula|Vest[ií]bulo|Sal[oó]n|Auditorio)\s+[A-Z0-9](?![\p{L}\d])/u;
const MASCOTS = String.raw`(?:Lady\s+)?(?:Mustangs|Tigers|Eagles|Bears|Lions|Wildcats|Panthers|Falcons|Hawks|Bulldogs|Knights|Warriors|Raiders|Spartans|Trojans|Rams|Cougars|Jaguars|Hornets|Vikings|Pirates|Cardinals|Rockets|Comets|Titans|Sharks|Huskies|Badgers|Wolves|Owls|Broncos|Chargers|Patriots|Rebels|Blazers|Bobcats|Wolverines|Colts|Stallions|Pioneers|Crusaders|Saints|Gators|Bengals|Jets|Dragons|Red\s+Sox|Storm|Thunder|Lightning|Wave|Stingrays|Rays|Otters|Dolphins|Marlins|Seahawks|Ravens|Orioles|Beavers|Ducks|Herons|Pelicans|Coyotes|Foxes|Mavericks|Miners|Lumberjacks|Cyclones|Hurricanes)`;
/** "the Millbrook Mustangs": a sports team is a place or school and a plural mascot. */
const NAMES_A_TEAM = new RegExp(String.raw`\s${MASCOTS}$`, 'u');
const MASCOT_ALONE = new RegExp(String.raw`^${MASCOTS}$`, 'u');
/** The words of every "the <Place> <Mascots>" in a text: "Go Mustangs!" later cheers the team, no person. */
const TEAM_IN_TEXT = new RegExp(String.raw`\bthe\s+((?:\p{Lu}\p{Ll}+\s+){1,2}${MASCOTS})\b`, 'gu');

function teamWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of execAll(TEAM_IN_TEXT, text)) for (const w of (m[1] as string).toLowerCase().split(/\s+/)) words.add(w);
  return words;
}
/** "Meet Sam. Sam is made up, but you probably know him": a persona the text itself says is invented. */
function madeUp(text: string, written: string): boolean {
  // "Sam's first step" is the same persona as "Sam".
  const name = written.replace(/['’]s$/u, '');
  if (!/^\p{L}+$/u.test(name)) return false;
  // Asked once per mention, and each answer reads every mention: remembered per text, so a name said a thousand times stays cheap.
  if (text !== madeUpText) {
    madeUpText = text;
    madeUpNames.clear();
  }
  let answer = madeUpNames.get(name);
  if (answer === undefined) madeUpNames.set(name, (answer = saidToBeMadeUp(text, name)));
  return answer;
}
let madeUpText: string | undefined;
const madeUpNames = new Map<string, boolean>();

function saidToBeMadeUp(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!/^\p{L}/u.test(text.charAt(at + name.length)) && MADE_UP_AFTER.test(text.slice(at + name.length, at + name.length + 40))) return true;
  return false;
}
const MADE_UP_AFTER =
  /^(?:\s+(?:(?:is|was)\s+(?:(?:totally|completely|entirely)\s+)?(?:made\s+up|fictional|imaginary|invented|a\s+(?:made-up|fictional|composite))|(?:isn['’]t|is\s+not)\s+(?:a\s+)?real)|['’"”]?,['’"”]?\s+(?:a|an|our)\s+(?:composite|made-up|fictional|imaginary|invented))\b/;
/** "Pepper, the therapy dog", "Pepper 🐾 our new comfort dog": an emoji may stand between the name and the animal. */
/** "Room B", "Hall C": the word a lettered room or place takes before its letter. */
const LETTERED_PLACE_BEFORE = /\b(?:Room|Rm|Suite|Hall|Building|Bldg|Wing|Section|Lot|Gate|Level|Floor|Tower|Pod|Bed|Unit|Booth|Door|Entrance|Zone|Area|Hepatitis|Vitamin|Vitamina|Sala|Puerta|Edificio|Torre|Nivel|Piso)\s$/i;
const NAMES_A_BUSINESS =
  /^[\p{L}'’. -]*?(?:['’]s|\sFamily)\s+(?:Hardware|Bakery|Pizza|Pizzeria|Diner|Caf[eé]|Coffee|Market|Grocery|Deli|Farms?|Garage|Auto|Books|Bookstore|Brewing|Brewery|Kitchen|Restaurant|Salon|Barbershop|Florist|Flowers|Landscaping|Plumbing|Insurance|Realty|Construction|Pharmacy|Gym|Fitness|Dance|Studio|Bank|Motors|Tavern|Pub|Grill|Bagels?|Donuts?|Ice\s+Cream|Creamery|Orchards?|Dairy|Foods?|Supply|Store|Shop|Feed|Lumber|Tractor|Co-?op|Nursery)(?![\p{L}\p{N}_])/u;
/** "Greenway Pharmacy", "Shelbyville Rotary", "Oak Hill Credit Union": a business or club named without a possessive, as sponsors are thanked. */
const NAMES_A_SPONSOR =
  /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}\s(?:Feed\s+(?:&|and)\s+(?:Seed|Supply)|Feed\s+Store|Farm\s+Supply|Pharmacy|Rotary|Kiwanis|Credit\s+Union|Bank|Savings|Insurance|Realty|Brewing|Brewery|Motors|Hardware|Bakery|Market|Grocery|Dental|Veterinary|Fitness|Chamber\s+of\s+Commerce|Lions\s+Club|Rotary\s+Club)\b/u;
/** "the Cedar Flats Grange Hall", "Legion Hall": a hall named for the body that meets in it. */
const VENUE_HALL = /^(?:Grange|Legion|Masonic|Union|Fellowship|Parish|Lodge|Exhibition|Music|Concert|Banquet|Assembly)\s+Hall\b/;
const TOY_AFTER = /^\s(?:bears?|bear's)\b/i;
/** "Valentine's", "St. Patrick's Day": a holiday; "Adam's apple": a part of the neck. */
/** "Ramadan Kareem", "Eid Mubarak": the greeting's second word, not a person. */
const HOLIDAY_GREETING_BEFORE = /\b(?:Ramadan|Eid)\s+$/;
// Asked of every name candidate: a substring test on the few characters before keeps the regex off nearly all of them
// (testing the whole text instead made a 70,000-character post of names 2.7× slower).
const greetsAHoliday = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 9), start);
  return (before.includes('Ramadan') || before.includes('Eid')) && HOLIDAY_GREETING_BEFORE.test(before);
};
const HOLIDAY_OR_BODY_PART = /^(?:Valentine|Patrick)['’]s?\b|^Adam['’]s\s+apple\b/;
/** "St. Anne's Lutheran", "Saint Luke's": a church, school or hospital named after a saint. */
const SAINT_BEFORE = /\b(?:St|Ste|Saint)\.?\s+$/;

function isListedWithInitials(words: readonly string[], phrases: readonly string[]): boolean {
  return phrases.some((phrase) => {
    const listed = phrase.split(' ');
    for (let at = 0; at + words.length <= listed.length; at++)
      if (words.every((w, i) => (listed[at + i] as string).startsWith(w))) return true;
    return false;
  });
}

/** "Mill Pond beach", "Cedar Creek": the capitalised word names the water or the town by it ("Miller's Pond" may still be someone's). */
const WATER_AFTER = /^\s(?:Pond|Creek|Beach|River|Falls)\b/;
/** WATER_AFTER's first letters: most names are followed by none of them, so the regex is skipped. */
const WATER_INITIALS = 'PCBRF';
const POSSESSIVE_END = /['’]s$/;

/** "Foster parent Q&A night", "our foster families": the word is the care, not a name. */
const FOSTER_CARE_AFTER = /^\s(?:parents?|parenting|families|family|care|child(?:ren)?|kids?|homes?|moms?|dads?|mothers?|fathers?|youth|caregivers?|placements?|siblings?|babies|baby|infants?|teens?|agency|system)\b/i;
const isFosterCare = (text: string, start: number, end: number): boolean => end - start === 6 && text.slice(start, end).toLowerCase() === 'foster' && FOSTER_CARE_AFTER.test(text.slice(end, end + 14));

/**
 * "Teddy Bear Clinic", "Reye's syndrome", "Maple Grove Senior Center", "Foster parent night", "Mill Pond", "St. Anne's",
 * "Valentine's", "Ramadan Kareem": the words around the name make it a toy, an eponym, an organisation, foster care, water, a saint, a holiday or its greeting.
 */
function namesAThing(scan: PhiScan, start: number, end: number): boolean {
  return isFosterCare(scan.text, start, end) || TOY_AFTER.test(scan.text.slice(end, end + 6)) || (WATER_INITIALS.includes(scan.text.charAt(end + 1)) && WATER_AFTER.test(scan.text.slice(end, end + 8)) && !POSSESSIVE_END.test(scan.text.slice(start, end))) || SAINT_BEFORE.test(scan.text.slice(Math.max(0, start - 7), start)) || HOLIDAY_OR_BODY_PART.test(scan.text.slice(start, end + 9)) || greetsAHoliday(scan.text, start) || EPONYM_AFTER.test(scan.text.slice(end, end + 16)) || startsAnOrganisation(scan.text, start, end);
}

export function findNames(scan: PhiScan): PhiCandidate[] {
  const spans = findSpans(scan);
  const covered = coveredTokens(scan, spans);
  expandLists(scan, spans, covered);
  expandInitialPairs(scan, spans, covered);
  const known = contextNames(scan);
  const found = new Map<string, { lowerCase: boolean; weak: boolean }>();
  // "Ashford Glen Rotary Club … Rotary president": a word of an organisation's name is no name elsewhere either.
  for (const s of spans.filter((sp) => {
    const { start, end } = spanOffsets(scan, sp);
    return !namesAThing(scan, start, end);
  }))
    for (let k = s.from; k < s.to; k++) {
      const t = scan.tokens[k] as WordToken;
      if (t.raw.length > 1 && (t.classes & PERSON_TITLE) === 0) found.set(plain(t), { lowerCase: !isCapitalised(t.raw), weak: s.weak });
    }
  // Every other mention of a detected name word, and names from the comment being answered.
  if (found.size > 0 || known.size > 0) {
    scan.tokens.forEach((t, i) => {
      const w = plain(t);
      const prior = found.get(w);
      const fromComment = known.has(w) && isCapitalised(t.raw);
      if ((!prior || prior.weak || w.length < 3) && !fromComment) return;
      if (prior && !isCapitalised(t.raw) && !prior.lowerCase) return;
      if (!canBeName(t, scan) || covered[i] === 1) return;
      addSpan(spans, covered, { from: i, to: i + 1, rule: fromComment ? 'phi.name.from-comment' : 'phi.name.repeated', weak: !fromComment && !!prior?.weak });
    });
  }
  const out: PhiCandidate[] = [];
  let teams: Set<string> | undefined;
  for (const s of spans) {
    const words: string[] = [];
    const withInitials: string[] = [];
    for (let k = s.from; k < s.to; k++) {
      const t = scan.tokens[k] as WordToken;
      const w = plain(t);
      if (isA(t, PERSON_TITLE)) continue;
      withInitials.push(w);
      if (w.length > 1) words.push(w);
    }
    // "Nurse Manager Rachel Kim": the role words before a listed name are a title, not part of the name.
    while (words.length > 1 && ROLE_TITLE_WORDS.has(words[0] as string) && !scan.dir.nameWords.has(words[0] as string)) {
      words.shift();
      withInitials.shift();
    }
    if (words.length > 0 && words.every((w) => scan.dir.nameWords.has(w)) && (withInitials.length === words.length || isListedWithInitials(withInitials, scan.dir.phrases))) continue;
    const { start, end } = spanOffsets(scan, s);
    if (namesAThing(scan, start, end)) continue;
    teams ??= teamWords(scan.text);
    if (teams.size > 0 && words.every((w) => teams!.has(w))) continue;
    out.push({ type: 'name', start, end, link: s.weak ? 'weak' : 'contextual', rule: s.rule, why: "A person's name" });
  }
  return out;
}
