import { anyBlock as blocked, phiFindings as phi } from './helpers/phi-findings';

describe('an age with a town describes the patient of a care story', () => {
  it('blocks "a 39-year-old Eastgate mother" who came to our ER', () => {
    const fs = phi('This week a 39-year-old Eastgate mother of three came to our ER with sudden weakness.');
    expect(fs.find((f) => f.rule === 'phi.age.described-patient')?.text).toBe('a 39-year-old Eastgate mother');
    expect(blocked(fs)).toBe(true);
  });

  it('blocks "a teenage Westfield hockey player" who needed stitches', () => {
    expect(blocked(phi('Our Urgent Care saw a teenage Westfield hockey player Friday night who needed 12 stitches.'))).toBe(true);
  });

  it('blocks an age and an occupation on the day they came in', () => {
    expect(blocked(phi('A 45-year-old nurse collapsed at work and our cardiac team restarted her heart.'))).toBe(true);
  });

  it('passes an age and an occupation alone, and an age with a town outside a care story', () => {
    expect(blocked(phi('Our new teen athlete program helps a 15-year-old runner avoid injury.'))).toBe(false);
    expect(blocked(phi('Congrats to a 16-year-old Westfield student who won the county science fair!'))).toBe(false);
  });
});

describe('a town with who someone is, in a sentence about their care', () => {
  it('a hyphenated description ("a Millbrook middle-school science teacher")', () => {
    const fs = phi('Nine days ago, a Millbrook middle-school science teacher with type 1 diabetes started on our automated insulin pump.');
    expect(fs.find((f) => f.rule === 'phi.location.described-patient')?.text).toBe('a Millbrook middle-school science teacher');
  });

  it('"came to us", "came to Dr. …" is care here', () => {
    expect(blocked(phi('A retired Westfield bus driver who came to us after losing his wife now leads our grief group.'))).toBe(true);
    expect(blocked(phi('A Westfield kindergarten teacher came to Dr. Marsh last winter with an A1C of 11, and today she is at 6.5.'))).toBe(true);
  });

  it('a hyphenated description outside a care story stays clean', () => {
    expect(blocked(phi('Congrats to a Millbrook middle-school science teacher who won the state teaching award!'))).toBe(false);
  });
});
