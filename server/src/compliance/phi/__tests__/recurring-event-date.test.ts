import type { CheckInput } from '../../types';
import { anyBlock, phiFindings } from './helpers/phi-findings';

const blocksPhi = (text: string, extra: Partial<CheckInput> = {}): boolean => anyBlock(phiFindings(text, extra));

describe('weekdays of a recurring event are not a day of care', () => {
  it('passes tours and groups held on a weekday of every month or week', () => {
    expect(blocksPhi('Birth Center tours run the first Saturday of every month.', { kind: 'reply', context: 'Do you do tours?' })).toBe(false);
    expect(blocksPhi('Our support circle for new parents after a birth meets every Tuesday.')).toBe(false);
  });

  it('reads "PT" after a name as a credential, not a patient', () => {
    expect(blocksPhi('Owen Pritchard, PT, will lead a free running-form clinic at Riverside Park on Saturday, April 12 at 8am.')).toBe(false);
  });

  it('passes a count of patients and a reunion picnic on a weekday', () => {
    expect(blocksPhi('Our Urgent Care saw 310 patients on Saturday, a record. Thanks for your patience!')).toBe(false);
    expect(blocksPhi('Thank you to the families who joined our NICU reunion picnic on Saturday.')).toBe(false);
  });

  it('still blocks a weekday tied to someone’s care', () => {
    expect(blocksPhi('Baby Leo was born Saturday in our Birth Center!')).toBe(true);
  });
});
