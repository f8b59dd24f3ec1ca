import fc from 'fast-check';
import { dotNeighbours, hashBeforeNumber, hexColon, linkHint } from '../mark-neighbours';

describe('dotNeighbours, hexColon and linkHint', () => {
  it('answer what the regexes they replace would', () => {
    const parts = fc.constantFrom('a', 'Z', 'g', 'F', '7', '.', ':', '::', '/', ' ', '-', 'é', '٣', '\n', 'www', 'wW', 'W', '1.2', 'ı', 'ſ', 'K');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 25 }), (list) => {
        const text = list.join('');
        expect(dotNeighbours(text)).toEqual({ domainDot: /[A-Za-z0-9]\.[A-Za-z]/.test(text), digitDotDigit: /\d\.\d/.test(text) });
        expect(hexColon(text)).toBe(/[0-9A-Fa-f]:[0-9A-Fa-f:]/.test(text));
        expect(linkHint(text)).toBe(/:\/\/|www\.|[a-z0-9-]\.[a-z]{2}/i.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('never rule out a record number after a hash that the record pattern finds', () => {
    const HASH_RECORD = /\b#\s*[:#]?\s*((?:[A-Z]{1,5}[- ]?)?\d[\dA-Z\-]{2,18})\b/i;
    const parts = fc.constantFrom('#', '# ', ':', 'acct', 'AB', 'abcdef', 'x', '-', ' ', '12', '3456', '_', 'é', '\n', '\u00a0');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), (list) => {
        const text = list.join('');
        if (HASH_RECORD.test(text)) expect(hashBeforeNumber(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(hashBeforeNumber('Room#12 and acct# AB-1234')).toBe(true);
    expect(hashBeforeNumber('#health #community 555-1234')).toBe(false);
  });

  it('look at the characters on both sides of each mark', () => {
    expect(dotNeighbours('see riverside.example or v2.5')).toEqual({ domainDot: true, digitDotDigit: true });
    expect(dotNeighbours('.x Dr. Lee. 3. 4 .5')).toEqual({ domainDot: false, digitDotDigit: false });
    expect(hexColon('fe80::1')).toBe(true);
    expect(hexColon('Note: at 10: 30, g:h')).toBe(false);
    expect(linkHint('WwW.x')).toBe(true);
    expect(linkHint('see https://x')).toBe(true);
    expect(linkHint('a.b Dr. Lee x.ſs')).toBe(false);
  });
});
