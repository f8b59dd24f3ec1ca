import { check } from '../../engine';
import type { CheckInput } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

const blocksPhi = (text: string, extra: Partial<CheckInput> = {}): boolean =>
  check({ text, kind: 'post', directory: TEST_DIRECTORY, ...extra }).findings.some((f) => f.category === 'phi' && f.severity === 'block');

describe('weekdays of a recurring event are not a day of care', () => {
  it('passes tours and groups held on a weekday of every month or week', () => {
    expect(blocksPhi('Birth Center tours run the first Saturday of every month.', { kind: 'reply', context: 'Do you do tours?' })).toBe(false);
    expect(blocksPhi('Our support circle for new parents after a birth meets every Tuesday.')).toBe(false);
  });

  it('still blocks a weekday tied to someone’s care', () => {
    expect(blocksPhi('Baby Leo was born Saturday in our Birth Center!')).toBe(true);
  });
});
