import { DEFAULT_CHECK_OPTIONS } from '../../default-options';
import { detectClickbait } from '../clickbait-detector';
import { postClickbaitScorer, spanishPostClickbaitScorer } from '../post-clickbait-classifier';
import { ctxFor } from './test-context';

// Teasers no phrase rule catches: a hidden answer, a guessing game, a reaction withheld.
const TEASERS_ONLY_THE_MODEL_CATCHES = [
  'El error que casi todos cometemos al tomar la presión en casa. Muy pocos lo saben 🤫',
  'Hay una fruta que nuestros cardiólogos siempre tienen en la cocina. ¿Cuál será? 🍎🍌🍇',
  'Esta mamá no esperaba lo que le dijo la enfermera en el chequeo de su bebé 😮',
];

const CLEAN_SPANISH_POSTS = [
  'Feria de salud este sábado de 9 a 1 en el Centro Comunitario: presión arterial, glucosa y vacunas contra la gripe gratis. Informes: (555) 201-4000.',
  'Consejo de la semana: lávate las manos 20 segundos con agua y jabón, sobre todo antes de comer y después de ir al baño. 🧼',
  'Las mamografías se recomiendan cada uno o dos años a partir de los 40. Agenda la tuya en Radiología: (555) 201-4300.',
  '¿Sabías que el asma es la enfermedad crónica más común en niños? Con un plan de acción y el inhalador correcto, la mayoría juega y duerme sin problema.',
];

const blockingRules = (text: string, options = DEFAULT_CHECK_OPTIONS) =>
  detectClickbait(ctxFor(text, 'post', { options }))
    .filter((f) => f.severity === 'block')
    .map((f) => f.rule);

describe('the clickbait model of Spanish posts', () => {
  it('loads the committed weights with a threshold chosen at the gate', () => {
    const { threshold } = spanishPostClickbaitScorer();
    expect(threshold).toBeGreaterThan(0.1);
    expect(threshold).toBeLessThan(0.95);
  });

  it.each(TEASERS_ONLY_THE_MODEL_CATCHES)('blocks a Spanish teaser the rules and the English model let through: %s', (text) => {
    const english = postClickbaitScorer();
    expect(english.score(text)).toBeLessThan(english.threshold);
    expect(blockingRules(text)).toEqual(['clickbait.post-teaser-model-es']);
  });

  it('points at the sentence that hooks and says how sure it is', () => {
    const text = 'Hay una fruta que nuestros cardiólogos siempre tienen en la cocina. ¿Cuál será? 🍎🍌🍇';
    const [finding] = detectClickbait(ctxFor(text));
    expect(finding).toMatchObject({ category: 'clickbait', type: 'teaser', severity: 'block', start: 0 });
    expect(finding!.text).toBe(text.slice(finding!.start, finding!.end));
    expect(finding!.text).toContain('Hay una fruta');
    expect(finding!.message).toMatch(/post model confidence \d+%/);
  });

  it.each(CLEAN_SPANISH_POSTS)('passes a Spanish post that informs: %s', (text) => {
    expect(spanishPostClickbaitScorer().score(text)).toBeLessThan(spanishPostClickbaitScorer().threshold);
    expect(blockingRules(text)).toEqual([]);
  });

  it('is off with spanishClickbaitModel: false, and leaves the rules as they were', () => {
    const off = { ...DEFAULT_CHECK_OPTIONS, spanishClickbaitModel: false };
    for (const text of TEASERS_ONLY_THE_MODEL_CATCHES) expect(blockingRules(text, off)).toEqual([]);
    expect(blockingRules('Nuestra nutrióloga tiene un truco para el desayuno. Te lo contamos el viernes 👀', off)).toContain(
      'clickbait.spanish-held-for-later'
    );
  });

  it('never judges an English post or a reply', () => {
    expect(blockingRules('Our cardiologists always keep one fruit in the kitchen. Which one? 🍎🍌🍇')).not.toContain(
      'clickbait.post-teaser-model-es'
    );
    expect(detectClickbait(ctxFor(TEASERS_ONLY_THE_MODEL_CATCHES[0]!, 'reply'))).toEqual([]);
  });
});
