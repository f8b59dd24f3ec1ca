import { blockingRules as rules, checkPost as run, verdictOf as verdict } from './check-post';

// Session 11: leftovers named in earlier closing notes; the cases are new variants.

describe('names that end early or are no person', () => {
  it("a possessive ends a staff member's name (\"Dr. Marsh's ABCDE\")", () => {
    const text = "Dr. Helena Marsh's ABCDE rule for moles: Asymmetry, Border, Color, Diameter, Evolving.";
    expect(run(text).findings.filter((f) => f.category === 'phi')).toEqual([]);
    expect(verdict(text)).toBe('pass');
  });

  it('a patient’s name before a possessive still blocks', () => {
    expect(rules("Dr. Kessler's patient Ruth Amberly's MRI came back clear.")).toContain('phi.name.title');
  });

  it('a school team named with its mascot is no patient next to a health word', () => {
    expect(verdict('Best of luck to the Ashby Hornets at the playoff game — our athletic trainers will be courtside for concussion checks.', { options: { phiRiskModel: false } })).toBe('pass');
  });

  it('a person whose surname looks like a mascot still blocks', () => {
    expect(verdict('Congrats to Jake Eagles on beating his concussion!')).toBe('block');
  });
});

describe('a team cheered by its mascot alone', () => {
  it('"Go Hornets!" after "the Ashby Hornets" is no name', () => {
    const text = 'Good luck to the Ashby Hornets on Saturday! Our Sports Medicine team will be on the sidelines with free concussion checks. Go Hornets! 🐝';
    expect(run(text, { options: { phiRiskModel: false } }).findings.filter((f) => f.category === 'phi')).toEqual([]);
  });

  it('a person with that surname in another text still counts', () => {
    expect(rules('Go Hornets! Jake Hornets is back after his concussion.')).toContain('phi.name.given-name');
  });
});

describe('a building’s age', () => {
  it('"100 years young" when the next sentence says our pharmacy opened then', () => {
    expect(rules('100 years young 🎂 Our Elm Street pharmacy first opened in 1925 and still fills prescriptions every day.')).not.toContain('phi.age.over-89');
  });

  it('a person "95 years young" still blocks', () => {
    expect(rules('95 years young! Our patient Doris loves her garden.')).toContain('phi.age.over-89');
  });
});
