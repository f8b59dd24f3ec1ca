/**
 * Spanish spellings of the generic drug names, derived from the English lists: a Spanish post writes
 * "hidroxicloroquina", "metotrexato" or "ciprofloxacino", and the names follow a few regular spelling changes.
 */

const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch/g, 'c'],
  [/y/g, 'i'],
  [/([lmfst])\1/g, '$1'],
  [/^s(?=[bcdfgklmnpqrtvw])/, 'es'],
];

const ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ine$/, ['ina', 'ino']],
  [/in$/, ['ina', 'ino']],
  [/ate$/, ['ato']],
  [/ide$/, ['ida']],
  [/one$/, ['ona']],
  [/ole$/, ['ol']],
  [/en$/, ['eno', 'én']],
  [/an$/, ['án']],
  [/il$/, ['ilo']],
];

/** A one-word name of six letters or more with an ending ENDINGS changes ("fentanyl" ends in "il" once respelled). */
const GENERIC_NAME = /^(?=[a-z]{6,}$).*(?:ine|in|ate|ide|one|ole|en|an|[iy]l)$/;

function spanishForms(english: string): string[] {
  const respelled = SPELLING.reduce((word, [pattern, replacement]) => word.replace(pattern, replacement), english);
  const ending = ENDINGS.find(([pattern]) => pattern.test(respelled));
  if (!ending) return [];
  return ending[1]
    .map((suffix) => respelled.replace(ending[0], suffix))
    .flatMap((form) =>
      form.includes('é') || form.includes('á') ? [form, form.normalize('NFD').replace(/\p{M}/gu, '')] : [form]
    );
}

/** The Spanish spellings of the one-word names in `lists` that end the way generic names do ("a|b\nc" lists), as one such list. */
export function spanishDrugNames(...lists: string[]): string {
  const english = new Set(lists.flatMap((list) => list.split(/[|\n]/)).map((term) => term.trim()));
  const names = new Set<string>();
  for (const term of english) {
    if (!GENERIC_NAME.test(term)) continue;
    for (const form of spanishForms(term)) if (form !== term && !english.has(form)) names.add(form);
  }
  return [...names].join('|');
}
