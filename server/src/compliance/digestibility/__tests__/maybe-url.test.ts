import { maybeUrl } from '../x-weighted-length';

const REGEX = /:\/\/|[\p{L}\p{N}]\.[\p{L}\p{N}]{2}/u;

describe('maybeUrl', () => {
  it('answers like the regex it stands for', () => {
    const cases = ['see riverside.example', 'a.b', 'a.bc', '.ab', 'x.a1', 'é.ñü', '1.23', 'end.', 'https://x', ':/ /', 'a. bc', '日本.中国', '𝐀.𝐁𝐂', '\ud835.ab', 'a.\udc00b', 'a.b\ud835'];
    for (const text of cases) expect([text, maybeUrl(text)]).toEqual([text, REGEX.test(text)]);
  });

  it('agrees with the regex on random strings of dots, letters, digits, marks and surrogates', () => {
    const alphabet = ['.', 'a', 'Z', '5', ' ', ':', '/', 'é', '²', '𝐀', '\ud835', '\udc00', '😀', '-'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let j = Math.floor(next() * 8); j >= 0; j--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect([text, maybeUrl(text)]).toEqual([text, REGEX.test(text)]);
    }
  });
});
