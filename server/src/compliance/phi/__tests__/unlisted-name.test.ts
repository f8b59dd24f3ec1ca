import { check } from '../../engine';
import type { Finding } from '../../types';
import { TEST_DIRECTORY } from '../../__tests__/test-directory';

function names(text: string): Finding[] {
  return check({ text, kind: 'post', directory: TEST_DIRECTORY }).findings.filter((f) => f.category === 'phi' && f.type === 'name');
}
const texts = (text: string) => names(text).map((f) => f.text);

describe('names no word list knows, recognised by use', () => {
  it('finds an unknown capitalised word before what a person does', () => {
    expect(texts('The band broke up, but Oddvar just has to keep touring.')).toEqual(['Oddvar']);
    expect(texts('Ngozika whispered the answer to the class.')).toEqual(['Ngozika']);
    expect(texts('That cover by former drummer Tsuruoka is the best one.')).toContain('Tsuruoka');
  });

  it('finds two unknown capitalised words together mid-sentence when one looks like a name', () => {
    expect(texts('The booking may be under Kiyoshi Watanabe')).toEqual(['Kiyoshi Watanabe']);
  });

  it('finds a speaker at the start of a sentence, named before a role or a verb of saying', () => {
    expect(texts('Ilse Vandersteen, the head chef, said the menu changes weekly.')).toEqual(['Ilse Vandersteen']);
    expect(texts('Oddvar, the new intern, told us about it.')).toEqual(['Oddvar']);
    expect(texts('Tsuruoka says the tour is over.')).toEqual(['Tsuruoka']);
  });

  it('does not take a place or service at the start of a sentence without a verb of saying', () => {
    const unlisted = names('Brightwater Kowalczyk, the new site, opens in May.').filter((f) => f.rule.startsWith('phi.name.unlisted'));
    expect(unlisted).toEqual([]);
  });

  it('only warns without a patient cue, and blocks beside one', () => {
    expect(names('Tomorrow Ngozika whispered hello.').map((f) => f.severity)).toEqual(['warn']);
    expect(names('Our patient Ekwueme was discharged, and Ekwueme was thrilled.').some((f) => f.severity === 'block')).toBe(true);
  });

  it('does not take the first word of a sentence before an ordinary verb', () => {
    expect(texts('Telehealth is available every weekday.')).toEqual([]);
  });

  it('ignores headlines, abbreviations, charting and directory staff', () => {
    expect(texts('Fans say Kiyoshi Watanabe wins big again tonight')).toEqual(['Kiyoshi Watanabe']);
    expect(texts('Fans Say Kiyoshi Watanabe Wins Big Again Tonight')).not.toContain('Kiyoshi Watanabe');
    expect(texts('We gave TFs and the A-line was flushed.')).toEqual([]);
    expect(texts('pt on Nasal Cannula, sats 94%, resp even, abd soft, IV fluids, PRN meds given, neuro intact')).toEqual([]);
    expect(texts('Our nurse manager Pritchard was on the radio today')).toEqual([]);
  });

  it('does not take the last word of an organisation or a thing that was founded or opened', () => {
    expect(texts('The Silver Lantern Quintette was founded in 1990 and tours every spring.')).toEqual([]);
    expect(texts('Our new Brightwater wing is open on weekdays.')).toEqual([]);
  });

  it('does not take a word in a short title-case headline, but does in a short plain sentence', () => {
    expect(texts('Maybe it is under Kiyoshi Watanabe')).toEqual(['Kiyoshi Watanabe']);
  });

  it('does not pair two capitalised words that are neither listed nor shaped like names', () => {
    expect(texts('Patients can now book through Careline Medtrix online.')).toEqual([]);
  });
});
