import { blockingRules, handWrittenBlockingRules as handRules, reply } from './check-post';

// Session 45: causes found in the study probe sets (scored blind first); the cases are new variants.

// probe508, probe510, probe511 and probe513 (studied).
describe('a jail clinic, pumps, bones and music', () => {
  it('our team has seen the relative the comment asks after', () => {
    expect(handRules('Thanks for reaching out. Our medical team has already seen her and she is on the list for a follow-up.', reply('My sister has been in the county jail a week with chest pain.'))).toContain(
      'confirmation.cared-for-them',
    );
  });

  it('a named person some days without a severe low, or since a pump start', () => {
    expect(handRules('Shout-out to Priya K. on 60 days without a severe low!')).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]));
    expect(handRules('Congrats to Marcus T., one month since his pump start!')).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]));
  });

  it('"I\'d go with" one of the treatments the comment asks about', () => {
    expect(handRules("Honestly I'd go with the infusion, one and done for the year.", reply('Should I do the yearly infusion or the shots for my osteoporosis?'))).toContain('advice.hedged');
  });

  it('a member or volunteer who turned an age over 89', () => {
    expect(handRules('Our walking club\'s longest-serving member turned 93 on Friday!')).toContain('phi.age.over-89');
    expect(blockingRules('Our clinic turned 90 this year and we are celebrating all month!')).not.toContain('phi.age.over-89');
  });

  it('a named person at a memory care programme', () => {
    expect(handRules("Thank you, Mrs. Delacroix, for leading today's memory care sing-along!")).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name\./)]));
  });

  it("a clinician's school in a post that introduces them, a clinician who dropped by a programme", () => {
    expect(blockingRules('Meet Dr. Aisha Bello! She grew up here and played soccer at Shelbyville High before medical school.')).not.toContain('phi.location.school');
    expect(blockingRules('Dr. Hannah Brooks stopped by the NICU reading hour this morning and read two stories.')).not.toContain('phi.date.relative-care');
  });
});
