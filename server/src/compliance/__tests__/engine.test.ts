import fc from 'fast-check';
import { check, normaliseFindings } from '../engine';
import { TEXT_KINDS, type Finding } from '../types';
import { TEST_DIRECTORY } from './test-directory';

describe('check', () => {
  it('blocks exactly when a finding blocks, with findings sorted by start', () => {
    const report = check({ text: 'Room 7 patient Leonard, DOB 3/2/1950, email leo.k@mail.example', kind: 'post', directory: TEST_DIRECTORY });
    expect(report.verdict).toBe('block');
    const starts = report.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('passes a clean awareness post', () => {
    const report = check({
      text: 'Flu season is here. Get your flu shot at any of our clinics, no appointment needed.',
      kind: 'post',
      platform: 'facebook',
      directory: TEST_DIRECTORY,
    });
    expect(report.findings.filter((f) => f.category === 'phi')).toEqual([]);
  });

  it('works without a directory', () => {
    expect(() => check({ text: 'Hello Maria', kind: 'reply' })).not.toThrow();
  });

  it('never throws and keeps offsets inside the text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('Dr. ', 'Mr ', 'patient ', 'Room 4 ', '555-201-4000 ', '3/14/1990 ', '{{phone}} ', 'diabetes ', 'John ', 'A.B. ', '\n', '@', '#tag ', 'https://x.example/u/1 ', '😀', '\uD800'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...TEXT_KINDS), fc.option(fc.string()), (parts, kind, context) => {
        const text = parts.join('');
        const report = check({ text, kind, context: context ?? undefined, directory: TEST_DIRECTORY });
        for (const f of report.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.text).toBe(text.slice(f.start, f.end));
        }
        expect(report.verdict).toBe(report.findings.some((f) => f.severity === 'block') ? 'block' : 'pass');
      }),
      { numRuns: 300 },
    );
  });
});

describe('check on "ſ" and the Kelvin sign, which regexes with the u and i flags read as "s" and "k"', () => {
  it('puts the apostrophe back in "doeſnt" and "itſ" instead of throwing', () => {
    for (const text of ['It doeſnt hurt, dont worry', 'Well, itſ a deal', 'WELL, ITſ A DEAL — DONT WAIT']) {
      const report = check({ text, kind: 'reply', context: 'Does it hurt?', directory: TEST_DIRECTORY });
      expect(report.verdict).toBe(check({ text: text.replace(/ſ/g, 's'), kind: 'reply', context: 'Does it hurt?', directory: TEST_DIRECTORY }).verdict);
    }
  });

  it('never throws on texts made of them and the words they stand in', () => {
    const piece = fc.constantFrom('ſ', '\u212a', 'doeſnt ', 'dont ', 'Well, ', 'itſ ', 'Itſ ', 'ſhes ', 'lets ', 'Lets ', 'a ', 'deal', '. ', '!', 'Maria ', 'patient ', '\u212aim ', 'no te lo vas a creer ', 'ſolo ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...TEXT_KINDS), (parts, kind) => {
        const text = parts.join('');
        const report = check({ text, kind, context: text, directory: TEST_DIRECTORY });
        for (const f of report.findings) expect(f.text).toBe(text.slice(f.start, f.end));
      }),
      { numRuns: 300 },
    );
  });
});

describe('check on texts far longer than any platform accepts', () => {
  it('reports every finding of a two-million-character text instead of overflowing the stack', () => {
    const line = 'Call Maria at 555-201-1234. ';
    const text = line.repeat(Math.ceil(2_000_000 / line.length));
    const report = check({ text, kind: 'post', directory: TEST_DIRECTORY });
    expect(report.verdict).toBe('block');
    expect(report.findings.filter((f) => f.type === 'phone')).toHaveLength(text.length / line.length);
  });
});

describe('normaliseFindings', () => {
  const f = (start: number, end: number, severity: Finding['severity'], type = 'name'): Finding => ({
    category: 'phi', type, start, end, text: '', severity, message: '', rule: 'test',
  });

  it('drops overlapping duplicates of the same category and type, keeping the most severe', () => {
    const out = normaliseFindings('abcdefghij', [f(0, 4, 'warn'), f(2, 6, 'block'), f(5, 8, 'warn', 'date')]);
    expect(out.map((x) => [x.start, x.end, x.severity, x.type])).toEqual([
      [2, 6, 'block', 'name'],
      [5, 8, 'warn', 'date'],
    ]);
    expect(out[0]?.text).toBe('cdef');
  });
});
