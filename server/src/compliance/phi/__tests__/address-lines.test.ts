import { check } from '../../engine';
import type { Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';
import { phiTexts } from './helpers/phi-texts';

function phi(text: string): Finding[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY }).findings.filter((f) => f.category === 'phi');
}
const texts = (fs: Finding[], type: string) => fs.filter((f) => f.type === type).map((f) => f.text);

describe('street address lines', () => {
  it.each([
    ['Please post it to 318 5521 Harbour Street, Wellington', '318 5521 Harbour Street, Wellington'],
    ['Ship the brace to 12 4406 Linden Avenue by Friday', '12 4406 Linden Avenue'],
  ])('takes two leading numbers before a street name for a house number, not a phone number: %s', (text, address) => {
    const fs = phi(text);
    expect(texts(fs, 'address')).toEqual([address]);
    expect(texts(fs, 'phone')).toEqual([]);
  });

  it('still finds a phone number that is followed by ordinary words', () => {
    expect(texts(phi('Text 555 7012 Monday to book.'), 'phone')).toEqual(['555 7012']);
  });

  it('keeps everyday capitalised words that name a street and a compass point after it', () => {
    expect(texts(phi('Her new place is 40 Point Lonsdale Road\nSuite 12\nGeelong\nAustralia 3225'), 'address')).toEqual([
      '40 Point Lonsdale Road\nSuite 12\nGeelong\nAustralia 3225',
    ]);
    expect(texts(phi('Send the forms to 77 Kings Street West, Hamilton'), 'address')).toEqual(['77 Kings Street West, Hamilton']);
  });

  it('follows an address on with town and country lines that start with place words', () => {
    expect(texts(phi('Address: 9 Otter Close\nApt. 3\nNew Plymouth\nNew Zealand 4310'), 'address')).toEqual([
      '9 Otter Close\nApt. 3\nNew Plymouth\nNew Zealand 4310',
    ]);
  });

  it('stops a space-separated address at the sentence that follows it', () => {
    expect(texts(phi('The parcel went to 18 Vale Road Suite 4 TAMWORTH England last week.'), 'address')).toEqual([
      '18 Vale Road Suite 4 TAMWORTH England',
    ]);
  });

  it('extends a continental street line ("Lindenweg 14") over its town and country', () => {
    expect(texts(phi('My address is Lindenweg 14, 3012 Bern, Switzerland'), 'address')).toEqual(['Lindenweg 14, 3012 Bern, Switzerland']);
  });

  it('reads a suite inside an address as part of it, not as a hospital room', () => {
    const fs = phi('Please mail the card to 23 Ferngrove Lane Suite 9 Dunedin, it was lost.');
    expect(texts(fs, 'address')).toEqual(['23 Ferngrove Lane Suite 9 Dunedin']);
    expect(texts(fs, 'location')).toEqual([]);
  });

  it('does not start a street at the number of an apartment line', () => {
    const fs = phi('14 Rue Pasteur\nApt. 5\nLyon');
    expect(fs.some((f) => f.text.startsWith('5'))).toBe(false);
  });

  it('finds a post office box with the lines after it', () => {
    expect(texts(phi('Write to P.O. Box 412, Gisborne, New Zealand'), 'address')).toEqual(['P.O. Box 412, Gisborne, New Zealand']);
  });

  it('finds military addresses written in lower case', () => {
    expect(texts(phi('send it to psc 2231, box 7781\napo ae 09012 please'), 'address')).toEqual(['psc 2231, box 7781\napo ae 09012']);
    expect(texts(phi('ship to usns comfort\nfpo aa 34090'), 'address')).toEqual(['usns comfort\nfpo aa 34090']);
  });

  it('leaves numbered lists and counts alone', () => {
    expect(phi('Top 5 Ways to Sleep Better, tip 3: Keep a Routine')).toEqual([]);
    expect(texts(phi('We opened 3 New Clinics this year, in 2 Cities.'), 'address')).toEqual([]);
  });
});

describe('foreign street words and English words that end like them', () => {
  const addresses = (text: string) => phiTexts(text, 'address');

  it('finds a street ending in -ring or -weg but not an English -ing word before a number', () => {
    expect(addresses('Sie wohnt am Opernring 2 in Wien.')).toEqual(['Opernring 2']);
    expect(addresses('Wearing 40% face tent, sats high 90s.')).toEqual([]);
    expect(addresses('During 1984 the firm grew quickly.')).toEqual([]);
  });
});
