import { check } from '../../engine';
import type { Finding } from '../../types';

/** Nursing-note style text checked as a post with no directory. Cases written for these rules, not taken from a dataset. */
function phi(text: string): Finding[] {
  return check({ text, kind: 'post' }).findings.filter((f) => f.category === 'phi');
}
const texts = (fs: Finding[], type: string) => fs.filter((f) => f.type === type).map((f) => f.text);

describe('PHI in clinical notes: relative days', () => {
  it('leaves routine "yesterday" and weekdays in a note alone', () => {
    const fs = phi('Resp: ls clear, sats 97% on 2l nc. Pt spiked a temp yesterday, cx sent. Plan for PEG on Monday. abd soft, bs present.');
    expect(texts(fs, 'date')).toEqual([]);
  });

  it('still finds a relative day of care in a post', () => {
    expect(texts(phi('Maria Lopez was admitted yesterday after a fall.'), 'date')).toContain('yesterday');
  });
});
