/**
 * The lower-case runs of ASCII letters and digits in a text ("don't" gives "don" and "t"), plus the
 * letters of a run that goes on with digits ("room12" also gives "room"; "rm4b" gives "rm").
 * A rule whose every match contains one of a few such words as a whole run cannot match a text
 * without them, so a set lookup can stand in for a full regex pass. Runs (not our word tokens) are
 * used because a regex `\b` without the `u` flag only knows ASCII word characters.
 */
let lastText: string | undefined;
let lastWords: ReadonlySet<string> = new Set();

export function asciiWords(text: string): ReadonlySet<string> {
  // Every detector of one check asks about the same text, one after the other.
  if (text === lastText) return lastWords;
  const words = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    let lettersEnd = -1;
    while (i < n && isAsciiAlnum((c = text.charCodeAt(i)))) {
      if (c >= 65 && c <= 90) upper = true;
      if (c <= 57 && lettersEnd < 0) lettersEnd = i;
      i++;
    }
    const run = text.slice(start, i);
    words.add(upper ? run.toLowerCase() : run);
    if (lettersEnd > start) words.add(text.slice(start, lettersEnd).toLowerCase());
  }
  lastText = text;
  lastWords = words;
  return words;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/** True when `words` holds at least one of `wanted`. */
export function hasAnyOf(words: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (const w of wanted) if (words.has(w)) return true;
  return false;
}
