import fc from 'fast-check';
import { EMPTY_DIRECTORY, indexDirectory } from '../../directory/directory-index';
import { foreignStreetHint } from '../location-detector';
import { scanText } from '../phi-scan';

const SUFFIXES = ['strasse', 'straße', 'gasse', 'weg', 'vej', 'vegen', 'veien', 'gatan', 'gata', 'gade', 'tie', 'katu', 'kuja', 'laan', 'straat', 'plein', 'allee', 'ring', 'platz', 'utca', 'út', 'ulica', 'torget'];
const FOREIGN_WORDS = new Set('via viale vicolo piazza corso rua rue calle avenida av avenue ulica ul praça largo travessa camino paseo carrer plaza'.split(' '));

/** The token walk the regex replaced: a token ending in a suffix, only spaces, then a token starting with a digit. */
function tokenWalk(text: string): boolean {
  const scan = scanText(text, 'post', indexDirectory(EMPTY_DIRECTORY));
  if (scan.tokens.some((t) => FOREIGN_WORDS.has(t.lower))) return true;
  for (let k = 1; k < scan.tokens.length; k++) {
    const t = scan.tokens[k]!;
    const prev = scan.tokens[k - 1]!;
    if (t.raw.charCodeAt(0) >= 48 && t.raw.charCodeAt(0) <= 57 && SUFFIXES.some((s) => prev.raw.endsWith(s)) && /^\s+$/.test(text.slice(prev.end, t.start))) return true;
  }
  return false;
}

describe('foreignStreetHint', () => {
  it('sees a street-suffixed word before a house number, or a foreign street word', () => {
    const hint = (text: string) => foreignStreetHint(scanText(text, 'post', indexDirectory(EMPTY_DIRECTORY)));
    expect(hint('Augsburger Strasse 36')).toBe(false); // "Strasse" is capitalised: not the suffix
    expect(hint('Hauptstrasse 36')).toBe(true);
    expect(hint('Andrássy út 12')).toBe(true);
    expect(hint('Ring-Weg\t\n7b')).toBe(false);
    expect(hint('x-ring 7')).toBe(true);
    expect(hint('Rue du Centre')).toBe(true);
    expect(hint('ring, 7')).toBe(false);
  });

  it('agrees with the token walk for any text', () => {
    const pieces = fc.constantFrom('ring', 'weg', 'út', 'Strasse', 'straße', ' ', '\t', '\n', '\u00a0', '7', '12b', ',', "'", '-', 'x', 'rue', 'Via', 'a');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(foreignStreetHint(scanText(text, 'post', indexDirectory(EMPTY_DIRECTORY)))).toBe(tokenWalk(text));
    }), { numRuns: 3000 });
  });
});
