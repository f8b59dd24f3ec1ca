import { flagBucket } from '../../hashed-model/hashed-features';
import { spanishPhiRiskFeatures } from '../spanish-phi-risk-features';

const cue = (name: string) => flagBucket(`phi-es:${name}`);

describe('Spanish phi-risk features: which sentences are scored', () => {
  it('scores a health detail with a person in it', () => {
    expect(spanishPhiRiskFeatures('Mi hijo tiene asma desde los 3 años.', 'post')).toContain(cue('kin&health'));
    expect(spanishPhiRiskFeatures('Su cesárea salió muy bien.', 'reply')).toContain(cue('possessive&health'));
    expect(spanishPhiRiskFeatures('La señora de la cama 12 ya salió de terapia intensiva.', 'post')).toContain(cue('room'));
  });

  it('leaves out health said to no one, and a sentence without any health or care word', () => {
    expect(spanishPhiRiskFeatures('La diabetes afecta a uno de cada diez adultos.', 'post')).toBeUndefined();
    expect(spanishPhiRiskFeatures('¡Feliz viernes a todas nuestras familias!', 'post')).toBeUndefined();
  });

  it('reads accented words whole: "mamá" is a relative, "cumplió 94" an age', () => {
    expect(spanishPhiRiskFeatures('La quimioterapia de mi mamá termina hoy.', 'post')).toContain(cue('kin&health'));
    expect(spanishPhiRiskFeatures('Doña Rosa cumplió 94 y sigue con su diálisis.', 'post')).toContain(cue('age'));
  });
});

describe('Spanish phi-risk features: what a reply says back', () => {
  const comment = 'A mi esposo le dieron metformina y le cae mal, ¿es normal?';

  it("marks the commenter's own medication said back", () => {
    const features = spanishPhiRiskFeatures('Lamentamos que la metformina le siente mal a su esposo.', 'reply', comment);
    expect(features).toContain(cue('restated-health'));
    expect(features).toContain(cue('ctx-kin'));
  });

  it('scores a routing answer to that comment, without a restated cue', () => {
    const features = spanishPhiRiskFeatures(
      'Por favor llame a nuestra farmacia para hablar de su tratamiento.',
      'reply',
      comment
    );
    expect(features).toContain(cue('routes'));
    expect(features).not.toContain(cue('restated-health'));
  });
});
