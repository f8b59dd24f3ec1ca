import { check } from '../../engine';
import type { Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

function phones(text: string): string[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY })
    .findings.filter((f: Finding) => f.category === 'phi' && f.type === 'phone')
    .map((f) => f.text);
}

describe('national phone formats with a two-digit trunk prefix', () => {
  it.each([
    ['Call me on 01 42 68 53 00 after lunch', '01 42 68 53 00'],
    ['Mon portable: 06.12.34.56.78', '06.12.34.56.78'],
    ['Her office in Tokyo is 03-5321-1111.', '03-5321-1111'],
    ['Ring the ward, 02 9555 0123, any time', '02 9555 0123'],
  ])('finds %s', (text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it.each(['We met on 05 12 2020 at the fair', 'Scores of 0 5 10 15 in a row', 'Take 0.5 mg every 12 hours', 'Pairs written unevenly: 01 42 6 853 00'])(
    'leaves dates, counts and doses alone: %s',
    (text) => {
      expect(phones(text)).toEqual([]);
    },
  );

  it('reads pairs that are all twelve or less as a series, not a number, unless a phone cue comes first', () => {
    expect(phones('Readings at each check: 02 10 08 06 04 and steady after')).toEqual([]);
    expect(phones('Tel: 02 10 08 06 04')).toEqual(['02 10 08 06 04']);
    // One pair above twelve is enough for a number.
    expect(phones('Appelez le 02 10 08 06 44 demain')).toEqual(['02 10 08 06 44']);
  });
});

describe('an unlisted number on the organisation’s exchange', () => {
  const findings = (text: string) =>
    check({ text, kind: 'post', directory: TEST_DIRECTORY }).findings.filter((f) => f.category === 'phi' && f.type === 'phone');

  it('warns rather than blocks: it is most likely one of our own lines', () => {
    const fs = findings('Our pharmacy now delivers within 5 miles. Call (555) 300-1300 to set it up.');
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['phi.phone.unlisted-line', 'warn']]);
  });

  it('still blocks a number on another exchange', () => {
    expect(findings('Call Dana at (555) 318-2291 about her results.').map((f) => f.severity)).toEqual(['block']);
  });
});
