import { wordsOf } from '../directory/directory-index';
import type { WordToken } from '../text/word-tokens';
import type { Directory } from '../types';
import { ALL, everyday, INITIAL, TITLES } from './word-kinds';

interface Phrase {
  words: string[];
  forms: string[];
  /** A service's or the organisation's own name: capitalised even when it is one everyday word ("billing", "riverside"). */
  ours: boolean;
}

const phrasesCache = new WeakMap<Directory, Map<string, Phrase[]>>();

/** The directory's names as it writes them, by their first word in lower case. */
function directoryPhrases(directory: Directory): Map<string, Phrase[]> {
  const cached = phrasesCache.get(directory);
  if (cached) return cached;
  const byFirst = new Map<string, Phrase[]>();
  const add = (name: string | undefined, ours = false) => {
    const forms = wordsOf(name ?? '').filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
    if (forms.length === 0 || forms.every((f) => f === f.toLowerCase())) return;
    const words = forms.map((f) => f.toLowerCase());
    const list = byFirst.get(words[0] as string) ?? [];
    list.push({ words, forms, ours });
    byFirst.set(words[0] as string, list);
  };
  for (const person of directory.staff ?? []) {
    add(person.name);
    add(person.department, true);
    // "Nurse Practitioner, Urgent Care": the part after the comma is the department.
    const comma = person.title?.lastIndexOf(',') ?? -1;
    if (comma >= 0) for (const part of person.title!.slice(comma + 1).split('&')) add(part, true);
  }
  for (const dept of directory.departments ?? []) {
    add(dept.name, true);
    // "Urgent Care & 24/7 Nurse Line": each service by its own name too.
    for (const part of dept.name.split('&')) add(part, true);
  }
  for (const location of directory.locations ?? []) {
    add(location);
    // "shelbyville" or "springfield" on its own: a town of ours, written as the directory writes it.
    for (const form of wordsOf(location)) if (/^\p{Lu}\p{Ll}{3,}$/u.test(form)) add(form);
  }
  for (const term of directory.allowedTerms ?? []) add(term);
  add(directory.organisation);
  add(wordsOf(directory.organisation ?? '')[0], true);
  phrasesCache.set(directory, byFirst);
  return byFirst;
}

/** The directory's staff, services, places and organisation, capitalised as the directory writes them. */
export function markDirectoryNames(tokens: readonly WordToken[], caps: Uint8Array, directory: Directory): void {
  const phrases = directoryPhrases(directory);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of phrases.get(tokens[i]!.lower) ?? []) {
      const n = phrase.words.length;
      if (n === 1 && everyday(tokens[i]!) && !phrase.ours) continue;
      let k = 0;
      while (k < n && (tokens[i + k]?.lower === phrase.words[k] || (k === n - 1 && tokens[i + k]?.bare === phrase.words[k]))) k++;
      if (k < n) continue;
      phrase.forms.forEach((form, j) => {
        if (form.length > 1 && form === form.toUpperCase()) caps[i + j] = ALL;
        else if (form.charAt(0) !== form.charAt(0).toLowerCase()) caps[i + j] = INITIAL;
      });
    }
  }
}

