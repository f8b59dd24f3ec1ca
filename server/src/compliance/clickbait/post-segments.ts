/** Splits a post into sentence-like segments with their offsets; emoji- or hashtag-only bits are dropped. */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

const SEGMENT_RE = /[^.!?…\n]+(?:[.!?…]+|\n+|$)/g;
const HAS_WORD_RE = /[A-Za-z]{2,}/;
// Abbreviations whose full stop does not end a sentence ("Dr. Bello", "U.S. adults").
const ABBREV_END_RE = /(?:\b(?:Dr|Mr|Mrs|Ms|St|vs|No|Jr|Sr|approx|e\.g|i\.e)|\b[A-Z])\.$/;

export function splitSegments(text: string): Segment[] {
  const raw: Segment[] = [];
  SEGMENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT_RE.exec(text)) !== null) {
    if (m[0].length === 0) {
      SEGMENT_RE.lastIndex++;
      continue;
    }
    raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const merged: Segment[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev && (ABBREV_END_RE.test(prev.text.trimEnd()) || !HAS_WORD_RE.test(seg.text))) {
      prev.end = seg.end;
      prev.text = text.slice(prev.start, prev.end);
    } else merged.push({ ...seg });
  }
  return merged
    .filter((s) => HAS_WORD_RE.test(s.text))
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length;
      const trail = s.text.length - s.text.trimEnd().length;
      return { start: s.start + lead, end: s.end - trail, text: s.text.trim() };
    });
}

export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    const c = raw | 32;
    const wordChar = (c >= 97 && c <= 122) || (raw >= 48 && raw <= 57);
    if (wordChar && !inWord) words++;
    // An apostrophe inside a word ("don't") does not start a new one.
    inWord = wordChar || (inWord && (raw === 39 || raw === 0x2019));
  }
  return words;
}
