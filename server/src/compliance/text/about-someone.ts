/** The writer, someone close to them, or someone else in particular: a question with one of these words is no longer general. */
export const ABOUT_SOMEONE_RE = /\b(?:i|i['’]m|im|i['’]ve|i['’]d|my|me|mine|myself|we|our|us|son|daughter|kid|kids|baby|husband|wife|mom|dad|he|she|him|her)\b/i;
/** ABOUT_SOMEONE_RE's Spanish words: "mi hijo", "tengo", "me duele"; "mamá" only with its accent, as "mama" is the breast. */
export const SPANISH_ABOUT_SOMEONE_RE =
  /(?<![\p{L}])(?:yo|mi|mis|me|tengo|estoy|hijo|hija|hijos|beb[eé]|esposo|esposa|mamá|mami|papá|papi|nieto|nieta|abuel[oa]|él|ella)(?![\p{L}])/iu;
