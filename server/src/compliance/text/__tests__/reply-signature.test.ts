import { canonicalText } from '../canonical-text';
import { signatureStart } from '../reply-signature';

const signatureOf = (text: string): string | undefined => {
  const start = signatureStart(text);
  return start === undefined ? undefined : text.slice(start);
};

describe('signatureStart', () => {
  it('finds a team or writer signature after the last stop, an emoji or a line break', () => {
    expect(signatureOf('Thanks for the kind words! – The Riverside Care Team')).toBe(' – The Riverside Care Team');
    expect(signatureOf('Glad to help.\n—Nurse Kevin')).toBe('\n—Nurse Kevin');
    expect(signatureOf('We hear you. ^KO')).toBe(' ^KO');
    expect(signatureOf('So sorry 💙 ~Jess, Patient Relations')).toBe(' ~Jess, Patient Relations');
  });

  it('finds none in a dash that goes on with the sentence, in digits or in a text that is only a signature', () => {
    expect(signatureOf('Need help now? - call 911')).toBeUndefined();
    expect(signatureOf('We offer physicals - walk-ins welcome')).toBeUndefined();
    expect(signatureOf('Our hours changed — Room 4 is open')).toBeUndefined();
    expect(signatureOf('– The Team')).toBeUndefined();
  });

  it('reads only the end of a long text', () => {
    expect(signatureOf(`${'All good here. '.repeat(5_000)}— Riverside Pediatrics`)).toBe(' — Riverside Pediatrics');
  });

  it('lets canonicalText drop it, keeping the offsets of what stays', () => {
    const written = '@dana.r  So glad  your visit went well! – The Care Team';
    const edited = canonicalText(written, { leadingHandles: true, signature: true })!;
    expect(edited.text).toBe('So glad your visit went well!');
    const visit = edited.text.indexOf('your visit');
    expect(written.slice(edited.originalStart(visit), edited.originalEnd(visit + 10))).toBe('your visit');
  });
});
