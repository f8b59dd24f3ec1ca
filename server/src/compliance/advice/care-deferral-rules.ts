import type { AdviceRule } from './advice-rules';
import { CONDITIONS as LISTED_CONDITIONS } from '../vocab/conditions';
import { DRUGS, MED_WORDS } from './advice-vocabulary';

/**
 * Reassurance and treatment wording found by probing with fresh replies (issue #3): telling one person
 * a trip, scan or visit isn't worth it, what their pain "responds best to", to "ease off" a medicine, or "half a tablet".
 */

// "the cholesterol pill", "your allergy meds": a medicine named by what it treats.
const MED_REF = `(?:the\\s+|your\\s+|that\\s+|this\\s+)?(?:[\\w-]+\\s+)?(?:${DRUGS}|${MED_WORDS})`;
// Every condition in the shared vocabulary, longest first, so "sounds like X" works for any listed diagnosis.
const ANY_CONDITION = `(?:${LISTED_CONDITIONS.split(/[|\n]/)
  .map((c) => c.trim())
  .filter(Boolean)
  .sort((a, b) => b.length - a.length)
  .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  .join('|')})`;

export const CARE_DEFERRAL_RULES: readonly AdviceRule[] = [
  {
    id: 'advice.not-worth-a-visit',
    keyWords: [
      'worth',
      'sleep',
      'need',
      'imaging',
      'ray',
      'rays',
      'xray',
      'xrays',
      'scan',
      'scans',
      'mri',
      'stitches',
      'antibiotics',
      'worrying',
      'bothering',
      'thinking',
      'without',
    ],
    type: 'discourages-care',
    pattern:
      /\b(?:not|isn['’]t|aren['’]t|never)\s+(?:really\s+|usually\s+|even\s+)?worth\s+(?:an?\s+|the\s+)?(?:er|urgent\s+care|doctor['’]?s?|clinic|hospital|emergency(?:\s+room)?)?\s*(?:trip|visit|call)\b|\bsleep\s+it\s+off\b|\b(?:clears?|cleared|heals?|healed|fix(?:es|ed)?|goes\s+away|went\s+away)\s+(?:[\w-]+\s+){0,3}?without\s+(?:a|an|any)\s+(?:clinic|doctor['’]?s?|office|er|urgent\s+care|hospital)\s+(?:visit|trip|appointment)\b|\bno\s+need\s+for\s+(?:an?\s+|any\s+)?(?:imaging|x-?rays?|scans?|mri|stitches|antibiotics?)\b|\bno\s+(?:imaging|x-?rays?|scans?|mri|stitches|antibiotics?)\s+(?:needed|necessary|required)\b|\b(?:for\s+a\s+(?:week|few\s+days)|a\s+(?:week|while|few\s+days))\s+before\s+(?:worrying|bothering|thinking)\s+about\s+(?:a|an|the)\s+(?:visit|appointment|doctor|er|trip|check-?up)\b/i,
    message: 'Tells this person a visit, scan or treatment is not needed, which may keep them from getting care.',
  },
  {
    id: 'advice.responds-best-to',
    keyWords: ['responds', 'respond', 'responding'],
    type: 'treatment',
    pattern: /\b(?:responds?|responding)\s+(?:best|well|better|nicely)\s+to\b/i,
    message: "Says what this person's symptoms respond to — that is individual treatment advice.",
    needsCareContent: true,
  },
  {
    id: 'advice.ease-off-medicine',
    keyWords: ['off'],
    type: 'dose-change',
    pattern: new RegExp(`\\b(?:ease|back|lay|get)\\s+off\\s+(?:of\\s+)?${MED_REF}\\b`, 'i'),
    message: 'Tells one person to cut back on or stop a medicine. Only their prescriber can advise that.',
  },
  {
    id: 'advice.part-of-a-pill',
    keyWords: ['half', 'quarter'],
    type: 'dosing',
    pattern: new RegExp(
      `\\b(?:half|a\\s+quarter)\\s+(?:of\\s+)?(?:a|an|one)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${DRUGS}\\s+)?(?:tablets?|pills?|capsules?|chewables?|gummies|gummy)\\b`,
      'i'
    ),
    message: 'Gives one person a dose ("half a tablet"). Dosing has to come from their own clinician.',
  },
  {
    id: 'advice.happens-to-everyone',
    keyWords: ['happens'],
    type: 'discourages-care',
    // "Do I need to get checked?" → "Happens to everyone on nights now and then!": what they told of, made ordinary.
    pattern: /(?<=(?:^|[.!?,;—–])\s*)(?:it\s+|that\s+|this\s+)?happens\s+to\s+(?:everyone|everybody|all\s+of\s+us)\b/i,
    message: 'Tells this person what happened to them is ordinary, which may keep them from getting it checked.',
    commentAsks:
      /\b(?:get(?:\s+(?:it|this|that|him|her|them|myself))?\s+(?:checked|looked\s+at|seen)|see\s+(?:a|the|my)\s+(?:doctor|dr)|should\s+i\s+(?:be\s+)?(?:worried|worry|concerned)|is\s+(?:this|that|it)\s+(?:normal|serious|bad|dangerous)|need\s+to\s+be\s+seen)\b/i,
    routingExcuses: true,
  },
  {
    id: 'advice.you-will-be-fine',
    keyWords: ['you', 'nothing', 'urgent', 'wait', 'usually', 'should', 'will', 'typically', 'generally'],
    type: 'discourages-care',
    pattern:
      /\b(?:that|this|the|your)\s+(?:[\w-]+\s+){0,2}(?:pain|rash|swelling|cough|ache|soreness|bruising|numbness|tingling|symptoms?)\s+(?:usually|should|will|typically|generally)\s+(?:fade|go\s+away|clear(?:\s+up)?|settle|resolve|improve|calm\s+down)s?\b|\byou(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be|\s+should\s+be)\s+(?:totally\s+|just\s+|perfectly\s+|completely\s+|probably\s+|gonna\s+be\s+)?(?:fine|ok|okay|alright|all\s+right|good(?!\s+(?:to\s+go|as\s+new)\b))\b|\bnothing\s+to\s+(?:stress|panic|fret)\s+(?:about|over)\b|\b(?:not|isn['’]t|nothing)\s+(?:really\s+|that\s+)?urgent\b|\b(?:can|could)\s+(?:safely\s+|easily\s+)?wait\s+(?:until|till|til|a\s+few|a\s+couple|for|and)\b/i,
    message: 'Reassures this person that they are fine or can wait, which may keep them from getting care.',
    routingExcuses: true,
  },
  {
    id: 'advice.remedy-promise',
    keyWords: ['will', 'can', 'should', 'could', 'll'],
    type: 'treatment',
    pattern:
      /\b(?:will|can|should|could|['’]ll)\s+(?:help\s+)?(?:knock|kick|bring|get(?!\s+your\s+(?:results?|reports?|paperwork|forms?|cop(?:y|ies)|appointments?|shots?|vaccines?|cards?|prescriptions?|refills?)\b)|clear|calm|settle|soothe|cure|heal|ease|fix)\s+(?:that|your|those|this)\b/i,
    message: "Promises that a remedy will fix this person's symptom — that is individual treatment advice.",
    needsCareContent: true,
  },
  {
    id: 'advice.suggests-a-change',
    keyWords: ['suggest', 'recommend', 'advise'],
    type: 'treatment',
    pattern:
      /\b(?:we|i)(?:['’]d|\s+would)?\s+(?:suggest|recommend|advise)\s+(?:that\s+you\s+)?(?:switching|taking|stopping|trying|using|skipping|cutting|doubling|increasing|lowering|starting(?!\s+with\s+(?:your|a|an|our|the)\s+(?:(?:primary\s+care|family|regular)\s+)?(?:doctor|provider|pcp|pharmacist|care\s+team|clinician|nurse|physician|pediatrician)\b)|avoiding|changing)\b/i,
    message: 'Suggests a treatment change to one person. That is individual treatment advice.',
    routingExcuses: true,
  },
  {
    id: 'advice.names-the-condition',
    keyWords: ['sounds', 'textbook', 'usually', 'probably', 'likely', 'always', 'definitely'],
    type: 'diagnosis',
    pattern: new RegExp(
      `\\b(?:sounds\\s+like|textbook|(?:is|are|it['’]s|that['’]s|it\\s+is|that\\s+is)\\s+(?:usually|probably|likely|most\\s+likely|almost\\s+always|definitely))\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?${ANY_CONDITION}\\b`,
      'i'
    ),
    message: "Names what this person's symptoms are. A diagnosis needs an examination by a clinician.",
  },
  {
    id: 'advice.reads-their-number',
    keyWords: ['reading', 'readings', 'number', 'numbers', 'level', 'levels', 'result', 'results', 'value', 'score', 'count', 'bp', 'pressure', 'sugar', 'a1c'],
    type: 'diagnosis',
    pattern:
      /\b(?:that|this|your)\s+(?:[\w-]+\s+)?(?:reading|readings|number|numbers|level|levels|result|results|value|score|count|bp|pressure|sugar|a1c)\s+(?:is|was|are|were|looks?|sounds?|seems?)\s+(?:a\s+(?:bit|little|touch)\s+|slightly\s+|pretty\s+|very\s+|really\s+|quite\s+|definitely\s+|too\s+|only\s+|just\s+)?(?:high|low|elevated|borderline|normal|fine|ok|okay|in\s+range|within\s+(?:the\s+)?(?:normal\s+)?range)\b/i,
    message: "Says what this person's own reading or result means. Only their clinician can interpret it.",
  },
  {
    id: 'advice.peers-results',
    keyWords: ['results'],
    type: 'hedged-advice',
    pattern: /\b(?:had|have|seen|see|get|gotten|got)\s+(?:really\s+)?(?:great|good|amazing|excellent|fantastic)\s+results\s+(?:with|from|on)\b/i,
    message: "Vouches for a treatment by other patients' results — that steers this person's own care.",
  },
  {
    id: 'advice.recheck-later',
    keyWords: ['recheck', 'retest', 'check'],
    type: 'discourages-care',
    pattern:
      /(?:(?<=(?:^|[.!?;:—–-])\s*)|\b(?:just|so|and|then)\s+)(?:recheck|re-check|retest|check\s+(?:it\s+)?again)\s+(?:it\s+|them\s+)?(?:in|after)\s+(?:a|one|two|three|a\s+few|a\s+couple(?:\s+of)?|\d+)\s+(?:minutes?|mins?|hours?|days?|weeks?|months?)\b/i,
    message: 'Tells this person to wait and recheck on their own, which may delay the care they need.',
  },
  {
    id: 'advice.safe-for-you',
    keyWords: [
      'fine', 'ok', 'okay', 'safe', 'can', 'need', 'needs', 'works', 'usually', 'plenty', 'enough', 'bother', 'try', 'knock', 'clear', 'calm', 'settle',
      'it', 'should', 'and', 'won', 'will', 'probably', 'that',
    ],
    type: 'hedged-advice',
    pattern: new RegExp(
      String.raw`\b(?<!\b(?:mammograms?|mammography|screenings?|x-rays?|mris?|scans?|ultrasounds?)\s+)(?:is|are)\s+(?:still\s+|usually\s+|totally\s+|perfectly\s+|generally\s+|completely\s+)?(?:fine|ok(?:ay)?|safe)\s+(?:with|while|during|alongside|to\s+(?:take|use|mix|drink|skip|stop))\b|\byou\s+can\s+(?:probably\s+|usually\s+|safely\s+|just\s+)(?:stop|skip|taper|restart|quit|drive|swim|resume|double|take)\b|\byou\s+can\s+(?:stop|quit|taper|skip|restart)\s+(?:it|them|the\s+(?:${DRUGS}|${MED_WORDS})|taking)\b|\bis\s+all\s+(?:you|she|he|they)\s+needs?\b|\bworks\s+every\s+time\b|\busually\s+(?:fixes|clears|opens|calms)\b|\b(?:dose|doses|once\s+every\s+\w+\s+\w+|a\s+week|a\s+month)\s+is\s+(?:plenty|enough)\b|\bi\s+wouldn['’]t\s+bother\b|\bi['’]d\s+give\s+it\s+a\s+try\b|\b(?:will|['’]ll)\s+(?:knock\s+it\s+out|clear\s+it\s+(?:up|out)|calm\s+(?:it|things)?\s*down|settle\s+(?:it\s+)?down)\b|\b(?:it['’]ll|it\s+will|it\s+should|should)\s+(?:go\s+away|improve\s+within|heal\s+fine|bring\s+it\s+(?:down|under)|clear\s+(?:up\s+)?in\s+a)\b|\band\s+it['’]ll\s+(?:stop|pass|go\s+away)\b|\b(?:won['’]t|will\s+not)\s+hurt\b(?!\s+to\b)|\b(?:it['’]s|that['’]s|it\s+is|that\s+is)\s+(?:probably|almost\s+always|most\s+likely)\s+(?!best\b|a\s+question\b|worth\b|something\b|a\s+good\s+idea\b)|\bprobably\s+just\s+(?:how|from|in|a|an|the|your)\b|\byou\s+can\s+take\s+(?:up\s+to|\d|an?\s+extra)\b`,
      'i',
    ),
    message: 'Tells this person a medicine, dose or step is safe or enough for them — individual medical advice.',
  },
];
