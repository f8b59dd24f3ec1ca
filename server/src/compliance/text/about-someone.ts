/** The writer, someone close to them, or someone else in particular: a question with one of these words is no longer general. */
export const ABOUT_SOMEONE_RE = /\b(?:i|i['’]m|im|i['’]ve|i['’]d|my|me|mine|myself|we|our|us|son|daughter|kid|kids|baby|husband|wife|mom|dad|he|she|him|her)\b/i;
