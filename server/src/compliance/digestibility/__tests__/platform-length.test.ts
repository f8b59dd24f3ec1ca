import fc from 'fast-check';
import { measureLength } from '../platform-length';

describe('measureLength (not X)', () => {
  it('counts code points: a surrogate pair is one, a lone high half one, a lone low half none', () => {
    expect(measureLength('a💙b', 'facebook', []).length).toBe(3);
    expect(measureLength('a\uD83Db\uDC99', 'linkedin', []).length).toBe(3);
  });

  it('counts every UTF-16 unit outside the low-surrogate range, for any text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', 'é', '💙', '\uD83D', '\uDC99', '中'), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      let units = 0;
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0xdc00 || text.charCodeAt(i) > 0xdfff) units++;
      const measured = measureLength(text, 'instagram', []);
      expect(measured.length).toBe(units);
      expect(measured.overflowAt(units)).toBeUndefined();
    }), { numRuns: 2000 });
  });
});
