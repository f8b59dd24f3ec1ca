import fc from 'fast-check';
import { emailMatches } from '../email-matches';
import { execAll } from '../exec-all';

const EMAIL = /[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/g;
const spans = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0]]);

describe('emailMatches', () => {
  it('finds the addresses, local part included', () => {
    expect(spans(emailMatches('Write to hello@riverside.example or j.doe+x@mail.co.uk, not @home or a@b.'))).toEqual([
      [9, 'hello@riverside.example'],
      [36, 'j.doe+x@mail.co.uk'],
    ]);
  });

  it('gives the same matches as a global scan with the e-mail regex', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      '.',
      '_',
      '%',
      '+',
      '-',
      '@',
      '@@',
      ' ',
      'x.com',
      'co',
      'é',
      '\n',
      ',',
      'hello@riverside.example'
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(spans(emailMatches(text))).toEqual(spans(execAll(EMAIL, text)));
      }),
      { numRuns: 2000 }
    );
  });
});
