import { blockingRules, handWrittenBlockingRules, reply } from './check-post';

describe('session 79, before round 1: two defects session 78 left (a cheer for everyone, Spanish words that are English too)', () => {
  it('reads "rooting for … since day one" for a person, not for everyone', () => {
    expect(
      blockingRules('She has been rooting for Ellie since day one. So proud!', reply('Ellie walked out of rehab today!'))
    ).toContain('confirmation.part-of-their-recovery');
    expect(
      handWrittenBlockingRules("We've been rooting for everyone since day one! See you at the 5K.", reply('Go team Riverside!'))
    ).toEqual([]);
  });

  it('reads "pie" and "rota" as a foot and broken only in Spanish', () => {
    expect(
      blockingRules(
        'Para revisar el pie roto de su hijo, llame a Ortopedia al (555) 300-1000.',
        reply('Mi hijo se rompió el pie jugando fútbol')
      )
    ).toContain('phi.diagnosis.restated-complaint');
    expect(
      handWrittenBlockingRules(
        'Our hand clinic rota is full this week, so please call (555) 300-1000 to get on the list.',
        reply('I broke my hand at work, can someone see me?')
      )
    ).toEqual([]);
  });
});
