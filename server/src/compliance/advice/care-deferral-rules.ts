import type { AdviceRule } from './advice-rules';
import { DRUGS, MED_WORDS } from './advice-vocabulary';

/**
 * Reassurance and treatment wording found by probing with fresh replies (issue #3): telling one person
 * a trip, scan or visit isn't worth it, what their pain "responds best to", to "ease off" a medicine, or "half a tablet".
 */

// "the cholesterol pill", "your allergy meds": a medicine named by what it treats.
const MED_REF = `(?:the\\s+|your\\s+|that\\s+|this\\s+)?(?:[\\w-]+\\s+)?(?:${DRUGS}|${MED_WORDS})`;
export const CARE_DEFERRAL_RULES: readonly AdviceRule[] = [
  {
    id: 'advice.not-worth-a-visit',
    keyWords: ['worth', 'sleep', 'need', 'imaging', 'ray', 'rays', 'xray', 'xrays', 'scan', 'scans', 'mri', 'stitches', 'antibiotics'],
    type: 'discourages-care',
    pattern:
      /\b(?:not|isn['’]t|aren['’]t|never)\s+(?:really\s+|usually\s+|even\s+)?worth\s+(?:an?\s+|the\s+)?(?:er|urgent\s+care|doctor['’]?s?|clinic|hospital|emergency(?:\s+room)?)?\s*(?:trip|visit|call)\b|\bsleep\s+it\s+off\b|\bno\s+need\s+for\s+(?:an?\s+|any\s+)?(?:imaging|x-?rays?|scans?|mri|stitches|antibiotics?)\b|\bno\s+(?:imaging|x-?rays?|scans?|mri|stitches|antibiotics?)\s+(?:needed|necessary|required)\b/i,
    message: 'Tells this person a visit, scan or treatment is not needed, which may keep them from getting care.',
  },
  {
    id: 'advice.responds-best-to',
    keyWords: ['responds', 'respond', 'responding'],
    type: 'treatment',
    pattern: /\b(?:responds?|responding)\s+(?:best|well|better|nicely)\s+to\b/i,
    message: 'Says what this person\'s symptoms respond to — that is individual treatment advice.',
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
    pattern: new RegExp(`\\b(?:half|a\\s+quarter)\\s+(?:of\\s+)?(?:a|an|one)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${DRUGS}\\s+)?(?:tablets?|pills?|capsules?|chewables?|gummies|gummy)\\b`, 'i'),
    message: 'Gives one person a dose ("half a tablet"). Dosing has to come from their own clinician.',
  },
];
