import { blockingRules, reply } from './check-post';

const SPANISH_MODEL = /^phi-risk-model-es\./;
const off = { options: { spanishPhiRiskModel: false } };

describe('the phi-risk model of Spanish sentences', () => {
  it('blocks a Spanish reply that says back the commenter\'s age and pregnancy, which no rule does', () => {
    const text = 'Muchas mujeres de 41 años tienen embarazos sanos 💕 Te recomendamos hablar con tu obstetra sobre el seguimiento; puedes agendar al (555) 300-1000.';
    const comment = reply('Tengo 41 años y es mi primer embarazo, ¿es muy riesgoso? 😟');
    expect(blockingRules(text, comment)).toEqual([expect.stringMatching(SPANISH_MODEL)]);
    expect(blockingRules(text, { ...comment, ...off })).toEqual([]);
  });

  it('blocks a Spanish review quoted with a child\'s name and diagnosis', () => {
    const text = "Gracias, mamá de Leo, por tu reseña de 5 estrellas 💙 'La Dra. Marsh detectó el soplo de Leo en su visita de los 2 meses.' ¡Nos alegra mucho!";
    expect(blockingRules(text).some((rule) => SPANISH_MODEL.test(rule))).toBe(true);
  });

  it('does not score English sentences, nor a Spanish one with no person in it', () => {
    expect(blockingRules('La diabetes tipo 2 se puede prevenir con actividad física y una dieta balanceada.')).toEqual([]);
    expect(blockingRules('Our flu shot clinic is open Saturday from 9 to 1 in the main lobby.')).toEqual([]);
  });
});
