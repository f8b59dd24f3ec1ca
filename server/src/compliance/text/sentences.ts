export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence ("Dr.", "St."), besides any single capital ("J."). */
const ABBREVIATIONS = ['Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Jr', 'Sr', 'Ave', 'Apt', 'No', 'vs'];

function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59; // . ! ? ;
}

/** What a regex `\w` matches (no `u` flag). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** What a regex `\s` matches. */
function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An abbreviation or a single capital, starting a word, ends right before `at`. */
function abbreviationBefore(text: string, at: number): boolean {
  const wordStart = (q: number) => q === 0 || !isAsciiWordChar(text.charCodeAt(q - 1));
  const c = text.charCodeAt(at - 1);
  if (at >= 1 && c >= 65 && c <= 90 && wordStart(at - 1)) return true;
  for (const a of ABBREVIATIONS) {
    const q = at - a.length;
    if (q >= 0 && text.startsWith(a, q) && wordStart(q)) return true;
  }
  return false;
}

/**
 * Sentence-ish spans: split on . ! ? ; and line breaks, keeping abbreviations like "Dr." inside.
 * A hand-written scan with the same spans as splitting on every match of
 * /(?<!\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Ave|Apt|No|vs|[A-Z]))[.!?;]+(?=\s|$)|\n+/g, which tried the
 * look-behind at every character of every text.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    let end = -1;
    if (isEndMark(c)) {
      let e = p + 1;
      while (e < n && isEndMark(text.charCodeAt(e))) e++;
      // The run ends a sentence when a space or the end follows it, unless its only mark is an abbreviation's.
      if ((e === n || isRegexSpace(text.charCodeAt(e))) && (!abbreviationBefore(text, p) || p + 1 < e)) end = e;
      p = e;
    } else if (c === 10) {
      let e = p + 1;
      while (e < n && text.charCodeAt(e) === 10) e++;
      end = p = e;
    } else {
      p++;
    }
    if (end < 0) continue;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < n) spans.push({ start, end: n });
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
