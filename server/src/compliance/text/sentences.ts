import { isAsciiAlphanumeric } from './char-classes';
import { execAll } from './exec-all';
export interface Span {
  start: number;
  end: number;
}

const boundary = /(?<!\b(?:Dr|Dra|Mr|Mrs|Ms|St|Jr|Sr|Sra|Srta|Ave|Apt|No|vs|[A-Z]))[.!?;]+(?=\s|$)|\n+/g;

let lastText: string | undefined;
let lastSpans: readonly Span[] = [];

/**
 * Sentence-ish spans: split on . ! ? ; and line breaks, keeping abbreviations like "Dr." inside.
 * The PHI scan and both models ask for the same text's spans in one check, so the last answer is kept.
 */
export function sentenceSpans(text: string): readonly Span[] {
  if (text !== lastText) {
    lastSpans = splitSentences(text);
    lastText = text;
  }
  return lastSpans;
}

function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of execAll(boundary, text)) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** /[\p{L}\p{N}]/u.test(text), with ASCII letters and digits (nearly every text's) found without the regex. */
export function hasWords(text: string): boolean {
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiAlphanumeric(c)) return true;
    if (c >= 128) other = true;
  }
  return other && LETTER_OR_DIGIT.test(text);
}

/** The sentences that hold a letter or a digit: an emoji-only line says nothing on its own. */
export function wordedSentenceSpans(text: string): Span[] {
  return sentenceSpans(text).filter((s) => hasWords(text.slice(s.start, s.end)));
}

/** The text of each of those sentences. */
export function wordedSentences(text: string): string[] {
  return wordedSentenceSpans(text).map((s) => text.slice(s.start, s.end));
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
