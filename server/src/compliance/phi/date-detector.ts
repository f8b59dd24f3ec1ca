import type { PhiCandidate } from './phi-candidate';
import { CARE_CUE, EVENT_CUE, speaksOfCareAt, withoutQuotedTitles, type PhiScan } from './phi-scan';
import { execAll } from '../text/exec-all';
import type { Span } from '../text/sentences';
import { findOrdinalDays } from './ordinal-day';
import { wordClass } from '../vocab/word-classes';
import { AND_FAMILY_BODY } from '../vocab/service-words';
import { ANIMAL } from '../vocab/animals';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)day';
const NUMERIC = /(?<![\d/])(?<!\d[.:,-])(0?[1-9]|1[0-2])([/.-])(0?[1-9]|[12]\d|3[01])(?:\2(\d{4}|\d{2}))?(?![\d/\p{L}]|:\d|\.\d|-\d|%)/gu;
const ISO = /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\b/g;
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\.?\\s+(?:[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?\\b|\\b[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+'?(?:(?:19|20)?\\d{2}))?\\b|\\b${MONTH}\\.?\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b|\\b${MONTH}\\s+(?:of\\s+)?'\\d{2}\\b`,
  'gi',
);
const MONTH_ALONE = new RegExp(`\\b(?:in|since|on|last|this|early|late|mid|until)\\s+(${MONTH})\\b`, 'gi');
const RELATIVE = new RegExp(
  `\\b(?:yesterday|this morning|last (?:night|week|wk|weekend|month|fall|autumn|winter|spring|summer|${WEEKDAY})|earlier (?:today|this week)|(?:on |this |next )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?|(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?) ago|the other day|over the weekend|(?:on|over|by|since)\\s+(?:Christmas(?:\\s+(?:Eve|Day))?|New\\s+Year['’]s(?:\\s+(?:Eve|Day))?|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+Sunday)?|Halloween)|(?:on |this |last )?(?:thurs|thur|tues|weds)(?!\\s*(?:–|-|—|to|through|thru|&|and|\\/)\\s*\\w))\\b`,
  'gi',
);
/** "Five years ago today, Dr. Brooks saw her first patient here": one of our people's milestone, not a patient's care. */
const OUR_MILESTONE = /\b(?:saw|treated|delivered|had)\s+(?:her|his|their|our)\s+(?:very\s+)?first\s+(?:patients?|bab(?:y|ies)|deliver(?:y|ies)|surger(?:y|ies))|\b(?:joined\s+(?:us|our|the)|started\s+(?:at|with|here)|opened\s+(?:our|the|its))\b/i;
/** "Ten years ago today, Dr. Raman placed his stent": an anniversary gives the day of the care. */
const ANNIVERSARY = /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago\s+(?:today|this\s+(?:week|month))\b/gi;
/** "6/30-7/2": a span of days, which NUMERIC skips because a dash follows or precedes each half. */
const RANGE = /(?<![\d/.:,-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\s?-\s?(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d/\p{L}]|:\d|\.\d|%)/gu;
/** Month and two-digit year in a history ("MI 7/81"): the second number cannot be a day. */
const MONTH_YEAR = /(?<![\d/.:,-])(?:0?[1-9]|1[0-2])\/(?:3[2-9]|[4-9]\d|0\d)(?![\d/:\p{L}]|\.\d|-\d|%)/gu;
/** "CABG '92", "CVA 74'": a clipped year in a history. */
const SHORT_YEAR = /(?<![\p{L}\d'])'\d{2}(?![\d\p{L}'])|(?<![\p{L}\d'/.:])\d{2}'(?![\p{L}\d])/gu;
/** Ventilator settings written before a "10/5"-shaped pair ("R AC" is an arm vein and "in setting of" a phrase, not modes). */
const VENT_BEFORE = /\b(?:(?<!\b(?:[rl]t?|left|right)\s)ac|a\/c|simv|imv|ps|psv|peep|cpap|bi-?pap|vent(?:ed|ilator)?|settings?(?!\s+of\b)|wean(?:ed)?(?: down)? to|mode|fio2|\d{3}x\d{1,2})\b/i;
/** A year in a note's history; 1960-1999 cannot be a 24-hour clock time. */
const HISTORY_YEAR = /(?<![\d.,/:-])19[6-9]\d(?![\d.,/:]|\s*(?:ml|cc|mg|mcg|kcal|cal|g|units?|u)\b)/gi;
const SCORE_NEAR = /pain|score|scale|rat(?:ed|es|ing)|discomfort|ache|level|strength/i;
/** Words that put a day right after them. */
const DATE_WORD_BEFORE = /\b(?:since|post|until|thru|through|dated|starting|effective)\s$/i;
const DOB_CUE = /\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?(?: the)?|birthday|birth date|birthdate)\b[\s:(]*$/i;

const MONTH_WORDS = wordClass(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(' '),
);
// With their possessives: "this morning's surgery", "Friday's game".
/** The holidays RELATIVE reads as days ("on Christmas Eve"); "New Year's" is read through "year's" alone, since a bare "year" is in nearly every post. */
const HOLIDAY_WORDS = ['christmas', 'thanksgiving', 'easter', 'halloween'];
const RELATIVE_WORDS = wordClass(
  ['yesterday', 'morning', 'last', 'earlier', 'ago', 'other', 'weekend', 'thurs', 'thur', 'tues', 'weds', ...HOLIDAY_WORDS].flatMap((w) => [w, `${w}'s`, `${w}’s`]).concat(["year's", 'year’s']),
);
const WEEKDAY_LIKE = wordClass((w) => /day(?:['’]s)?$/.test(w) && w.length >= 6);

/** "Monday–Thursday", "Mondays through Fridays": a schedule, not a day someone was seen. */
const WEEKDAY_RANGE = new RegExp(`${WEEKDAY}s?\\s*(?:–|-|—|to|through|thru|&|and)\\s*${WEEKDAY}`, 'i');
/**
 * "saw 310 patients on Saturday", "1,030 flu visits in January", "1 in 10 led to a follow-up visit": a count or a share is
 * a statistic, not one person's day of care. Only ever tested, never matched for a span, so the patterns that open with a
 * number share one `\b\d` head, and a lookahead skips positions no wording can open at: as ten alternatives each opening
 * with `\b` (slow under `iu`), it took 2.6 µs a sentence, 0.4 µs this way.
 */
export const COUNTED_PEOPLE =
  /(?=[\drnaomshv])(?:\b\d(?:[\d,]*\+?(?:\s+(?:[\p{L}-]+\s+){0,3}?(?:injuries|cases|admissions|athletes|students|seniors|residents|workers|teens|adults|bites|burns|fractures|stings|sprains|concussions|photos|pictures|images|messages|calls|questions)\b|\s+(?:patients|people|visits|babies|families|kids|children|vaccines|shots|women|men|girls|boys|employees|neighbou?rs|folks|attendees|participants|visitors|guests|runners|walkers|riders|racers|swimmers|spectators)\b|\s+(?:positive\s+|negative\s+)?(?:[\p{L}-]+\s+)?tests\b|\s+(?:[\p{L}'’]+\s+){0,3}(?:bouquets|flowers|gifts|meals|cards|toys|books|blankets|care\s+packages|backpacks|coats|hats|quilts|teddy\s+bears|kits|baskets|breakfasts|lunches|dinners|pancakes)\b)|[\d,]+\s+(?:[\p{L}-]+\s+){1,3}(?:patients|people|visits|vaccines|shots|illnesses|infections|cases|injuries)\b|\d*\s+in\s+(?:\d+|ten|five|four|three)\b|\d*%\s+of\s+(?:our|all|the)\b[^.!?]{0,40}\b(?:visits|staff|employees|workforce|clinicians)\b)|\b(?:reasons?\s+(?:people|patients|kids|families|adults)|(?:nearly|almost|over|more\s+than|about|some)\s+\d[\d,]*\s+(?:were|have\s+been|had)|one\s+in\s+(?:\d+|ten|five|four|three)|(?:half|most|many|a\s+third|a\s+quarter)\s+of\s+(?:our|all|the)\b[^.!?]{0,40}\bvisits|visits\s+(?:now\s+)?(?:peak|peaked|rise|rose|climb|climbed|fall|fell|drop|dropped|spike|spiked|double|doubled|jump|jumped))\b)/iu;
/** "July 4th ER visits", "on Christmas Day": a holiday is everyone's date; it only counts when the sentence is about someone. */
const HOLIDAY = /^(?:july?\.?\s+4(?:th)?|4th\s+of\s+july|dec(?:ember)?\.?\s+(?:24|25|31)(?:st|th)?|jan(?:uary)?\.?\s+1(?:st)?|feb(?:ruary)?\.?\s+14(?:th)?|oct(?:ober)?\.?\s+31(?:st)?|nov(?:ember)?\.?\s+11(?:th)?)$/i;
/** A RELATIVE match that is a holiday ("by New Year's"), and what must be done for someone beside one to make it their day. */
const NAMED_HOLIDAY = new RegExp([...HOLIDAY_WORDS, 'year'].join('|'), 'i');
const HOLIDAY_CARE = /\b(?:seen|admitted|treated|diagnosed|born|delivered|discharged|brought\s+in|rushed\s+in|operated|home\s+by|came\s+in)\b/i;
const SOMEONE = /\b(?:he|she|his|her|him|my|your|their|patient|son|daughter|mom|dad|wife|husband|baby)\b/i;
/** "Starting May 1, every patient can get a cost estimate", "every home visit comes with…", "two visitors per patient": a rule for all our patients, nobody in particular. */
const EVERY_PATIENT = /\b(?:every|all|any)\s+(?:of\s+our\s+)?(?:[\w-]+\s+)?(?:patients?|families|visitors?|parents|visits?|appointments?)\b|\bper\s+(?:patient|family|room)\b/i;
/** "down Saturday from 11pm to 3am", "closed Monday": opening hours and outages, not someone's day of care. */
/** "This Saturday: Teddy Bear Clinic 🧸": the day heads the title of an event. */
const EVENT_TITLE_AFTER =
  /^\s*[:—–]\s*(?:(?:the|our)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Clinic|Fair|Day|Drive|Walk|Run|Night|Festival|Fest|Class|Workshop|House|Party|Picnic|Screening|Event|Expo|Camp|Carnival|Gala)\b/u;
/** "Yesterday we asked which…": the day of one of our posts, not of anyone's care. */
const OUR_POST_AFTER = /^,?\s+we\s+(?:asked|posted|shared|polled|quizzed|promised|teased)\b/i;
/**
 * "We removed a comment yesterday that…", "the call-light delays we fixed last spring": the day of something we did on our
 * page or at work, not of anyone's care.
 */
const WHAT_WE_DID_BEFORE =
  /\bwe\s+(?:removed|deleted|hid|took\s+down|posted|shared|published)\s+(?:a|an|one|two|three|some|the|this|that|several)\s+(?:[\w'’-]+\s+){0,2}(?:comments?|posts?|replies|reply|reviews?|messages?|videos?|photos?)\s+$|\bwe\s+(?:fixed|launched|changed|introduced|opened|added|built|rolled\s+out|updated|redesigned|hired|expanded|renovated|piloted|reinstated|resumed|paused|lifted|ended)\b[^.!?]{0,40}$/i;
/** "Dr. Hannah Brooks stopped by the NICU lullaby circle this morning": the day one of our clinicians dropped in on a programme. */
/** "She visited our Urgent Care staff on Tuesday": the day someone came to see our people, not anyone's care. */
const VISITED_OUR_STAFF_BEFORE = /\b(?:visited|surprised|thanked)\s+(?:our|the)\s+(?:[\p{L}&'’-]+\s+){0,3}(?:staff|team|nurses|crew|caregivers)\s+(?:on\s+)?$/iu;
/** CLINICIAN_DROPPED_BY_BEFORE is read from the sentence's start: no longer than this, so a long sentence is not copied per date. */
const CLINICIAN_REACH = 120;
const CLINICIAN_DROPPED_BY_BEFORE = /^\s*(?:Dr\.?|Nurse|Chaplain)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:stopped|dropped|popped)\s+(?:by|in\s+(?:at|on))\s+(?:the|our)\s+(?:[\p{L}'’-]+\s+){0,4}$/u;
/** "the state's inspection of our Birth Center on May 8": the day a unit was inspected or surveyed, not anyone's care. */
const INSPECTION_BEFORE = /\b(?:inspection|survey|audit|accreditation\s+visit|site\s+visit)\s+(?:of\s+(?:our|the)\s+(?:[\p{L}&'’-]+\s+){1,4})?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/iu;
/** "Their terms begin July 1": when a board member's term of office starts or ends. */
/** "will chair our quality committee starting March 1", "will see patients at 1200 Main Street starting June 2": the day one of ours takes up a role. */
const ROLE_STARTS_BEFORE = /\bwill\s+(?:chair|lead|head|direct|co-chair|serve\s+as|(?:start\s+|begin\s+)?see(?:ing)?\s+patients)\s+[^.!?]{0,80}?\b(?:starting|beginning|effective)\s+(?:on\s+)?$/i;
const TERM_OF_OFFICE_BEFORE = /\bterms?\s+(?:of\s+office\s+)?(?:begins?|starts?|ends?|runs?\s+through)\s+(?:on\s+)?$/i;
/** "patients who received a letter dated Sept 26": the day on a letter or notice we sent many, not of anyone's care. */
const LETTER_DATED_BEFORE =
  /\b(?:letters?|notices?|emails?|statements?|mailings?|memos?|notifications?)\s+(?:dated|postmarked|(?:sent|mailed)\s+on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** ", 9am–1pm", " from 10 to 2", " 8:30-noon": hours from one time to another. */
const HOURS_RANGE_AFTER = /^,?\s*(?:(?:from|between)\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to|until|and)\s*(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b)?|noon)/i;
const HOURS_AFTER = /^,?\s*(?:(?:from|between)\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|[-–]\s*\d)/i;
/** "our Saturday flu clinics", "Tuesday walk-in hours", "the Thursday morning group run": a weekday that names when a service runs. */
const SERVICE_DAY_AFTER = /^s?\s+(?:[\w-]+\s+)?(?:clinics?|hours|sessions|classes|screenings|drop-ins?|walk-ins?|events|workshops|group\s+(?:runs?|walks?|rides?|sessions?)|groups?|meetings?|meetups?|slots|openings|availability)\b/i;
const ONES_OWN_BEFORE = /\b(?:your|his|her|their|my)\s+$/i;
/** "In January our average ER boarding time hit 6 hours", "our busiest month ever in May: 71 ablations": the month of a figure of ours, nobody's care. */
const OUR_FIGURE_AFTER = /^,?\s+(?:(?:our|the)\s+)?(?:average|median|mean|typical|overall)\b|^\s*[:—–]\s*(?:[2-9]|[1-9]\d+)(?:,\d{3})*\s+(?!(?:days|weeks|months|years|hours|minutes)\b)(?:\p{L}+\s+)?\p{L}+s\b/iu;

/** "to offer sports physicals this August", "to bring sports physicals to 14 high schools", "book now", "starting in March": a service on offer, not someone's care. */
const SERVICE_OFFER = /\b(?:offer(?:s|ing)?|book(?:ing)?|available|sign\s+up|register|open\s+to|appointments\s+open|starting|beginning|arriv(?:es|ing)|launch(?:es|ing)?|slots|openings|bring(?:s|ing)?\s+(?:[\w-]+\s+){0,3}(?:physicals|shots|vaccines|vaccinations|screenings|check-?ups|exams)\s+to)\b/i;
/** "the Tuesday Yarn Club": a weekday that opens a name. */
const OPENS_A_NAME = /^\s(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}/u;
/** "our NICU Reunion on Sunday, June 1", "the CNY Diabetes Summit in Syracuse on March 6", "Join us Saturday, Sept 27, at 9am for our Recovery Walk": the day of an event. */
const EVENT_RIGHT_BEFORE =
  /\b(?:reunion|party|fair|celebration|picnic|potluck|cookout|barbecue|bbq|gala|festival|open\s+house|walk|fun\s+run|5k|class|workshop|webinar|event|tours?|ceremony|luncheon|brunch|banquet|concert|assembly|rally|meet|game|match|tournament|race|meeting|town\s+hall|forum|conference|summit|symposium|convention|expo|lecture|panel|grand\s+rounds|(?<!\b(?:your|his|her|their|my)\s+|['’]s\s+)(?:next|first)\s+session:?)\s+(?:[^\w\s.!?]{1,4}\s+)?(?:in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?(?:is\s+|will\s+be\s+)?(?:on\s+)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?$|\b(?:Week|Month|Drive|Campaign|Enrollment|Period)\s+\($|\bjoin\s+us\s+(?:on\s+|this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** "Our info session covers recovery planning — the next one is April 8": the next of a series of events named earlier in the sentence. */
const NEXT_ONE_BEFORE = /\bthe\s+next\s+one\s+(?:is\s+|will\s+be\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
const OUR_EVENTS = /\b(?:info(?:rmation(?:al)?)?\s+sessions?|classes|class|seminars?|workshops?|webinars?|support\s+groups?|orientations?|tours?)\b/i;
const nextOfOurEvents = (scan: PhiScan, start: number, before: string): boolean =>
  NEXT_ONE_BEFORE.test(before) && OUR_EVENTS.test(scan.text.slice(scan.sentenceOf(start).start, start));

const DUE_DATE_AFTER = /^\s+due\s+date\b/i;
const DUE_DATE_BEFORE = /\bdue\s+date\s+(?:of|is|was|:)\s*$/i;
const DAY_RANGE_AFTER = /^\s*(?:[–—-]|to|through|thru|until)\s*\d{1,2}(?!\d|:|\s*(?:am|pm|a\.m|p\.m)\b)/i;
/** "book it through May 31", "offer ends June 1": when an offer runs out, not anyone's day. */
const OFFER_ENDS_BEFORE = /\b(?:through|thru|until|till|ends?|ending|expires?|deadline(?:\s+is)?|valid\s+(?:through|until))\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** "drop off cards at any front desk by Dec 15", "register by May 1": the deadline of what readers are asked to do. */
const DEADLINE_BEFORE = /\b(?:drop\s+off|send|mail|submit|return|turn\s+in|bring|register|sign\s+up|rsvp|apply|enroll|nominate)\b[^.!?]{0,60}?\bby\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** "Tuesday's ice storm", "Saturday's parade", "yesterday's Live": what happened to everyone that day, or what we broadcast. */
const PUBLIC_HAPPENING_AFTER = /^['’]s\s+(?:(?:facebook|fb|ig|instagram|youtube|tiktok)\s+)?live\b|^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:event|webinar|livestream|episode|podcast|broadcast|lecture|panel|q\s*&\s*a|expo|open\s+house|cookout|picnic|gala|5k|10k|half-?marathon|marathon|triathlon|tri|fun\s+run|storm|blizzard|snowstorm|ice\s+storm|outage|parade|game|race|fair|festival|tournament|match|meet|crash|pile-?up|collision|wreck|fire|flood|flooding|tornado|explosion|shooting|heat\s+wave|(?:water\s+)?main\s+break|power\s+failure|blackout|evacuation|lockdown)\b/iu;
/** "on Tuesday when the Hartwell fire sent patients to our door": the day of a disaster that reached many. */
const WHEN_IT_HAPPENED_AFTER =
  /^,?\s+when\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:storm|blizzard|ice\s+storm|fire|blaze|explosion|crash|pile-?up|derailment|flood|flooding|tornado|shooting|outage|heat\s+wave|collapse|spill|leak)\b/iu;
/**
 * "Hand-washing Wednesday 🧼", "Mindful Monday:": a weekly series that opens a line in one or two words, the last sharing
 * the day's first letter, and is set off by an emoji or a mark.
 */
const SERIES_TITLE_BEFORE = /^[^\p{L}]*(?:\p{Lu}[\p{L}-]*\s)?(\p{Lu}?[\p{L}-]{3,})\s$/u;
const SET_OFF_AFTER = /^\s*[^\p{L}\p{N}\s,]/u;
const NOT_A_SERIES_WORD = new Set(['this', 'that', 'then', 'than', 'thru', 'till', 'since', 'some', 'same', 'such', 'what', 'when', 'with', 'were', 'went', 'well', 'will', 'from', 'fine', 'felt', 'feel', 'seen', 'saw']);
const SERIES_LINE_REACH = 30;

function alliterativeSeriesDay(text: string, index: number, end: number): boolean {
  if (!SET_OFF_AFTER.test(text.slice(end, end + 4))) return false;
  // Only the reach before the day is searched for the line's start, so a long text of weekdays is not read back to its beginning.
  const from = Math.max(0, index - SERIES_LINE_REACH);
  const before = text.slice(from, index);
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const word = SERIES_TITLE_BEFORE.exec(before.slice(newline + 1))?.[1]?.toLowerCase().split('-').pop();
  return word !== undefined && word.length >= 4 && !NOT_A_SERIES_WORD.has(word) && word[0] === text.charAt(index).toLowerCase();
}
/** "Tip Tuesday", "#WellnessWednesday": the name of a weekly post series. */
const SERIES_DAY_BEFORE = /(?:^|[^\p{L}])#?(?:Tips?|Tech|Trivia|Wellness|Fitness|Throwback|Motivation|Motivational|Transformation|Flashback|Feel-?good|Fun\s+[Ff]act|Fact|Myth|Mindful|Self-?care|Teal|Taco|Popsicle|Pizza|Puppy|Pet|Selfie|Smoothie|Sundae|Treat)\s?$/u;
/** "Friday feels 🎉", "Sunday Funday": the day's mood, a post's opener. */
const DAY_MOOD_AFTER = /^\s+(?:feels|vibes|funday|mood)\b/i;
/** "the birth center program starts May 1", "registration opens June 3", "Starting May 1, …" (after an emoji too): when one of our services or rules begins, not anyone's day. */
const SERVICE_STARTS_BEFORE =
  /(?:\b(?:program(?:me)?|service|clinic|class(?:es)?|series|season|registration|enrollment|enrolment|line|hours|schedule|pilot|week|month)\s+(?:officially\s+)?(?:starts|begins|launches|opens|kicks\s+off|goes\s+live|returns)|\bmoves\s+to\s+[^.!?]{1,60}\s+(?:starting|beginning|effective)|(?:^|[.!?:]\s+|[\uD800-\uDFFF]\s+)(?:[Ss]tarting|[Bb]eginning|[Ee]ffective|[Aa]s\s+of)|\bcamp\b[^.!?]{0,80}\breturns)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** "so we're adding Saturday wellness-visit slots in January": the month our new service starts. */
/** "our fellowship welcomes its first two physicians this July", "new residents joining our surgery program this July": when staff join, not anyone's care. */
const STAFF_ARRIVE_BEFORE =
  /\b(?:residents?|fellows?|interns?|physicians?|doctors?|nurses?|providers?|cohort)\s+(?:joining|starting\s+(?:with|at)|arriving\s+(?:at|to))\s+(?:us|our|the)\b[^.!?]{0,60}?\b(?:this|next|in)\s+$|\b(?:welcomes?|welcomed|will\s+welcome|hires?|hired|onboards?)\s+(?:its|their|our|a|an)?\s*(?:[\w-]+\s+){0,3}(?:physicians?|fellows?|residents?|nurses?|doctors?|providers?|staff|interns?|class|cohort)\s+(?:this|next|in|starting)\s+$/i;
/** "Happy birthday to everyone celebrating in March": everyone's month, no one's. */
const EVERYONE_IN_MONTH_BEFORE = /\b(?:everyone|everybody|all\s+(?:of\s+)?(?:our|the)\s+[\w-]+)\s+(?:celebrating|born|with\s+(?:a\s+)?birthdays?)\s+(?:in|this)\s+$/i;
const WE_ADD_BEFORE = /\b(?:we['’]re|we\s+are|we['’]ll\s+be|we\s+will\s+be|we['’]ll|we\s+will)\s+(?:adding|launching|opening|starting|offering|expanding|add|launch|open|start|offer|expand)\b[^.!?]{0,60}\s(?:in|this|next|starting|from|by)\s+$/i;
const HOURS_BEFORE = /\b(?:closed|closes|closing|open|opens|reopen|reopens|down|offline|unavailable|hours|maintenance)\s+(?:early\s+|at\s+(?:noon|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)\s+)?(?:to\s+(?:patients|the\s+public)\s+)?(?:on\s+|this\s+|next\s+|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|every\s+)?$/i;

/** "3,940 calls in June", "2,318 physicals last June": a count in the thousands is a statistic, not one person's month. */
const THOUSANDS_COUNTED = /(?<![$€£\d.,])\d{1,3}(?:,\d{3})+\s+(?:[\p{L}-]+\s+){0,2}\p{L}+s\b/u;
/**
 * "Saturdays in August", "What sends more people to the ER in December?", "the question our nurses hear most in
 * October", "Most wrist fractures we see in January", "Why do Iowans get more sunburns in May than in July?": a schedule or what happens to many people in that month, not one
 * person's month of care.
 */
const MANY_IN_MONTH_BEFORE = /\b(?:reasons?|why)\s+(?:[a-z]+\s+)?(?:[a-z]+(?:ans|ers|ites)|people|kids|families|folks|adults|teens|seniors)\s+(?:visit|come\s+to|end\s+up\s+in|go\s+to)\b[^.!?]{0,30}$|\bacross\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:system|hospitals|clinics|network|region|state|county|country)\b[^.!?]{0,20}$|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|every\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:in|through))?|(?:more|most)\s+(?:people|patients|kids|families|folks|farmers|athletes)\b[^.!?]{0,30}|\b(?:hear|see|get|treat)\s+most|\b(?:most|many)\s+(?:[\w-]+\s+){1,3}we\s+(?:see|treat|get)|\b(?:do|does)\s+(?:[\w-]+\s+){1,3}(?:get|have|catch|feel)\s+(?:more|less|fewer)\s+[^.!?]{0,40})\s*$/i;
/** "since the lab opened in March": the month one of our places or services opened. */
const PLACE_OPENED_BEFORE = /\b(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:lab|unit|clinic|cent(?:er|re)|program(?:me)?|service|wing|hospital|office|site|location|campus)\s+(?:first\s+)?(?:opened|launched|started|began)\s+(?:in\s+)?$/i;
/** "Ostomy Awareness Day is the first Saturday in October": a day set by the calendar, for everyone. */
const ORDINAL_WEEKDAY_BEFORE = /\b(?:first|second|third|fourth|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of|in)\s+$/i;
const SENTENCE_OPENS_STARTING = /(?:^|[.!?]\s+|\n\s*)(?:Starting|Beginning)\s+$/;
const OUR_TEAM_AFTER = /^,?\s+(?:we|our|(?:Dr\.\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+and\s+(?:his|her|their)\s+team)\b/u;
const OUR_ROUTE_BEFORE = /\b(?:unit|van|bus|coach|truck|team)\s+will\s+(?:visit|stop\s+at|travel\s+to|tour)\s+[^.!?]{0,100}$/i;
/** "our Wound Care Center will close at noon on Dec 24": a holiday's hours of ours. */
const OUR_HOURS_IN_SENTENCE = /\b(?:close[sd]?|closing|open(?:s|ing)?|hours)\b/i;
/** "Winter depression peaks in January", "pollen peaks along the Wasatch Front in April", "rose 38% last July", "down from 19 in January", "set a record in May", "hypothermia risk, even in July": when something is common or how a figure moved, not when anyone was seen. */
const SEASONAL_BEFORE = /\b(?:peaks?|peaked|spikes?|spiked|rises?|rose|climbs?|surges?|common|highest|lowest|busiest|worst|compared\s+(?:with|to))\s+$|\b(?:peaks?|peaked|spikes?|spiked)\s+(?:along|across|around|throughout)\s+[^.!?\n]{1,30}?\s+$|\b(?:rose|fell|dropped|climbed|jumped|grew|increased|decreased|went\s+(?:up|down))\s+[\d.,]+\s*(?:%|percent)\s+$|\b(?:set|broke|hit)\s+(?:a|an|another)\s+(?:new\s+)?record\s+(?:in\s+)?$|\beven\s+(?:in\s+)?$|\b(?:down|up)\s+from\s+[\d.,]+\s*(?:%|days?|weeks?|minutes?|hours?)?\s+$/i;

/** "Visit our table on Saturday, April 12", "visit our lobby table": an invitation to an event booth or a website, not a visit for care. */
const VISIT_US = /\bvisit\s+(?:us|our\s+(?:[\w-]+\s+)?(?:table|booth|tent|stand|website|site|page))\b/gi;

function careCueAt(scan: PhiScan, start: number): boolean {
  if (!scan.sentenceMatches(CARE_CUE, start)) return false;
  const sentence = scan.sentenceText(start);
  const withoutInvitations = withoutQuotedTitles(sentence.replace(VISIT_US, ''));
  return withoutInvitations === sentence || CARE_CUE.test(withoutInvitations);
}

/** "waited 5 hours for news": how long something took, not opening hours. */
const HOURS_WAITED = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+hours?\b/gi;
/** "A graduate of their March class used a tourniquet on a co-worker…": who someone is, not an event the day belongs to. */
const GRADUATE_OF_A_CLASS = /\b(?:graduates?|alum(?:ni|nus|na)?)\s+of\s+(?:their|our|the|a|an|his|her|my)\s+(?:[\w-]+\s+){0,3}class(?:es)?\b/gi;

/** "visited our rehab patients", "cheered up all the kids on our pediatric floor": a visit to everyone on a unit. */
const VISITED_OUR_PATIENTS = /\b(?:visit(?:ed|s)?|cheer(?:ed|s)?\s+up|brought\s+(?:smiles|joy|treats|gifts)\s+to|(?:read|sang|performed)\s+(?:to|for))\s+(?:all\s+)?(?:of\s+)?our\s+(?:[\w-]+\s+){0,2}patients\b/i;
const EVERY_VISIT_TO_OUR_PATIENTS = new RegExp(VISITED_OUR_PATIENTS.source, 'gi');

/** "Last month our Hospital at Home team cared for patients in 14 neighborhoods": our care of many, no one's day. */
// "treated more than 200 fishhook, barbed-wire and chainsaw injuries last summer": a count of cases, not one person's day.
const CARED_FOR_MANY =
  /\b(?:cared\s+for|treated|saw|served|visited)\s+(?:(?:\d[\d,]*\s+|more\s+than\s+\d[\d,]*\s+|hundreds\s+of\s+|thousands\s+of\s+)?patients|(?:\d[\d,]*|(?:more\s+than|over|nearly|almost)\s+\d[\d,]*|hundreds\s+of|thousands\s+of|dozens\s+of)\s+(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,4}(?:injuries|cases|people|kids|children|visits|bites|burns|fractures))\b/i;
const COUNT_THEN_DAY = new RegExp(`${CARED_FOR_MANY.source}\\s+$`, 'i');

/** A day in a sentence whose only care is a visit to all our patients on a unit: the day of the visit, no one's care. */
function visitsAllOurPatients(scan: PhiScan, at: number): boolean {
  if (!scan.sentenceMatches(VISITED_OUR_PATIENTS, at) || scan.sentenceMatches(SOMEONE, at)) return false;
  return !CARE_CUE.test(scan.sentenceText(at).replace(EVERY_VISIT_TO_OUR_PATIENTS, ''));
}

/** "a candlelight vigil to remember those we've lost": a memorial event, whose day is no one's care. */
const MEMORIAL = /\b(?:vigil|remembrance|memorial\s+(?:service|walk|event|ceremony)|(?:remember|honou?r)\s+(?:those|the\s+(?:ones|lives))\s+(?:we['’]ve|we\s+have)\s+lost)\b/i;
const memorialEvent = (scan: PhiScan, at: number): boolean => !scan.clinical && scan.sentenceMatches(MEMORIAL, at) && scan.sentenceMatches(EVENT_CUE, at) && !scan.sentenceMatches(SOMEONE, at);
/** The month and day at the start of a text: "January 1", "Dec. 25th". */
const HOLIDAY_DATE_AT = /^[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)/i;
/** "if you're switching plans on January 1": a day for anyone it applies to. */
const SUPPOSING_YOU = /\bif\s+you\b/i;
/** Words that make a day in an event's sentence someone's care after all ("Patient & Family Advisory Council" is a body). */
const CARE_AT_EVENT = new RegExp(String.raw`\b(?:patient(?!${AND_FAMILY_BODY})|(?<!,\s?)pt|treated|diagnosed|admitted|died|passed|lost|born)\b`, 'i');

/** "True or false: you can catch up on lost sleep over the weekend": what any reader can do, in a post. */
/** "you can stop by Friday", "families are welcome to add a note through Friday, May 16": a day any reader may come, not anyone's care. */
const ANY_READER_CAN_BEFORE = /\b(?:you\s+(?:can|can['’]t|cannot|could|should|might|may)|(?:are|is)\s+(?:all\s+|always\s+|warmly\s+)?(?:welcome|invited|encouraged)\s+to)\s+(?:\S+\s+){0,8}$/i;
const WHETHER_OR = /^\W*whether\s+(?:you|they|your\s+[\w-]+)\b[^.!?,;]*\bor\b/i;

/** A thread rarely runs past twenty parts; "3/25" is more likely a day. */
const MAX_THREAD_PARTS = 20;
/** "Saturday (3/7)", "on 3/7": a weekday or "on" before the pair makes it a day after all. */
const DAY_WORD_BEFORE = /\b(?:on|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s*\(?$/i;

/** "(1/7)", "🧵 2/5", "4/7 Fun fact: …", "… in the replies. 6/6": the part counter of a thread, not a day. */
function isThreadCounterAt(text: string, start: number, end: number): boolean {
  if (DAY_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const before = text.slice(0, start);
  const after = text.slice(end);
  return (
    (before.endsWith('(') && after.startsWith(')')) ||
    text.slice(Math.max(0, start - 3), end + 3).includes('🧵') ||
    (before.trim() === '' && /^\s+\p{Lu}/u.test(after)) ||
    after.trim() === ''
  );
}

/** "This 4-year-old golden retriever passed his certification last week": an animal's day (not a robot's or a mascot's), when no person is in the sentence before it. */
const NOT_ALIVE = new Set(['bear', 'doll', 'puppet', 'mascot', 'mannequin', 'manikin', 'robot', 'mix', 'peluche', 'osito']);
const LIVING_ANIMAL = ANIMAL.slice(3, -1).split('|').filter((word) => !NOT_ALIVE.has(word)).join('|');
const ANIMAL_SUBJECT_BEFORE = new RegExp(String.raw`\b(?:this|our|the|a)\s+(?:[\w-]+\s+){0,3}(?:${LIVING_ANIMAL})s?\b`, 'i');
const PERSON_BEFORE = /\b(?:patients?|sons?|daughters?|mom|dad|child|children|kids?|boys?|girls?|man|woman|baby|babies|family)\b/i;
/** "Yesterday our Birth Center turned 10!": the birthday of a place of ours, not a day of anyone's care. */
const OURS_TURNED_AFTER = /^,?\s+(?:our|the)\s+(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}(?:turned|turns|celebrated|celebrates|marked|marks)\s+(?:\d+|one|two|three|four|five|ten|twenty|fifty)\b/u;

/** No one in particular in the sentence at `at`, or everyone ("every patient", "two visitors per patient"). */
const forNoOneInParticular = (scan: PhiScan, at: number): boolean => !scan.sentenceMatches(SOMEONE, at) || scan.sentenceMatches(EVERY_PATIENT, at);
/** "the clinic opens June 3", "Starting Monday, …": the day one of our services or rules starts, for no one in particular. */
const serviceStartsAt = (scan: PhiScan, at: number): boolean => SERVICE_STARTS_BEFORE.test(scan.text.slice(Math.max(0, at - 90), at)) && forNoOneInParticular(scan, at);

export function findDates(scan: PhiScan): PhiCandidate[] {
  const { text, hasDigit } = scan;
  const hasMonth = scan.hasWordOf(MONTH_WORDS);
  const out: PhiCandidate[] = [];
  const noOnesDays: Span[] = [];
  const mayTellDueDate = text.includes('due') || text.includes('Due') || text.includes('DUE');
  // A day judged an event's, a letter's or our hours' leaves its month no one's too: "close at noon on Dec 24".
  const noOnes = (start: number, end: number) => {
    noOnesDays.push({ start, end });
  };
  const absolute = (start: number, end: number) => {
    const before = text.slice(Math.max(0, start - 25), start);
    // "17 babies born on May 9", "saw 310 patients on June 3": a day's count of people is a statistic, not one person's day.
    if (!scan.clinical && scan.sentenceMatches(COUNTED_PEOPLE, start)) return;
    // "This little guy in our nursery was born on the 4th of July": a holiday that is someone's birthday.
    if (HOLIDAY.test(text.slice(start, end)) && (!scan.sentenceMatches(SOMEONE, start) || scan.sentenceMatches(SUPPOSING_YOU, start)) && !DOB_CUE.test(before)) {
      if (scan.sentenceMatches(OUR_HOURS_IN_SENTENCE, start)) noOnes(start, end);
      return;
    }
    if (memorialEvent(scan, start)) return;
    if (DOB_CUE.test(before)) {
      out.push({ type: 'date', start, end, link: 'identifier', rule: 'phi.date.birth', why: 'A date of birth identifies a person' });
      return;
    }
    // "With a March 14 due date": the day someone's baby is due.
    if (mayTellDueDate && (DUE_DATE_AFTER.test(text.slice(end, end + 12)) || DUE_DATE_BEFORE.test(before))) {
      out.push({ type: 'date', start, end, link: 'person', rule: 'phi.date.due', why: "The day someone's baby is due is a date of their care" });
      return;
    }
    // "our NICU Reunion on Sunday, June 1": the day of an event, even in a sentence about past care.
    if (EVENT_RIGHT_BEFORE.test(before) || nextOfOurEvents(scan, start, before)) return noOnes(start, end);
    // "re-routed from Aug 4–8 while we repave": the days something runs, when no one is in the sentence.
    if (!scan.clinical && DAY_RANGE_AFTER.test(text.slice(end, end + 12)) && /\bfrom\s+$/i.test(before) && !scan.sentenceMatches(SOMEONE, start)) return;
    // A letter's date, a board term's start, an inspection's day: no one's, and its month alone is no one's either.
    if (
      !scan.clinical &&
      ((LETTER_DATED_BEFORE.test(before) && !scan.sentenceMatches(SOMEONE, start)) || TERM_OF_OFFICE_BEFORE.test(before) || ROLE_STARTS_BEFORE.test(text.slice(Math.max(0, start - 120), start)) || INSPECTION_BEFORE.test(text.slice(Math.max(0, start - 70), start)))
    )
      return noOnes(start, end);
    // "Saturday, Oct 12, 9am–1pm at 780 Oak Hill Road": a day with opening hours is when something runs, not a visit.
    if (!scan.clinical && HOURS_RANGE_AFTER.test(text.slice(end, end + 32)) && !scan.sentenceMatches(SOMEONE, start)) return;
    if (!scan.clinical && OFFER_ENDS_BEFORE.test(before) && !scan.sentenceMatches(SOMEONE, start)) return;
    // "The unit will visit 12 rural sites this spring, starting at Oak Hill Community Church on Saturday, April 5": our route's stops.
    if (!scan.clinical && OUR_ROUTE_BEFORE.test(text.slice(Math.max(scan.sentenceOf(start).start, start - 120), start)) && !scan.sentenceMatches(SOMEONE, start)) return;
    if (!scan.clinical && DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 90), start))) return;
    // "opens to patients on January 12": when a service opens or closes, not anyone's day.
    if (!scan.clinical && ((HOURS_BEFORE.test(text.slice(Math.max(0, start - 45), start)) && forNoOneInParticular(scan, start)) || serviceStartsAt(scan, start))) return noOnes(start, end);
    const care = careCueAt(scan, start) && !scan.sentenceMatches(OUR_MILESTONE, start);
    // In a clinical note a date next to a clock time is still a day of care, not an event.
    if (!care && !scan.clinical && scan.sentenceMatches(EVENT_CUE, start)) return noOnes(start, end);
    out.push({
      type: 'date',
      start,
      end,
      link: care ? 'person' : 'contextual',
      rule: care ? 'phi.date.care' : 'phi.date.unlinked',
      why: care ? "A date of someone's care identifies them" : 'A full date can identify someone when it is about their care',
    });
  };
  for (const m of scan.isoDateShape ? execAll(ISO, text) : []) absolute(m.index, m.index + m[0].length);
  for (const m of scan.numericDateShape ? execAll(NUMERIC, text) : []) {
    const month = Number(m[1]);
    const day = Number(m[3]);
    const sep = m[2];
    // "1/2 cup", "3-4 days", "2.5": without a year only a slash date counts, and small fractions are not dates.
    if (!m[4] && sep !== '/') continue;
    // After a date word ("since 3/2", "born 3/2", "POST 3/3 TX") a small pair is a day, not a fraction, strength or score.
    const cued = DATE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || DOB_CUE.test(text.slice(Math.max(0, m.index - 16), m.index));
    const sameDayCued = month === day && month > 1 && cued;
    // Small fractions ("1/2", "3/4") put the smaller number first; "3/2" in a note is a day.
    if (!m[4] && month <= 4 && day <= 4 && !cued && !(scan.clinical && month > day && month > 1)) continue;
    // Pain scores ("7/10") and paired settings ("5/5", motor strength up to 5/5) are not dates.
    if (!m[4] && ((month === day && !sameDayCued && (month <= 5 || month === 10 || !scan.clinical)) || (day === 10 && SCORE_NEAR.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 15))))) continue;
    // Ventilator settings ("PSV 12/5", "flowby 6/3") share the shape of a date.
    if (!m[4] && /\b(?:psv|ps|peep|cpap|bipap|flowby|imv|simv|(?<!\b(?:[rl]t?|left|right)\s)ac|a\/c|vent|fio2|rate|x|vs|ie|i:e)\s*(?:of|at|to|on)?\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!m[4] && scan.clinical && day <= 10 && (VENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || /^\s{0,2}(?:peep|ps|cpap)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))) continue;
    if (!m[4] && /^\s*(?:of|cup|tsp|tbsp|mg|ml|tab|strength|dose)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue;
    if (!m[4] && !scan.clinical && month <= day && day <= MAX_THREAD_PARTS && isThreadCounterAt(text, m.index, m.index + m[0].length)) continue;
    absolute(m.index, m.index + m[0].length);
  }
  for (const m of hasDigit && text.includes('/') && text.includes('-') ? execAll(RANGE, text) : []) {
    if (out.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
    // "bases up 1/3-1/2": a span of fractions.
    if (m[0].split('-').every((half) => half.trim().split('/').every((n) => Number(n) <= 4))) continue;
    absolute(m.index, m.index + m[0].length);
  }
  for (const m of hasDigit && text.includes('/') ? execAll(MONTH_YEAR, text) : []) {
    if (/\b(?:psv|ps|peep|cpap|bipap|i:e|ie|ratio)\s*(?:of|at|to|on)?\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    absolute(m.index, m.index + m[0].length);
  }
  for (const m of scan.clinical && text.includes("'") ? execAll(SHORT_YEAR, text) : []) {
    const digits = /\d{2}/.exec(m[0]) as RegExpExecArray;
    const start = m.index + digits.index;
    out.push({ type: 'date', start, end: start + 2, link: 'contextual', rule: 'phi.date.short-year', why: "The year of someone's care helps identify them" });
  }
  for (const m of scan.clinical && hasDigit ? execAll(HISTORY_YEAR, text) : []) {
    out.push({ type: 'date', start: m.index, end: m.index + m[0].length, link: 'contextual', rule: 'phi.date.history-year', why: "The year of someone's care helps identify them" });
  }
  for (const m of hasMonth && hasDigit ? execAll(MONTH_DAY, text) : []) {
    // "may 5 people" is not a date: a bare "may" needs a capital or a year.
    if (/^may\b/.test(m[0]) && !/\d{4}/.test(m[0])) continue;
    // "02 dec from 4" is shorthand for decrease: lower-case abbreviated months need a year.
    const monthWord = /[a-z]+/i.exec(m[0].replace(/^\d+(?:st|nd|rd|th)?\s+(?:of\s+)?/i, ''))?.[0] ?? '';
    if (monthWord.length <= 4 && monthWord === monthWord.toLowerCase() && !/(?:19|20)\d{2}/.test(m[0])) continue;
    absolute(m.index, m.index + m[0].length);
  }
  for (const d of hasDigit ? findOrdinalDays(text) : []) {
    if (!out.some((o) => o.start < d.end && d.start < o.end)) absolute(d.start, d.end);
  }
  for (const m of hasMonth ? execAll(MONTH_ALONE, text) : []) {
    const month = m[1] as string;
    if (month.toLowerCase() === 'may' && month[0] === 'm') continue;
    // "if you're switching plans on January 1": the holiday's day, for anyone it applies to.
    if (HOLIDAY.test((HOLIDAY_DATE_AT.exec(text.slice(m.index + m[0].length - month.length, m.index + m[0].length + 8)) ?? [''])[0]) && scan.sentenceMatches(SUPPOSING_YOU, m.index)) continue;
    const start = m.index + m[0].length - month.length;
    if (out.some((d) => d.start <= start && d.end > start) || noOnesDays.some((d) => d.start <= start && d.end > start)) continue;
    if (scan.sentenceMatches(EVENT_CUE, start) && !scan.sentenceMatches(CARE_CUE, start)) continue;
    if (scan.sentenceMatches(COUNTED_PEOPLE, start) || scan.sentenceMatches(THOUSANDS_COUNTED, start) || SEASONAL_BEFORE.test(text.slice(Math.max(0, m.index - 56), m.index)) || ORDINAL_WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || MANY_IN_MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    if (scan.sentenceMatches(SERVICE_OFFER, start) && !scan.sentenceMatches(SOMEONE, start)) continue;
    if (WE_ADD_BEFORE.test(text.slice(Math.max(0, start - 90), start)) && !scan.sentenceMatches(SOMEONE, start)) continue;
    if (STAFF_ARRIVE_BEFORE.test(text.slice(Math.max(0, start - 90), start)) || EVERYONE_IN_MONTH_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (HOURS_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].length - month.length)) && !scan.sentenceMatches(SOMEONE, start)) continue;
    // "after we reinstated universal masking in December": the month of a change we made.
    if (WHAT_WE_DID_BEFORE.test(text.slice(Math.max(scan.sentenceOf(start).start, start - 60), start)) && !scan.sentenceMatches(SOMEONE, start)) continue;
    if (OUR_FIGURE_AFTER.test(text.slice(start + month.length, start + month.length + 24)) || PLACE_OPENED_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    // "Starting in September, Marcus and his team will visit senior centers": when a program of ours begins.
    if (SENTENCE_OPENS_STARTING.test(text.slice(Math.max(0, m.index - 14), m.index)) && OUR_TEAM_AFTER.test(text.slice(start + month.length, start + month.length + 40))) continue;
    if (!speaksOfCareAt(scan, start)) continue;
    out.push({ type: 'date', start, end: start + month.length, link: 'person', rule: 'phi.date.care-month', why: "The month of someone's care identifies them" });
  }
  for (const m of !scan.clinical && scan.hasWordOf(RELATIVE_WORDS) ? execAll(ANNIVERSARY, text) : []) {
    if (!speaksOfCareAt(scan, m.index)) continue;
    if (scan.sentenceMatches(OUR_MILESTONE, m.index)) continue;
    out.push({ type: 'date', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.date.relative-care', why: "The anniversary of someone's care gives its date" });
  }
  // Charting is full of "this morning" and "last night": in a note they are routine, not identifying.
  for (const m of !scan.clinical && (scan.hasWordOf(RELATIVE_WORDS) || scan.hasWordOf(WEEKDAY_LIKE)) ? execAll(RELATIVE, text) : []) {
    if (!scan.sentenceMatches(CARE_CUE, m.index) || scan.sentenceMatches(COUNTED_PEOPLE, m.index) || memorialEvent(scan, m.index)) continue;
    // "a patient's family brings you tamales on Christmas Eve": a holiday is everyone's day, someone's only beside what was done for them.
    if (NAMED_HOLIDAY.test(m[0]) && !scan.sentenceMatches(HOLIDAY_CARE, m.index)) continue;
    // "down from 34 days last spring", "fell by nearly half compared with last winter": when a figure was, not anyone's day.
    if (SEASONAL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (WEEKDAY_RANGE.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20))) continue;
    // "every Friday this month", "every other Thursday", "the first warm Saturday of spring", "on Wednesday afternoons", "one Friday a month": a weekly slot or any such day, not one day of anyone's care.
    if (/\b(?:every(?:\s+other)?|each|the\s+(?:first|second|third|fourth|last)\s+(?:[a-z]+\s+)?)\s*$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (/^\s+(?:of\s+(?:each|every|the)\s+month|(?:a|each|every|per)\s+month\b|(?:mornings|afternoons|evenings|nights)\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    if (/day$/i.test(m[0]) && OPENS_A_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && /^\p{Lu}/u.test(m[0])) continue;
    if (/day$/i.test(m[0]) && (SERIES_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || alliterativeSeriesDay(text, m.index, m.index + m[0].length))) continue;
    // "Whether you were diagnosed last week or 20 years ago, …": any reader's day, not one person's.
    if (WHETHER_OR.test(scan.sentenceText(m.index))) continue;
    // "Visitor policy: starting Monday, two visitors per patient": the day a rule for everyone starts.
    if (serviceStartsAt(scan, m.index)) continue;
    if (DAY_MOOD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (scan.kind === 'post' && ANY_READER_CAN_BEFORE.test(text.slice(Math.max(scan.sentenceOf(m.index).start, m.index - 60), m.index))) continue;
    const sentenceStart = scan.sentenceOf(m.index).start;
    if (m.index - sentenceStart <= CLINICIAN_REACH && CLINICIAN_DROPPED_BY_BEFORE.test(text.slice(sentenceStart, m.index)) && !scan.sentenceMatches(SOMEONE, m.index)) continue;
    if (VISITED_OUR_STAFF_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "During Tuesday's ice storm": the day of a storm or a public event, not of anyone's care.
    if (PUBLIC_HAPPENING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) || WHEN_IT_HAPPENED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (EVENT_TITLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
    const sentenceBefore = text.slice(sentenceStart, m.index);
    if (ANIMAL_SUBJECT_BEFORE.test(sentenceBefore) && !PERSON_BEFORE.test(sentenceBefore)) continue;
    if (HOURS_AFTER.test(after) || HOURS_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || OUR_POST_AFTER.test(after) || OURS_TURNED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) || WHAT_WE_DID_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (/day(?:\s+(?:morning|afternoon|evening|night))?$/i.test(m[0]) && SERVICE_DAY_AFTER.test(after) && !ONES_OWN_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (scan.sentenceMatches(EVENT_CUE, m.index) && !CARE_AT_EVENT.test(scan.sentenceText(m.index)) && EVENT_CUE.test(scan.sentenceText(m.index).replace(HOURS_WAITED, '').replace(GRADUATE_OF_A_CLASS, ''))) continue;
    if (visitsAllOurPatients(scan, m.index)) continue;
    if (scan.sentenceMatches(CARED_FOR_MANY, m.index) && !scan.sentenceMatches(SOMEONE, m.index)) continue;
    // "treated more than 200 … injuries last summer 😬 Keep your tetanus shot current": the count the day closes is no one's care.
    if (COUNT_THEN_DAY.test(text.slice(Math.max(scan.sentenceOf(m.index).start, m.index - 120), m.index))) continue;
    out.push({ type: 'date', start: m.index, end: m.index + m[0].length, link: 'person', rule: 'phi.date.relative-care', why: "A day of someone's care, even a relative one, helps identify them" });
  }
  return out;
}
