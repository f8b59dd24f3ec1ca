import { checkPost } from './check-post';

// Session 42: causes found in the nursing-note dev set (tuned on odd patient ids) and in the study probe sets (scored blind first); the cases are new variants.

const phiTexts = (text: string): string[] => checkPost(text).findings.filter((f) => f.category === 'phi').map((f) => f.text);

describe('a doctor named in a note written in capitals', () => {
  it('after a number earlier in the sentence ("TO 50 BY DR …" is not a house number and a street)', () => {
    expect(phiTexts('HR DROPPED TO 48 PER DR OKONKWO, PACER CHECKED.')).toContain('DR OKONKWO');
    expect(phiTexts('SBP UP TO 160 WITH DR HALVERSEN AT BEDSIDE.')).toContain('DR HALVERSEN');
  });

  it('but a house number and a street name before "Dr" still make it Drive', () => {
    expect(phiTexts('Our new clinic at 45 Riverside Dr. opens Monday.')).not.toContain('Dr. opens');
    expect(checkPost('Our new clinic at 45 Riverside Dr. opens Monday.').findings.filter((f) => f.rule.startsWith('phi.name'))).toEqual([]);
  });
});
