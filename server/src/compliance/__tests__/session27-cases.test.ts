import { blockingRules, handWrittenBlockingRules as handRules } from './check-post';

// Session 27: causes found on fresh blind sets (probe196–197) once they were read; the cases are new variants, not their items.

describe('a named coach, volunteer or partner whose own care the post tells', () => {
  it('a public role does not hide a procedure done to its holder', () => {
    expect(handRules('Principal Ortega finally got her shoulder repaired on Tuesday, and she is already back at drop-off!')).not.toEqual([]);
    expect(handRules('Happy two-year transplant anniversary to Captain Lena Brooks of the Millbrook fire crew!')).not.toEqual([]);
    expect(handRules('Coach Tanya Whitlock brought the whole team in for sports physicals this week.')).toEqual([]);
  });

  it('one of our people who beat an illness with our team was our patient', () => {
    expect(handRules('Congratulations to our volunteer Marv, who survived leukemia with the help of our oncology nurses!')).not.toEqual([]);
    expect(handRules('Our volunteer Marv has helped 300 families at the front desk since 2019.')).toEqual([]);
  });
});

describe('clean posts the rules no longer block', () => {
  it('an animal introduced after an emoji is no person', () => {
    expect(handRules('Say hi to Maple 🐾 our new therapy dog! Starting Monday, Maple will visit the Infusion Center waiting room.')).toEqual([]);
  });

  it('a day on which we counted neighbours, guests or participants is a statistic', () => {
    expect(handRules('Last Saturday our nurses screened 148 neighbors for skin cancer at the farmers market and referred 12 for a follow-up visit.')).toEqual([]);
    expect(handRules('Last Sunday our nurses checked Ana for high blood pressure and referred her for a follow-up visit.')).not.toEqual([]);
  });

  it('a mall, plaza or arena named before its kind is a venue', () => {
    expect(handRules('Free skin checks at the Eastfield Mall food court Saturday, 10–2. No appointment needed.')).toEqual([]);
    expect(blockingRules('Our mobile mammography van parks at the Brookside Plaza lot on Friday, 9–4.')).toEqual([]);
  });

  it('a host thanked "of" their congregation for opening "your" doors is a partner', () => {
    expect(handRules('Thank you, Reverend Paula Greer of Grace Chapel, for opening your doors to our blood pressure screening since March.')).toEqual([]);
  });
});
