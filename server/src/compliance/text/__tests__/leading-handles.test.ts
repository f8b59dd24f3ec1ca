import { canonicalText } from '../canonical-text';
import { leadingHandles, leadingHandlesEnd } from '../leading-handles';

describe('leading handles', () => {
  it('finds the handles a text opens with, after any spaces, and where they end', () => {
    expect(leadingHandles('  @jmorales_82 @dana.r, Yes we do!')).toEqual([
      { handle: '@jmorales_82', start: 2 },
      { handle: '@dana.r', start: 15 },
    ]);
    expect(leadingHandlesEnd('@jmorales_82 Yes we do!')).toBe(13);
  });

  it('finds none in a text that mentions a handle later', () => {
    expect(leadingHandles('Thanks @jmorales_82 for the kind words!')).toEqual([]);
    expect(leadingHandlesEnd('Thanks @jmorales_82!')).toBe(0);
  });

  it('takes the invisible characters after them along', () => {
    expect(canonicalText('@RiversideFH \u200bday \u200b3 of this migraine', { leadingHandles: true })?.text).toBe('day 3 of this migraine');
  });

  it('lets canonicalText drop them, with offsets in the text as written', () => {
    const written = '@jmorales_82  So glad your visit went well!';
    const edited = canonicalText(written, { leadingHandles: true })!;
    expect(edited.text).toBe('So glad your visit went well!');
    const visit = edited.text.indexOf('your visit');
    expect(written.slice(edited.originalStart(visit), edited.originalEnd(visit + 10))).toBe('your visit');
    expect(canonicalText(written)?.text).toBe('@jmorales_82 So glad your visit went well!');
  });
});
