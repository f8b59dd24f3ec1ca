import { check } from '../../engine';
import type { Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

function names(text: string, rule?: string): string[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY })
    .findings.filter((f: Finding) => f.category === 'phi' && f.type === 'name' && (!rule || f.rule === rule))
    .map((f) => f.text);
}

describe('names at the head of a line', () => {
  it('finds every speaker of a transcript once one speaker is a listed first name', () => {
    const found = names('Ragnhildur: Where were you last night?\nPatrick: At the game, obviously.\nRagnhildur: Of course.');
    expect(found).toContain('Patrick');
    expect(found.filter((n) => n === 'Ragnhildur')).toHaveLength(2);
  });

  it('does not read form fields, chat roles or charting systems as speakers', () => {
    expect(names('Bot: How can I help?\nUser: I need my statement.')).toEqual([]);
    expect(names('Mobile: 0412 555 019\nDesk: 02 9555 0100\nPatrick: call me')).toEqual(['Patrick']);
    expect(names('Neuro: alert, MAE\nPulm: LS clear, sats 96% on 2L NC\nEndo: RISS, pt NPO\nSoc: wife in to visit')).toEqual([]);
  });

  it('finds the name line that opens a contact card', () => {
    expect(names('Osvald Henriksen\n\nroofer\n\nMobile: 0412 555 019')).toEqual(['Osvald Henriksen']);
    expect(names('ragnar m. østby\nnorthwind logistics\nemail: ragnar@example.org')).toEqual(['ragnar m. østby']);
  });

  it('needs contact fields, a name-like word and the top of a block for a card name', () => {
    expect(names('Osvald Henriksen\n\nroofer', 'phi.name.card')).toEqual([]);
    expect(names('Opening Hours\n\nphone: 040 555 0134')).toEqual([]);
    expect(names('Flu shots today\nfresh coffee\nemail: info@example.org')).toEqual([]);
    expect(names('Call us\nOsvald Henriksen\nphone: 040 555 0134', 'phi.name.card')).toEqual([]);
  });

  it('leaves directory staff on a card alone', () => {
    expect(names('Owen Pritchard\nNurse Manager\nphone: (555) 300-1000')).not.toContain('Owen Pritchard');
  });
});

describe('contact card field labels', () => {
  it('does not take a "Fax:" label for a given name, while the fax number still counts', () => {
    const found = check({ text: 'Desk: 0341 8387176 Fax: 463-612-6138', kind: 'post' }).findings.filter((f) => f.category === 'phi');
    expect(found.filter((f) => f.type === 'name')).toEqual([]);
    expect(found.filter((f) => f.type === 'fax').map((f) => f.text)).toEqual(['463-612-6138']);
  });
});
