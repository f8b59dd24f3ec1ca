import { check } from '../../engine';
import { phiTexts } from './helpers/phi-texts';

const names = (text: string) => phiTexts(text, 'name');

describe('a title and one initial', () => {
  it('stands for a patient', () => {
    expect(names('micu nursing progress note\nmr K remained on the same pressor doses overnight.')).toContain('mr K');
    expect(names('DAUGHTER HAS NOT BEEN INVOLVED WITH MS T. CARE. RESP: LS CLEAR.')).toContain('MS T.');
    expect(names("Mrs. B's daughter called for an update.")).toContain('Mrs. B');
  });

  it('leaves mental status and morphine charting alone', () => {
    expect(names('NEURO: MS A+O X3. MS X3 DOSES GIVEN. MS A & O.')).toEqual([]);
  });
});

describe('a surname before "family"', () => {
  it('is a name in capitals or mixed case', () => {
    expect(names('KEEP OKAFOR FAMILY AWARE OF PLAN. RESP: LS CLEAR.')).toContain('OKAFOR');
    expect(names('Updated the Kowalski family at bedside, pt resting.')).toContain('Kowalski');
  });

  it('leaves ordinary words before "family" alone', () => {
    expect(names('HOST FAMILY AND IMMEDIATE FAMILY AT BEDSIDE. Support for the whole family.')).toEqual([]);
  });
});

describe('a surname before a department named "Family ..."', () => {
  it('is left to the name rules and the directory', () => {
    const report = check({
      text: "Meet Dr. Lena Ortiz's Family Medicine team at booth 4 on Saturday.",
      kind: 'post',
      directory: { staff: [{ name: 'Lena Ortiz' }], departments: [] },
    });
    expect(report.findings.filter((f) => f.category === 'phi' && f.type === 'name')).toEqual([]);
  });
});
