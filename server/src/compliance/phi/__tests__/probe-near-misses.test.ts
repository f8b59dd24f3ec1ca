import { check } from '../../engine';
import type { CheckInput, Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

function phi(text: string, extra: Partial<CheckInput> = {}): Finding[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY, ...extra }).findings.filter((f) => f.category === 'phi');
}
const blocked = (fs: Finding[]) => fs.some((f) => f.severity === 'block');

describe('PHI cases from the probe set (issue #3)', () => {
  it('does not read "Patient Relations" as a patient cue next to a greeted first name', () => {
    expect(blocked(phi('Hi Marisol! Please call Patient Relations and they will sort it out.', { kind: 'reply', context: 'On hold forever' }))).toBe(false);
    // A care word said of anyone does not tie the greeted name either (dataset README: "A first-name greeting with no health detail is fine").
    expect(blocked(phi('Hi Marisol! Our patient line will call you back.', { kind: 'reply', context: 'On hold forever' }))).toBe(false);
    expect(blocked(phi('Hi Marisol! Your biopsy results are in.', { kind: 'reply', context: 'On hold forever' }))).toBe(true);
  });

  it('does not read an age bound of a policy as someone’s age', () => {
    expect(blocked(phi('Hi Nora! Pediatrics sees kids from newborns through age 18.', { kind: 'reply' }))).toBe(false);
    expect(blocked(phi('Congrats to Nora, age 18, on finishing her chemo!'))).toBe(true);
  });

  it('does not read "flu shot" as the commenter’s flu', () => {
    expect(blocked(phi('The CDC recommends a yearly flu vaccine for almost everyone.', { kind: 'reply', context: 'Should I get a flu shot?' }))).toBe(false);
    expect(blocked(phi('Hope the flu lets up soon!', { kind: 'reply', context: 'I have the flu again' }))).toBe(true);
  });

  it('reads sympathy for a condition as about the person addressed', () => {
    expect(blocked(phi('Sorry to hear about the migraines 😔 Our nurse line can help.', { kind: 'reply', context: 'Third bad day this week' }))).toBe(true);
    expect(blocked(phi('Migraines are more common in women. Our nurse line can help.', { kind: 'reply', context: 'Any facts on headaches?' }))).toBe(false);
  });

  it('treats sobriety as a health detail and a NICU stay as a patient cue', () => {
    expect(blocked(phi('Congrats on 6 months sober, Ty! 🎉', { kind: 'reply', context: '6 months sober today!' }))).toBe(true);
    expect(blocked(phi('Congrats to our NICU graduate, baby Mateo! 👶'))).toBe(true);
    expect(blocked(phi('Congrats to our new neighbour, the bakery on Main! 🥐'))).toBe(false);
  });
});
