export interface WordToken {
  /** The word as written. */
  raw: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** `lower` without a possessive 's. */
  bare: string;
  start: number;
  end: number;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Only non-ASCII characters pay for a one-character string and a Unicode test.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return NON_ASCII_WORD_CHAR.test(text.charAt(i));
}

/** Words: letters and digits, with inner apostrophes and hyphens ("don't", "covid-19"). Hand-rolled for speed. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code, text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (isWordChar(c, text, i)) {
        i++;
        continue;
      }
      // An apostrophe or hyphen stays inside a word only when a word character follows it.
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        i += 2;
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    let lower = raw.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    tokens.push({ raw, lower, bare: lower.endsWith("'s") ? lower.slice(0, -2) : lower, start, end: i });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = word[0] as string;
  return first !== first.toLowerCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
