import { blockingRules, verdictOf } from '../../__tests__/check-post';

describe('"Dr" after a house number, and a given name whose story is told', () => {
  it('"45 Riverside Dr." is a street, not a doctor', () => {
    expect(verdictOf('Grief support group, Wednesdays at 6pm, Room 3C @ 45 Riverside Dr. Drop-ins welcome 🕯️')).toBe('pass');
    expect(blockingRules('Thanks to Dr. Drummond, who saw our patient in Room 3C.')).toContain('phi.name.title');
  });

  it('a possessive given name before "story" names a patient, even a name that is a word too', () => {
    expect(blockingRules("Lily's story: two years of chemo and she rang the bell today")).toContain('phi.name.given-name');
  });
});
