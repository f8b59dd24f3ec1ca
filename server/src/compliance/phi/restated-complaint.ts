import type { WordToken } from '../text/word-tokens';
import { speaksOfOwnCare, statedForEveryone, supposedBefore } from './health-detail-detector';
import { personCandidate, type PhiCandidate } from './phi-candidate';
import { answeredComment, type PhiScan } from './phi-scan';
import { cachedRegExp } from '../text/cached-regexp';
import { NAMES_A_SERVICE } from '../vocab/service-words';
import { isSpanishSentence } from '../text/spanish-sentence';

/** Body parts as one form: "hands" and "hand" are one part. */
const BODY_PART: Readonly<Record<string, string>> = Object.fromEntries([
  ...`arm wrist hand ankle knee back neck shoulder hip foot leg finger toe throat chest stomach belly tummy eye ear skin jaw tooth
   gum head elbow heel lip nose face thumb acl mcl meniscus achilles hamstring ligament tendon rotator lung`
    .split(/\s+/)
    .flatMap((part) => [
      [part, part],
      [`${part}s`, part],
    ]),
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  // "el tobillo lastimado de su hijo" after "se lastimó el tobillo": the Spanish words for the same parts.
  ...Object.entries({
    arm: 'brazo brazos',
    wrist: 'muñeca muñecas',
    hand: 'mano manos',
    ankle: 'tobillo tobillos',
    knee: 'rodilla rodillas',
    back: 'espalda',
    neck: 'cuello',
    shoulder: 'hombro hombros',
    hip: 'cadera caderas',
    foot: 'pie pies',
    leg: 'pierna piernas',
    finger: 'dedo dedos',
    throat: 'garganta',
    chest: 'pecho',
    stomach: 'estómago estomago panza',
    eye: 'ojo ojos',
    ear: 'oído oídos oido oidos oreja orejas',
    skin: 'piel',
    tooth: 'diente dientes muela muelas',
    head: 'cabeza',
    elbow: 'codo codos',
    heel: 'talón talon',
    nose: 'nariz',
    lung: 'pulmón pulmones',
  }).flatMap(([part, words]) => words.split(' ').map((w) => [w, part])),
]);

/** Complaint words grouped by what they say: "broke", "broken" and "fractured" are one complaint. */
const COMPLAINT: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    sore: 'sore soreness',
    broken: 'broke broken break breaks fracture fractured fracturó fracturado fracturada fractura quebró quebrado quebrada rompió roto rota',
    sprain: 'sprain sprained',
    swollen: 'swell swells swelling swollen hinchado hinchada hinchazón hinchó inflamado inflamada',
    cracked: 'crack cracked cracking cracks',
    bleeding: 'bleed bleeding bleeds bloody',
    itchy: 'itch itchy itching itches',
    burn: 'burn burned burnt burning burns quemó quemado quemada quemadura',
    pain: 'hurt hurts hurting pain painful ache aching achy aches killing throbbing pounding injured lastimó lastimé lastimado lastimada duele duelen adolorido adolorida',
    // "esa mancha negra en la espalda" after "me salió una mancha negra en la espalda"
    spot: 'lump lumps mancha manchas lunar lunares bulto bultos bolita bolitas',
    // "los pulmones tan afectados" after "tengo los pulmones muy mal"
    unwell: 'mal afectado afectados afectada afectadas dañado dañados dañada dañadas',
    numb: 'numb numbness tingling tingly duerme duermen duerma duerman dormida dormidas dormido dormidos entumida entumidas entumido entumidos hormigueo',
    bruised: 'bruise bruised bruising',
    twisted: 'twisted twist rolled torció torcí torcido torcida',
    stiff: 'stiff stiffness',
    blister: 'blister blisters blistered',
    torn: 'tore torn tear ripped rupture ruptured',
    cut: 'cut cuts gash gashed sliced laceration cortó cortada cortado cortadura',
    wound: 'wound wounds ulcer ulcers',
    // "that new knee" after "my knee replacement"
    replaced: 'replacement replaced replacing new',
  }).flatMap(([group, words]) => words.split(' ').map((w) => [w, group])),
);

/** Spanish words for a part or a complaint that are English words too ("a slice of pie", "the weekend rota"): read only in Spanish. */
const ENGLISH_TOO: ReadonlySet<string> = new Set(['pie', 'pies', 'rota', 'talon']);

/** How many words apart a body part and its complaint may sit ("my hands are cracking and bleeding"). */
const NEAR = 4;

interface Complaint {
  part: string;
  group: string;
  from: WordToken;
  to: WordToken;
}

function complaints(tokens: readonly WordToken[], inSpanish: boolean): Complaint[] {
  const out: Complaint[] = [];
  const readable = (word: string): boolean => inSpanish || !ENGLISH_TOO.has(word);
  tokens.forEach((token, i) => {
    const part = BODY_PART[token.lower];
    if (!part || !readable(token.lower)) return;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(tokens.length - 1, i + NEAR); j++) {
      const other = tokens[j] as WordToken;
      const group = COMPLAINT[other.lower];
      if (group && readable(other.lower)) out.push({ part, group, from: j < i ? other : token, to: j < i ? token : other });
    }
  });
  return out;
}

/** "cut his hand pretty bad", "my knee is swollen": a body part and a complaint about it. */
export const tellsOfComplaint = (tokens: readonly WordToken[], text: string): boolean => complaints(tokens, isSpanishSentence(text)).length > 0;

/**
 * "If that sore arm isn't improving" after "my arm is SO sore", "a possible broken wrist" after "I think I broke my
 * wrist": the body part and the complaint the commenter gave about themselves, said back in other words.
 */
export function findRestatedComplaints(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !speaksOfOwnCare(scan, context)) return [];
  const theirs = new Set(complaints(scan.contextTokens(), isSpanishSentence(context)).map((c) => `${c.part} ${c.group}`));
  if (theirs.size === 0) return [];
  const { text } = scan;
  const out: PhiCandidate[] = [];
  for (const c of complaints(scan.tokens, isSpanishSentence(text))) {
    if (!theirs.has(`${c.part} ${c.group}`) || out.some((o) => o.start <= c.from.start && c.to.end <= o.end)) continue;
    if (supposedBefore(text.slice(Math.max(0, c.from.start - 40), c.from.start))) continue;
    if (statedForEveryone(text, c.from.start, c.to.end)) continue;
    // "our Leg Wound Program offers home visits": a service of ours named by the complaint.
    if (NAMES_A_SERVICE.test(text.slice(c.to.end, c.to.end + 24))) continue;
    out.push({
      type: 'diagnosis',
      start: c.from.start,
      end: c.to.end,
      link: 'person',
      rule: 'phi.diagnosis.restated-complaint',
      why: 'A complaint the commenter shared about their own body, said back in public',
    });
  }
  return out;
}

/** "My dad is 94 and keeps falling", "she had a fall last week": a fall the comment tells of. */
const TOLD_OF_A_FALL = /\b(?:fell|falling|falls|fallen|had\s+a\s+(?:bad\s+)?fall|took\s+a\s+(?:bad\s+|hard\s+)?(?:fall|tumble))\b/i;
/** "your dad's falls", "ur mom's fall", "has fallen recently": the fall said back as theirs ("this fall" is a season). */
const THEIR_FALL = /\b(?:(?:your|ur|his|her|their)\s+(?:[\p{L}-]+['’]s\s+)?(?:recent\s+|latest\s+|last\s+)?falls?|(?:has|have|had)\s+fallen(?:\s+recently)?)\b/giu;

/** "so sorry about ur mom's fall" after "my mom is 91 and fell last week": the fall the commenter told of, said back. */
export function findRestatedFalls(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !TOLD_OF_A_FALL.test(context) || !speaksOfOwnCare(scan, context)) return [];
  return [...scan.text.matchAll(THEIR_FALL)].map((m) => personCandidate(m, 'diagnosis', 'phi.diagnosis.restated-fall', 'A fall the commenter told of, said back in public'));
}

/** "your HS" after "Does anyone know about HS?": a short form in capitals the comment used, said back as theirs. */
const THEIR_SHORT_FORM = /\b(?:your|ur|his|her|their)\s+([A-Z][A-Z0-9]{1,4})(?:s|['’]s)?\b/g;
/** Capitals that are routing, messaging or paperwork, not a condition ("your PCP", "your DM", "your EOB"). */
const NOT_A_CONDITION = new Set(
  'DM DMS PM ID PR RSVP FAQ ASAP HSA FSA EOB PPO HMO ZIP OK TV PIN PCP GP OB OBGYN MD RN NP PA DO ER ED ICU NICU ENT PT OT RD CNA LPN MA US USA BFF MRN DOB SSN'.split(' '),
);

export function findRestatedShortForms(scan: PhiScan): PhiCandidate[] {
  const context = answeredComment(scan);
  if (!context || !/[A-Z]{2}/.test(scan.text) || !speaksOfOwnCare(scan, context) || scan.contextHealthTerms().length === 0) return [];
  const out: PhiCandidate[] = [];
  for (const m of scan.text.matchAll(THEIR_SHORT_FORM)) {
    const short = m[1] as string;
    if (NOT_A_CONDITION.has(short) || !cachedRegExp(`\\b${short}\\b`).test(context)) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(short);
    out.push({ type: 'diagnosis', start, end: start + short.length, link: 'person', rule: 'phi.diagnosis.restated-short-form', why: 'A condition the commenter named in short form, said back in public' });
  }
  return out;
}
