import { canonicalText } from '../canonical-text';

const read = (text: string) => canonicalText(text)?.text ?? text;

describe('a spaced ampersand', () => {
  it.each([
    ['Merry Christmas to you & yours!', 'Merry Christmas to you and yours!'],
    ['heat & hydration & sunscreen', 'heat and hydration and sunscreen'],
    ['peanut butter & a splash of oat milk', 'peanut butter and a splash of oat milk'],
    ['thyroid & A1c labs', 'thyroid and A1c labs'],
    ['DONT WAIT & DONT IGNORE IT', "DON'T WAIT AND DON'T IGNORE IT"],
    ['PTSD, TBI & MST: three acronyms every family should know.', 'PTSD, TBI and MST: three acronyms every family should know.'],
  ])('%j reads %j', (typed, expected) => {
    expect(read(typed)).toBe(expected);
  });

  it.each([
    ['between letters', 'Join our Q&A with the AT&T team'],
    ['as an HTML entity', 'Mom &amp; baby class'],
    ['at the end of the text', 'Salt & pepper &'],
    ['next to a single letter, as a nurse charts it', 'NEURO: MS A & O X3. I & O recorded.'],
    ['after initials with stops', 'witnessed by R.N., R.T. & resident'],
  ])('stays as typed %s', (_name, text) => {
    expect(read(text)).toBe(text.replace('Salt & pepper', 'Salt and pepper'));
  });

  it.each([
    ['no-break spaces', 'Mom\u00a0&\u00a0baby'],
    ['double spaces', 'Mom  &  baby'],
    ['zero-width spaces', 'Mom \u200b& \u200bbaby'],
  ])('reads it as "and" between %s too', (_name, typed) => {
    expect(read(typed)).toBe('Mom and baby');
  });

  it('maps a span over "and" back to the ampersand', () => {
    const typed = 'Maria & Jo';
    const edited = canonicalText(typed)!;
    const at = edited.text.indexOf('and');
    expect(typed.slice(edited.originalStart(at), edited.originalEnd(at + 3))).toBe('&');
    expect(edited.originalStart(edited.text.indexOf('Jo'))).toBe(typed.indexOf('Jo'));
  });
});
