import { phiTexts } from './helpers/phi-texts';

const ages = (text: string) => phiTexts(text, 'age');

/** findAges skips its six scans on texts without an age word or an age-shaped number; each form below must still get through. */
describe('ages in every written form the age patterns know', () => {
  it('are found after the cheap gate', () => {
    expect(ages('Our 102-year-old patient Rosa Diaz went home today.')).toEqual(['102']);
    expect(ages('Patient Rosa Diaz, 97yo, went home today.')).toEqual(['97']);
    expect(ages('Patient Rosa Diaz, 97 YO, went home today.')).toEqual(['97']);
    expect(ages('Patient Rosa Diaz (97 y/o) went home today.')).toEqual(['97']);
    expect(ages('Patient Rosa Diaz, 97 yr old, went home today.')).toEqual(['97']);
    expect(ages('Patient Rosa Diaz, aged 97, went home today.')).toEqual(['97']);
    expect(ages('At 95, patient Rosa Diaz walked out on her own.')).toEqual(['95']);
    expect(ages('Patient Rosa Diaz celebrated her 100th birthday with us.')).toEqual(['100']);
    expect(ages('Patient Rosa Diaz is 93 years young and heads home today.')).toEqual(['93']);
  });
});
