import type { QuestionCategory } from '../constants';

/** First match wins, so the order puts the most specific categories first. */
const RULES: ReadonlyArray<{ category: QuestionCategory; pattern: RegExp }> = [
  {
    category: 'test-results',
    pattern:
      /\b(test results?|lab results?|results? (?:back|came)|blood ?work|biopsy|x-?ray results?|mri results?|scan results?)\b/i,
  },
  { category: 'prescriptions', pattern: /\b(prescriptions?|refills?|pharmacy|medications?|meds|rx)\b/i },
  {
    category: 'billing',
    pattern: /\b(bill(?:ed|ing)?|invoice|charged?|overcharged|insurance|co-?pay|payment|refund|statement|cost)\b/i,
  },
  {
    category: 'appointments',
    pattern:
      /\b(appointments?|book(?:ing)?|schedul(?:e|ed|ing)|reschedul(?:e|ing)|cancel(?:l?ed)?|availability|opening hours|walk-?in|wait(?:ing)? list)\b/i,
  },
  {
    category: 'complaints',
    pattern:
      /\b(rude|complain(?:t|ing)?|terrible|awful|horrible|worst|unprofessional|waited|ignored|disappointed|never again)\b/i,
  },
];

export function questionCategoryOf(text: string): QuestionCategory {
  return RULES.find((rule) => rule.pattern.test(text))?.category ?? 'general';
}
