import { phiTexts } from './helpers/phi-texts';

const places = (text: string) => phiTexts(text, 'location');

describe('places anchored by a US state', () => {
  it('finds the town before a state code or a state name', () => {
    expect(places('Daughter lives in Salem, MA.')).toContain('Salem');
    expect(places('Son flew in from Lowell, Massachusetts, last night.')).toContain('Lowell');
    expect(places('Old records came from Dunmore, PA 18512 this week.')).toContain('Dunmore');
    expect(places('OLD RECORDS FROM CRESTON, MD. FAMILY AT BEDSIDE.')).toContain('CRESTON');
    expect(places('pt lives in dunmore pennsylvania with his wife. resp: ls clear.')).toContain('dunmore');
    expect(places('Sister visiting from Ocean Grove, NJ this weekend.')).toContain('Ocean Grove');
  });

  it('finds a university hospital named for its state', () => {
    expect(places('insulin drip per U Iowa scale, fs q1h.')).toContain('U Iowa');
    expect(places('Pt transferred from the University of Vermont last night.')).toContain('University of Vermont');
  });

  it('does not flag a state on its own', () => {
    expect(places('Flu cases are rising across Maryland, Virginia and Ohio this winter.')).toEqual([]);
  });

  it('reads credentials, charting and prepositions that look like state codes as what they are', () => {
    expect(places('Reviewed by Jane Smith, MD today.')).toEqual([]);
    expect(places('Note from John Smith, MD.')).toEqual([]);
    expect(places('GIVEN ADRIAMYCIN, IN THE PAST. HR 80S.')).toEqual([]);
    expect(places('PT HAS PAIN, OR TEAM AWARE.')).toEqual([]);
    expect(places('Thanks, MD team, for the update.')).toEqual([]);
  });

  it('does not take a person for a town before a state that is also a given name', () => {
    expect(places('Mary Virginia called for an update.')).toEqual([]);
  });
});
