import { wordTokens } from '../../text/word-tokens';
import { findHealthTerms } from '../health-term-index';

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
