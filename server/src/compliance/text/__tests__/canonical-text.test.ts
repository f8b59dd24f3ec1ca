import { canonicalText } from '../canonical-text';

describe('canonicalText', () => {
  it('is undefined for text that is canonical already', () => {
    expect(canonicalText('Get well soon, Maria! 💐\n\nSee you in room 4.')).toBeUndefined();
  });

  it('reads no-break, thin and ideographic spaces and tabs as one plain space', () => {
    expect(canonicalText('Maria\u00a0Lopez in room\u202f4\tor\u3000bed 2')?.text).toBe('Maria Lopez in room 4 or bed 2');
  });

  it('collapses runs of spaces and drops leading space and blank lines', () => {
    const edited = canonicalText(' \n Thanks,  Maria.   See you soon!')!;
    expect(edited.text).toBe('Thanks, Maria. See you soon!');
    const maria = edited.text.indexOf('Maria');
    expect([edited.originalStart(maria), edited.originalEnd(maria + 5)]).toEqual([12, 17]);
  });

  it('drops soft hyphens and zero-width spaces inside words', () => {
    expect(canonicalText('pneu\u00admonia and Ma\u200bria')?.text).toBe('pneumonia and Maria');
  });

  it('composes accents typed as a letter and a combining mark', () => {
    const written = 'Congrats José and Lucía!'.normalize('NFD');
    const edited = canonicalText(written)!;
    expect(edited.text).toBe('Congrats José and Lucía!');
    const lucia = edited.text.indexOf('Lucía');
    expect(written.slice(edited.originalStart(lucia), edited.originalEnd(lucia + 5))).toBe('Lucía'.normalize('NFD'));
  });

  it('reads letters and digits from a font generator, or full-width, as plain ones', () => {
    const written = 'Welcome home, 𝐌𝐚𝐫𝐢𝐚! Ｒｏｏｍ ４ misses you';
    const edited = canonicalText(written)!;
    expect(edited.text).toBe('Welcome home, Maria! Room 4 misses you');
    const maria = edited.text.indexOf('Maria');
    expect(written.slice(edited.originalStart(maria), edited.originalEnd(maria + 5))).toBe('𝐌𝐚𝐫𝐢𝐚');
  });

  it('keeps line breaks, emoji joiners and variation selectors', () => {
    expect(canonicalText('Line one\nLine two 👩‍⚕️❤️')).toBeUndefined();
  });

  it('drops an opening emoji or capitals label with the invisible characters after it', () => {
    expect(canonicalText('💙 \u200bjust started', { leadingEmoji: true })?.text).toBe('just started');
    expect(canonicalText('UPDATE: \u200bflu clinic', { leadingLabel: true })?.text).toBe('flu clinic');
  });
});
