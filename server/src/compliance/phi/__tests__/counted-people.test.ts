import fc from 'fast-check';
import { COUNTED_PEOPLE } from '../date-detector';

/** The pattern as first written, one alternative per wording (up to three words before "injuries" since 2e7a41e, and before "visits" and the like): COUNTED_PEOPLE must say yes to exactly the same texts. */
const AS_WRITTEN =
  /\b(?:reasons?)\s+(?:people|patients|kids|families|adults)\b|\b\d[\d,]*\s+(?:[\p{L}-]+\s+){0,3}?(?:injuries|cases|admissions|athletes|students|seniors|residents|workers|teens|adults)\b|\b\d[\d,]*\s+(?:patients|people|visits|babies|families|kids|children|vaccines|shots|women|men|girls|boys|employees)\b|\b\d[\d,]*\s+(?:positive\s+|negative\s+)?(?:[\p{L}-]+\s+)?tests\b|\b\d[\d,]+\s+(?:[\p{L}-]+\s+){1,3}(?:patients|people|visits|vaccines|shots|illnesses|infections|cases|injuries)\b|\b\d[\d,]*\s+(?:[\p{L}'’]+\s+){0,3}(?:bouquets|flowers|gifts|meals|cards|toys|books|blankets|care\s+packages|backpacks|coats|hats|quilts|teddy\s+bears|kits|baskets)\b|\b(?:nearly|almost|over|more\s+than|about|some)\s+\d[\d,]*\s+(?:were|have\s+been|had)\b|\b(?:\d+|one)\s+in\s+(?:\d+|ten|five|four|three)\b|\b(?:half|most|many|a\s+third|a\s+quarter|\d+%)\s+of\s+(?:our|all|the)\b[^.!?]{0,40}\bvisits\b|\bvisits\s+(?:now\s+)?(?:peak|peaked|rise|rose|climb|climbed|fall|fell|drop|dropped|spike|spiked|double|doubled|jump|jumped)\b/iu;

describe('COUNTED_PEOPLE', () => {
  it.each([
    ['saw 310 patients on Saturday', true],
    ['1,030 flu visits in January', true],
    ['1 in 10 led to a follow-up visit', true],
    ['nearly 40 were treated', true],
    ['20% of all our visits', true],
    ['Half of the walk-in visits peak in March', true],
    ['reasons people skip screenings', true],
    ['Maria came in on May 3', false],
    ['Room 212 patient James went home', false],
  ])('%s: %s', (text, counted) => {
    expect(COUNTED_PEOPLE.test(text)).toBe(counted);
    expect(AS_WRITTEN.test(text)).toBe(counted);
  });

  it('says yes to the same texts as the pattern as first written', () => {
    const piece = fc.constantFrom(
      '1', '310', '1,030', '12,', ' ', '  ', 'patients', 'visits', 'flu', 'positive', 'tests', 'care packages', 'teddy bears', 'kits',
      'in', 'ten', 'one', '%', 'of', 'our', 'the', 'half', 'a third', 'nearly', 'more than', 'were', 'have been', 'reasons', 'people',
      'peak', 'now', 'x', 'é', '-', "'", '’', '.', 'Injuries', 'ADULTS', 'ſ', 'K',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(COUNTED_PEOPLE.test(text)).toBe(AS_WRITTEN.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
