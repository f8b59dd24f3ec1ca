/** Hashtags and links with their offsets. */

import { linkHint } from '../text/mark-neighbours';

export interface Span {
  start: number;
  end: number;
}

const HASHTAG_RE = /(?:^|[^\p{L}\p{N}_&#])([#＃][\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;
// A bare host is tried only from its first label, as in phi/identifier-patterns' URL (long dotted runs stay linear).
const LINK_RE =
  /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+|\b(?<!\b[a-z0-9][a-z0-9-]*?[.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|health|io|co|us|info|ly|gl|me|example)(?:\/[^\s<>"')\]]*)?(?![\w@])/gi;

/** Length of `hit` without trailing . , ! ? ; : (what /[.,!?;:]+$/ would strip). */
function withoutTrailingPunctuation(hit: string): number {
  let n = hit.length;
  for (;;) {
    const c = hit.charCodeAt(n - 1);
    if (n > 0 && (c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58)) n--;
    else return n;
  }
}

function collect(re: RegExp, text: string, group: number): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const hit = m[group];
    const start = m.index + m[0].length - hit.length;
    spans.push({ start, end: start + withoutTrailingPunctuation(hit) });
  }
  return spans;
}

export function findHashtags(text: string): Span[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return collect(HASHTAG_RE, text, 1);
}

export function findLinks(text: string): Span[] {
  if (!linkHint(text)) return [];
  // An e-mail address is not a link.
  return collect(LINK_RE, text, 0).filter((s) => text[s.start - 1] !== '@');
}
