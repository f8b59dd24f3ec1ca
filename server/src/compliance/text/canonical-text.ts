import { bareContractionEdits } from './bare-contractions';
import { applyEdits, type Edit, type EditedText } from './edited-text';
import { leadingHandlesEnd } from './leading-handles';
import { signatureStart } from './reply-signature';
import { leadingEmojiEnd } from './text-edges';
import { threadCounterStart } from './thread-counter';
import { spacedAmpersandEdits } from './spaced-ampersand';

/*
 * Text pasted from a word processor or a web page, or typed on a phone, carries no-break spaces, double spaces,
 * soft hyphens, zero-width spaces, leading blank lines and accents as separate combining marks. The rules are
 * written for one plain space between words and composed letters, and a pasted no-break space once hid a
 * patient's name from them, so they read the text in that canonical form.
 */
const SPACE = '[ \\t\\v\\f\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';
const INVISIBLE = '[\\u00ad\\u200b\\u2060\\ufeff]';
/** Accents typed as a letter and a combining mark ("e" + U+0301): the Latin ones are all that text here needs composed. */
const DECOMPOSED = '\\P{M}[\\u0300-\\u036f]+';
/** "𝐌𝐚𝐫𝐢𝐚" from a font generator, or full-width "Ｒｏｏｍ ４": styled letters and digits, read as the plain ones. */
const STYLED = '[\\u{1d400}-\\u{1d7ff}\\uff01-\\uff5e]+';
const NEEDS_EDIT = new RegExp(`^\\s|(?! )${SPACE}|${INVISIBLE}| {2}|[\\u0300-\\u036f]|${STYLED}`, 'u');
const LEADING = new RegExp(`^(?:\\s|${INVISIBLE})+`, 'u');
const EDITABLE = new RegExp(`((?:${SPACE}|${INVISIBLE})+)|${DECOMPOSED}|(${STYLED})`, 'gu');
const HAS_SPACE = new RegExp(SPACE);

function replacementOf(m: RegExpExecArray): string {
  if (m[2] !== undefined) return m[2].normalize('NFKC');
  if (m[1] === undefined) return m[0].normalize('NFC');
  return HAS_SPACE.test(m[1]) ? ' ' : '';
}

/** The edits of spacing, invisible characters, accents and styled letters, in order. */
function typographicEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const leading = LEADING.exec(text)?.[0].length ?? 0;
  if (leading > 0) edits.push({ start: 0, end: leading, replacement: '' });
  EDITABLE.lastIndex = leading;
  for (let m = EDITABLE.exec(text); m !== null; m = EDITABLE.exec(text)) {
    const replacement = replacementOf(m);
    if (replacement !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement });
  }
  return edits;
}

/** Two ordered lists of edits as one; an edit that overlaps one already taken is left out. */
function merged(a: readonly Edit[], b: readonly Edit[]): Edit[] {
  if (b.length === 0) return a as Edit[];
  if (a.length === 0) return b as Edit[];
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!;
    const last = out[out.length - 1];
    if (!last || next.start >= last.end) out.push(next);
  }
  return out;
}

/**
 * How a text is framed on a platform, to be read without: the emoji it opens with ("💙 just started ozempic…" is the
 * same comment), the @handles a reply or comment opens with, the signature a reply ends with, the counter a text in a
 * thread ends with ("(1/2)").
 */
export interface Framing {
  leadingEmoji?: boolean;
  /** "UPDATE: ", "REMINDER — ": a label the text opens with, in capitals, that says what kind of post follows. */
  leadingLabel?: boolean;
  leadingHandles?: boolean;
  signature?: boolean;
  threadCounter?: boolean;
}

// The framing is cut before the typing edits drop invisible characters, so it takes those after it along.
const LEADING_LABEL = /^(?:UPDATE|UPDATED|REMINDER|FRIENDLY REMINDER|NEWS|PSA|ICYMI|FYI|ANNOUNCEMENT|SAVE THE DATE|NOTE|REPOST|THIS WEEK|TODAY|TONIGHT)\s*(?::|\s[-–—])[\s\p{Extended_Pictographic}\uFE0F\u00ad\u200b\u2060]*/u;
const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;

function framingEdits(text: string, framing: Framing): Edit[] {
  const edits: Edit[] = [];
  // Most texts open with a letter: no emoji to cut (leadingEmojiEnd runs no regex then) and no label in capitals to read.
  const emoji = leadingEmojiEnd(text);
  let opening = emoji === 0 ? 0 : framing.leadingEmoji ? emoji : (LEADING.exec(text)?.[0].length ?? 0);
  if (framing.leadingLabel && isAsciiUpper(text.charCodeAt(opening)) && isAsciiUpper(text.charCodeAt(opening + 1))) opening += LEADING_LABEL.exec(text.slice(opening))?.[0].length ?? 0;
  if (framing.leadingHandles && text.includes('@')) opening = leadingHandlesEnd(text, opening) || opening;
  // Spaces alone are the typing edits' to drop.
  const framed = opening > 0 && /\S/u.test(text.slice(0, opening)) && /\p{L}/u.test(text.slice(opening));
  if (framed) edits.push({ start: 0, end: opening, replacement: '' });
  // A signature may follow the counter ("… (2/2) – The Care Team") or the counter the signature: each is cut in turn.
  let end = text.length;
  for (let cut: number | undefined = end; cut !== undefined; ) {
    end = cut;
    const before = text.slice(0, end);
    cut = (framing.threadCounter ? threadCounterStart(before) : undefined) ?? (framing.signature ? signatureStart(before) : undefined);
  }
  if (end < text.length && end >= (framed ? opening : 0)) edits.push({ start: end, end: text.length, replacement: '' });
  return edits;
}

/**
 * The text with one plain space between words, invisible characters and leading space gone, accents composed, styled
 * letters plain, contractions typed without their apostrophe given it back and a spaced "&" read as "and", and without the
 * `framing` asked for; undefined when it is that already.
 */
export function canonicalText(text: string, framing: Framing = {}): EditedText | undefined {
  // The framing edits come first, so the typing edits inside what they drop are left out.
  const typing = NEEDS_EDIT.test(text) ? typographicEdits(text) : [];
  const edits = merged(merged(merged(framingEdits(text, framing), typing), bareContractionEdits(text)), spacedAmpersandEdits(text));
  return edits.length === 0 ? undefined : applyEdits(text, edits);
}
