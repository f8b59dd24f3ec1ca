import { flagBucket } from '../../hashed-model/hashed-features';
import { phiRiskFeatures } from '../phi-risk-features';

const ROOM_CUE = flagBucket('phi:room');

describe('phi-risk features: the room cue', () => {
  it('is a room, bed or unit where someone is cared for', () => {
    expect(phiRiskFeatures('Our diabetes patient in Room 2 went home Thursday.', 'post')).toContain(ROOM_CUE);
    expect(phiRiskFeatures('The twins in bed 4 of the NICU are thriving.', 'post')).toContain(ROOM_CUE);
  });

  it('is not a meeting room that hosts a class', () => {
    expect(phiRiskFeatures('Join our free diabetes class Thursday at 6pm in Conference Room 2.', 'post')).not.toContain(ROOM_CUE);
    // No room cue and nobody in it: the sentence is not scored at all.
    expect(phiRiskFeatures('Our asthma support group meets in Community Room 3 on Mondays.', 'post') ?? []).not.toContain(ROOM_CUE);
  });
});

describe('phi-risk features: who and what a sentence is about', () => {
  const AGE_CUE = flagBucket('phi:age');

  it('reads an age written as shorthand', () => {
    for (const sentence of ['Reduced a dislocated shoulder on a 19 yo from the rugby team.', 'Teaching case: 58 yo F with recurrent pericarditis.', 'The 19 y/o freshman with sepsis is stable now.']) {
      expect(phiRiskFeatures(sentence, 'post')).toContain(AGE_CUE);
    }
    expect(phiRiskFeatures('Our 5K starts at 8 and the yoga class at 10 yoga mats provided, pain-free stretching.', 'post') ?? []).not.toContain(AGE_CUE);
  });

  it('scores a sentence about a finger, a foot or the lungs of someone, and about "the little guy"', () => {
    expect(phiRiskFeatures('My son has a fishhook stuck in his finger.', 'post')).toBeDefined();
    expect(phiRiskFeatures('Her lungs sounded clear at the follow-up.', 'post')).toBeDefined();
    expect(phiRiskFeatures('Remember the little guy who swallowed a magnet at the fair?', 'post')).toBeDefined();
    // Still nobody in it: not scored.
    expect(phiRiskFeatures('Lungs work hardest in cold air, so warm up indoors first.', 'post')).toBeUndefined();
  });
});
