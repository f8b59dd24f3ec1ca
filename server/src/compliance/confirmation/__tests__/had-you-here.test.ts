import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import type { DetectorContext } from '../../types';
import { detectPatientConfirmation } from '../patient-confirmation-detector';

const ctx = (text: string, context?: string): DetectorContext => ({
  text,
  kind: 'reply',
  context,
  directory: { staff: [], departments: [] },
  options: DEFAULT_CHECK_OPTIONS,
});
const rules = (text: string, context?: string): string[] => detectPatientConfirmation(ctx(text, context)).map((f) => f.rule);

describe('confirmation.had-you-here (probe set, issue #3)', () => {
  it.each([
    'Our nurses say you were a joy to have on the unit! Get well soon 💐',
    'She was such a trooper to care for, please tell her we said hi!',
    'We loved having him on the floor last month.',
  ])('blocks: %s', (text) => {
    expect(rules(text)).toContain('confirmation.had-you-here');
  });

  it.each([
    'Our volunteers are a joy to work with, thank you for the kind words!',
    'We’d love to have you on our team — openings are at riversidefamilyhealth.example/careers.',
    'Pet-therapy day is a treat for everyone in the lobby.',
  ])('leaves alone: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
