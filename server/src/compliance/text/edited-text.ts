/** One replacement of `text.slice(start, end)`; an empty `replacement` deletes. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** A text after some edits, with each offset in it mapped back to the text it was made from. */
export interface EditedText {
  text: string;
  /** The original offset of a span's start (or end) in the edited text. */
  originalStart(at: number): number;
  originalEnd(at: number): number;
}

interface Placed {
  /** Where the replacement sits in the edited text. */
  from: number;
  to: number;
  /** Where the replaced characters sat in the original. */
  start: number;
  end: number;
}

/**
 * `edits` in order and not overlapping. A span that starts or ends inside a replacement covers all it replaced;
 * a span that starts where characters were deleted starts after them, and one that ends there ends before them.
 */
export function applyEdits(text: string, edits: readonly Edit[]): EditedText {
  const placed: Placed[] = [];
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += text.slice(last, edit.start);
    placed.push({ from: out.length, to: out.length + edit.replacement.length, start: edit.start, end: edit.end });
    out += edit.replacement;
    last = edit.end;
  }
  out += text.slice(last);
  return {
    text: out,
    originalStart(at) {
      let shift = 0;
      for (const p of placed) {
        if (at < p.from || (at === p.from && p.to > p.from)) break;
        if (at < p.to) return p.start;
        shift = p.end - p.to;
      }
      return at + shift;
    },
    originalEnd(at) {
      let shift = 0;
      for (const p of placed) {
        if (at <= p.from) break;
        if (at < p.to) return p.end;
        shift = p.end - p.to;
      }
      return at + shift;
    },
  };
}
