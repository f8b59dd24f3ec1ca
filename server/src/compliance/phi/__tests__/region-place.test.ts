import { phiTexts } from './helpers/phi-texts';

const places = (text: string) => phiTexts(text, 'location');
const names = (text: string) => phiTexts(text, 'name');

describe('regions smaller than a state', () => {
  it('finds a region named with a place word after a cue, in any letter case', () => {
    expect(places('SON DROVE UP OVERNIGHT FROM THE WESTERN SHORE. PT RESTING.')).toContain('WESTERN SHORE');
    expect(places('My aunt lives on the Gulf Coast and starts chemo next week.')).toContain('Gulf Coast');
    expect(places('Son came up from Anne Arundel County overnight, resp even.')).toContain('Anne Arundel County');
    expect(places('family visiting from the northern valley today. pt calm.')).toContain('northern valley');
  });

  it('needs the cue: news about a region names no one', () => {
    expect(places('Hurricane season: storm heads for Gulf Coast')).toEqual([]);
    expect(names('Hurricane season: storm heads for Gulf Coast')).toEqual([]);
  });

  it('leaves states, possessives, large areas and a person named like a place alone', () => {
    expect(places('Tourism grows in Rhode Island every summer.')).toEqual([]);
    expect(places('Tension rises on the Korean Peninsula.')).toEqual([]);
    expect(places('Holidays in Australia\'s Sunshine Coast are popular.')).toEqual([]);
    expect(names('She spoke to Mary Shore about her diagnosis.')).toContain('Mary Shore');
    expect(places('She spoke to Mary Shore about her diagnosis.')).toEqual([]);
  });

  it('does not take an ordinary word in shouted notes for a region name', () => {
    expect(places('PT WENT TO THE BIG ISLAND OF CARE TODAY.')).toEqual([]);
  });
});

describe('a one-word name in a list with a country or a continent', () => {
  it('is a place', () => {
    expect(names('Hepatitis B is more common in people born in parts of Asia and Africa, and many feel fine.')).toEqual([]);
    expect(names('Our volunteers came from Kenya, Uganda and Jordan this year.')).toEqual([]);
  });

  it('leaves a person beside a country alone', () => {
    expect(names('Get well soon Asia! The whole unit misses you.')).toContain('Asia');
    expect(names('Maria Lopez flew in from Ghana for her surgery.')).toContain('Maria Lopez');
  });
});
