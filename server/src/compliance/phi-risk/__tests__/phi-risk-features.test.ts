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
