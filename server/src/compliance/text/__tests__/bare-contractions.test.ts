import { canonicalText } from '../canonical-text';

const read = (text: string) => canonicalText(text)?.text ?? text;

describe('contractions typed without their apostrophe', () => {
  it.each([
    ['youre all set, dont worry', "you're all set, don't worry"],
    ['Shes home and theyre thrilled', "She's home and they're thrilled"],
    ['DONT WAIT, YOURE AT RISK', "DON'T WAIT, YOU'RE AT RISK"],
    ['Well pass your note along!', "We'll pass your note along!"],
    ['Were so sorry. Were you seen?', "We're so sorry. Were you seen?"],
    ['if it were me, id book one now', "if it were me, I'd book one now"],
    ['Its a great one, and its effects are mild', "It's a great one, and its effects are mild"],
    ['Dr. Bello joins the panel. Shell share her research', "Dr. Bello joins the panel. She'll share her research"],
  ])('%j reads %j', (typed, expected) => {
    expect(read(typed)).toBe(expected);
  });

  it.each([
    ['a word that needs no apostrophe', 'Get well soon! We were all there.'],
    ['an abbreviation in capitals', 'HES infusing at 50 ml/h, pt tolerating'],
    ['"im" for intramuscular in a note', 'ativan 1mg im given at 0200'],
    ['"ill" as an adjective', 'Care for ill patients at home'],
  ])('leaves %s as typed', (_name, text) => {
    expect(read(text)).toBe(text);
  });

  it('maps offsets back past the apostrophe it put in', () => {
    const typed = 'youre on the list, Maria';
    const edited = canonicalText(typed)!;
    const maria = edited.text.indexOf('Maria');
    expect(typed.slice(edited.originalStart(maria), edited.originalEnd(maria + 5))).toBe('Maria');
  });
});
