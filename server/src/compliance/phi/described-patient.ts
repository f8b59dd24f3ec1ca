import { execAll } from '../text/exec-all';
import type { PhiCandidate } from './phi-candidate';
import { CARE_CUE, type PhiScan } from './phi-scan';

const ROLE =
  'firefighter|nurse|teacher|player|quarterback|pitcher|goalie|student|athlete|farmer|officer|veteran|runner|cyclist|swimmer|golfer|hiker|skier|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|pastor|deacon|coach|mechanic|trucker|driver|chef|lawyer|engineer|soldier|marine|paramedic|cheerleader|dancer|carpenter|plumber|electrician|librarian|retiree';

/**
 * "a 48-year-old Westfield firefighter", "a teenage Eastgate hockey player": an age with a town describes
 * one person. In a post about someone's care that is enough to identify the patient, though neither the
 * age (under 90) nor the town names anyone on its own. ("a 15-year-old runner" alone is anyone.)
 */
const DESCRIBED = new RegExp(
  String.raw`\b(?:a|an|the|our)\s+(?:\d{1,3}[- ](?:year|month)[- ]old|teenage|teen)\s+(?:[A-Z][a-z]+\s+){1,2}(?:[a-z]+\s+){0,2}(?:${ROLE}|man|woman|boy|girl|kid)\b`,
  'g',
);

export function findDescribedPatients(scan: PhiScan): PhiCandidate[] {
  if (scan.kind !== 'post' || scan.clinical || !scan.hasDigit && !/\bteen/i.test(scan.text)) return [];
  if (!CARE_CUE.test(scan.text) && scan.healthTerms.length === 0) return [];
  return execAll(DESCRIBED, scan.text).map((m) => ({
    type: 'age',
    start: m.index,
    end: m.index + m[0].length,
    link: 'person',
    rule: 'phi.age.described-patient',
    why: 'An age with a town, in a story about someone’s care, identifies the patient',
  }));
}
