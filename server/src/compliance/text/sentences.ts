import { isRegexSpace } from './char-classes';

export interface Span {
  start: number;
  end: number;
}

/** Words that end in a period without ending a sentence ("Dr.", "Apt.", an initial). */
const ABBREVIATIONS = ['Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Jr', 'Sr', 'Ave', 'Apt', 'No', 'vs'];

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isBoundaryMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59;
}

/** True when an abbreviation or a capital initial, standing as a whole word, ends right before `at`. */
function abbreviationBefore(text: string, at: number): boolean {
  const last = text.charCodeAt(at - 1);
  if (last >= 65 && last <= 90 && !isWordChar(text.charCodeAt(at - 2))) return true;
  for (const word of ABBREVIATIONS) {
    const from = at - word.length;
    if (from >= 0 && text.startsWith(word, from) && !isWordChar(text.charCodeAt(from - 1))) return true;
  }
  return false;
}

/**
 * Ends of the sentence boundaries, as /(?<!\b(?:Dr|…|vs|[A-Z]))[.!?;]+(?=\s|$)|\n+/g would find them: a run of
 * . ! ? ; followed by white space or the end (not right after an abbreviation, unless the run is longer than
 * one mark), or a run of line breaks. A character scan: the regex's leading look-behind ran at every position.
 */
function boundaryEnds(text: string): number[] {
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      while (i < n && text.charCodeAt(i) === 10) i++;
      ends.push(i);
    } else if (isBoundaryMark(c)) {
      const start = i;
      while (i < n && isBoundaryMark(text.charCodeAt(i))) i++;
      if ((i === n || isRegexSpace(text.charCodeAt(i))) && (i - start > 1 || !abbreviationBefore(text, start))) ends.push(i);
    } else {
      i++;
    }
  }
  return ends;
}

/** Sentence-ish spans: split on . ! ? ; and line breaks, keeping abbreviations like "Dr." inside. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const end of boundaryEnds(text)) {
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
export function sentenceAt(spans: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return spans[spans.length - 1] ?? { start: 0, end: 0 };
}

/** `span` without the white space at either end. */
export function trimSpan(text: string, span: Span): Span {
  const raw = text.slice(span.start, span.end);
  const start = span.start + (raw.length - raw.trimStart().length);
  return { start, end: Math.max(start, span.start + raw.trimEnd().length) };
}
