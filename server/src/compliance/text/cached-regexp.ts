/**
 * Regexes built at run time from a word the text gave (a name, a street, a short form), kept once built.
 * Compiling one costs more than the rest of a reply's check (~0.2 ms with the `u` or `i` flag) and the
 * same names and words come back check after check. Non-global only: a shared global regex would carry
 * its lastIndex from one caller to the next.
 */
const MAX_KEPT = 512;
const kept = new Map<string, RegExp>();

export function cachedRegExp(source: string, flags = ''): RegExp {
  if (flags.includes('g') || flags.includes('y')) throw new Error(`cachedRegExp keeps non-global regexes only, not /${flags}`);
  const key = `${flags}/${source}`;
  let re = kept.get(key);
  if (re === undefined) {
    if (kept.size >= MAX_KEPT) kept.clear();
    re = new RegExp(source, flags);
    kept.set(key, re);
  }
  return re;
}
