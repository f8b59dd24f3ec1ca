import { check } from '../../engine';
import { phiTexts } from './helpers/phi-texts';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

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

  it('is a name before "twins" or "triplets" too', () => {
    expect(names('Happy first birthday to the Kowalski triplets, NICU grads!')).toContain('Kowalski');
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

describe('a listed staff first name with an initial', () => {
  const post = (text: string) => check({ text, kind: 'post', directory: TEST_DIRECTORY }).findings.filter((f) => f.category === 'phi');

  it('is someone else when the initial does not match the listed surname', () => {
    expect(post('Happy cancer-free anniversary to our friend Helena G.!').map((f) => f.rule)).toContain('phi.diagnosis.person-linked');
  });

  it('is the staff member when it does', () => {
    expect(post('Helena M. and Dr. Helena Marsh will talk about heart health on Friday.')).toEqual([]);
  });
});

describe('an honorific in the sentence', () => {
  it('ties a procedure to that person', () => {
    const findings = check({ text: 'Shoutout to Mr. Pritchard for walking laps two days after his hip replacement!', kind: 'post', directory: TEST_DIRECTORY }).findings;
    expect(findings.filter((f) => f.severity === 'block').map((f) => f.rule)).toContain('phi.procedure.person-linked');
  });

  it('does not read MS the condition as a title', () => {
    expect(check({ text: 'MS Awareness Week: learn how multiple sclerosis is treated today.', kind: 'post' }).verdict).toBe('pass');
  });
});

describe('a birth announcement', () => {
  it('makes the baby’s name a patient’s name', () => {
    const findings = check({ text: 'Baby Theo arrived at 6:02am weighing 7 lbs in our birthing suite!', kind: 'post', directory: TEST_DIRECTORY }).findings;
    expect(findings.filter((f) => f.severity === 'block').map((f) => f.text)).toContain('Theo');
  });
});

describe('an occupational title before a surname', () => {
  it('marks the surname as a person, so health context blocks it', () => {
    const findings = check({ text: 'Get well soon, Coach Martinez! The whole team is rooting for your ACL recovery.', kind: 'post', directory: TEST_DIRECTORY }).findings;
    expect(findings.filter((f) => f.type === 'name' && f.severity === 'block').map((f) => f.text)).toContain('Martinez');
  });
});
