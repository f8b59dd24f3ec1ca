import { check } from '../../engine';
import type { Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

function names(text: string): string[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY })
    .findings.filter((f: Finding) => f.category === 'phi' && f.type === 'name')
    .map((f) => f.text);
}

describe('widening a found name over the rest of the name', () => {
  it('takes an unlisted first name before a surname found by its shape', () => {
    expect(names('It was Zdravka Žitnik who called.')).toEqual(['Zdravka Žitnik']);
    expect(names("I'm Ljubinka Horvatić, from Split.")).toContain('Ljubinka Horvatić');
  });

  it('takes a middle initial and the first name before it', () => {
    expect(names('The song is by Etelka J Várkonyi and friends.')).toEqual(['Etelka J Várkonyi']);
  });

  it('takes a surname that is also a word or a condition after a first name', () => {
    expect(names('My grandmother was called Margaret Burns')).toEqual(['Margaret Burns']);
  });

  it('takes surname particles', () => {
    expect(names('Please ask Pieter van der Wiel about the invoice.')).toEqual(['Pieter van der Wiel']);
  });

  it('takes a surname shaped like one after a first name in all-lower-case text', () => {
    expect(names('i think irina zhdanova is lovely')).toEqual(['irina zhdanova']);
  });

  it('does not take a contraction or a possessive before a name', () => {
    for (const n of names("It's Ljubinka Horvatić again")) expect(n).not.toMatch(/It's/);
    for (const n of names("Split's Horvatić won")) expect(n).not.toMatch(/Split's/);
  });

  it('does not widen names in a headline written in title case', () => {
    const found = names('Tour Guide Maria Burns Bright As Crowds Return');
    expect(found).toContain('Maria');
    expect(found).not.toContain('Maria Burns');
  });

  it('stops after one surname that is also a word', () => {
    const found = names('please ask Janet Burns Street about the gate code when you arrive');
    expect(found).toContain('Janet Burns');
    expect(found.join(' ')).not.toContain('Street');
  });

  it('starts a titled name at its title, not at the word before', () => {
    expect(names('Attending Dr Quennell was paged about the patient')).toEqual(['Dr Quennell']);
  });
});
