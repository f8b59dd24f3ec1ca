import { phiTexts } from './helpers/phi-texts';

const places = (text: string) => phiTexts(text, 'location');
const names = (text: string) => phiTexts(text, 'name');

describe('capitalised places after a preposition in a mixed-case note', () => {
  it('finds two or three capitalised words after at, from, in or to, even ordinary words', () => {
    expect(places('Pt had CABG x3 at Good Hope in 2001. HR 80s, BP stable, resp even, abd soft.')).toContain('Good Hope');
    expect(places('Pt came from Spring Meadow Lodge, HR 80s, BP stable, resp even, abd soft, neuro intact.')).toContain('Spring Meadow Lodge');
  });

  it('leaves settings, departments, headings and people alone', () => {
    expect(places('Weaned from FMV this AM to Cool Neb, resp even. HR 80s, BP stable, abd soft.')).toEqual([]);
    expect(places('Pt to Interventional Radiology for PICC. HR 80s, BP stable, resp even, abd soft.')).toEqual([]);
    expect(places('Pt sent to CT at 1400. HR 80s, BP stable, resp even, abd soft, neuro intact.')).toEqual([]);
    expect(places('Spoke to Rosa Diaz re plan. HR 80s, BP stable, resp even, abd soft.')).toEqual([]);
    expect(names('Spoke to Rosa Diaz re plan. HR 80s, BP stable, resp even, abd soft.')).toContain('Rosa Diaz');
  });

  it('only reads notes this way: a social post capitalises titles and names of things', () => {
    expect(places('We are proud to host a reading from Little Women tonight at the library!')).toEqual([]);
  });
});
