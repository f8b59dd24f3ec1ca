import { phiTexts } from './helpers/phi-texts';

const names = (text: string) => phiTexts(text, 'name');

describe('a name right before a phone label and number', () => {
  it('finds two unlisted capitalised words before "cell#", "home:" or "phone"', () => {
    expect(names('Pt resp even, abd soft, HR 80s. Orsolya Kestrane cell# 410-555-0187 wants calls after 9.')).toContain('Orsolya Kestrane');
    expect(names('Pt resp even, abd soft, HR 80s. Proxy is Tamsin Vrell home: (410) 555-0134, pt aware.')).toContain('Tamsin Vrell');
  });

  it('needs a note, the number right after the label, two name-like words and mixed case', () => {
    expect(names('Front Desk phone 410-555-0199 for appointments.')).toEqual([]);
    expect(names('Pt resp even, abd soft, HR 80s. Case Management cell 410-555-0199 for placement.')).toEqual([]);
    expect(names('Pt resp even, abd soft, HR 80s. Orsolya Kestrane cell phone broken, will call back.')).toEqual([]);
    expect(names('Pt resp even, abd soft, HR 80s. Family Meeting home 410-555-0187 tomorrow.')).toEqual([]);
    expect(names('CALL SON CELL# 410-555-0187 WITH ANY CHANGES.')).toEqual([]);
  });
});
