import { wordTokens } from '../../text/word-tokens';
import { CONDITIONS } from '../conditions';
import { findHealthTerms } from '../health-term-index';
import { LAB_TESTS } from '../lab-tests';
import { MEDICATIONS } from '../medications';
import { PROCEDURES } from '../procedures';

const kinds = (text: string) => findHealthTerms(wordTokens(text)).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

describe('dental, ENT, ostomy and palliative vocabulary', () => {
  it.each([
    ['Her veneers look great', 'procedure:veneers'],
    ['Jenna’s smile makeover took three visits', 'procedure:smile makeover'],
    ['His wisdom teeth came out', 'procedure:wisdom teeth'],
    ['Ear tubes for the twins', 'procedure:Ear tubes'],
    ['Living well with an ostomy', 'procedure:ostomy'],
    ['Hospice care at home', 'procedure:Hospice care'],
    ['Two cavities at the checkup', 'diagnosis:cavities'],
    ['A case of pink eye', 'diagnosis:pink eye'],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });
});

describe('every listed term', () => {
  const lists = { diagnosis: CONDITIONS, procedure: PROCEDURES, lab: LAB_TESTS, medication: MEDICATIONS };
  const terms = Object.values(lists).flatMap((list) => list.split(/[|\n]/).map((t) => t.trim()).filter(Boolean));
  const foundWhole = (text: string) => findHealthTerms(wordTokens(text)).some((m) => m.start === 0 && m.end === text.length);

  it('is found in its own words (capital-only acronyms in capitals)', () => {
    expect(terms.filter((t) => !foundWhole(t) && !foundWhole(t.toUpperCase()))).toEqual([]);
  });

  it.each([
    ["She has Graves' disease", "diagnosis:Graves' disease"],
    ['Positive for E. coli', 'diagnosis:E. coli'],
    ['His PT/INR came back', 'lab:PT/INR'],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });
});
