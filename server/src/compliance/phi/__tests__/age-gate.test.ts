import { check } from '../../engine';
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

describe('"turned 91"', () => {
  it('is an age when a person turned it', () => {
    expect(ages('The gentleman in room 412 turned 91 yesterday!')).toEqual(['91']);
    expect(ages('Grandma turns 95 next week and she is still walking every day.')).toEqual(['95']);
  });

  it('is not an age when the clinic or a programme turned it', () => {
    expect(ages('Riverside turns 100 this year! Join the celebration.')).toEqual([]);
    expect(ages('Our flu line turned 90 percent busier this week.')).toEqual([]);
  });
});

describe('a room next to a person', () => {
  it('blocks', () => {
    const room = check({ text: 'Our nurses threw a party for the gentleman in room 412.', kind: 'post' }).findings.find((f) => f.type === 'location');
    expect(room?.severity).toBe('block');
  });
});
