import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import type { DetectorContext } from '../../types';
import { detectPatientConfirmation } from '../patient-confirmation-detector';

const ctx = (text: string): DetectorContext => ({
  text,
  kind: 'reply',
  directory: { staff: [], departments: [] },
  options: DEFAULT_CHECK_OPTIONS,
});
const rules = (text: string): string[] => detectPatientConfirmation(ctx(text)).map((f) => f.rule);

describe('calling someone a (brave, great…) patient (issue #3)', () => {
  it.each([
    ['Aww, he was such a brave patient! 🦸'],
    ['She’s such a trooper, such a tough patient.'],
    ['They were our patients for years.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('confirmation.our-patient');
  });

  it.each([
    ['He is such a patient teacher with the kids.'],
    ['Thanks for being so patient with us!'],
    ['Such a patient advocate, our Daniel.'],
  ])('leaves the adjective alone: %s', (text) => {
    expect(rules(text)).not.toContain('confirmation.our-patient');
  });
});
