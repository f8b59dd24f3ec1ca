import { isRegexSpace } from './char-classes';

/** A hashtag as one word, with the emoji or stop typed onto it; one that begins with a digit is none ("#1 is coming"). */
const HASHTAG_WORD = /^#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+[\p{Extended_Pictographic}\uFE0F\u200d.!,]*$/u;
const EMOJI_WORD = /^[\p{Extended_Pictographic}\uFE0F\u200d\u{1F3FB}-\u{1F3FF}]+$/u;

function spacesBefore(text: string, at: number): number {
  while (at > 0 && isRegexSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * The text without the hashtags it ends with ("… every Saturday 💪 #FluSeason #RiversideCares"), for the trained
 * models: they learnt from posts that seldom carry any, and a tag's health word ("#wellness") or the words it adds
 * moved their score while the post said the same. The rules still read the tags ("#PrayForMaria" names someone). A text
 * of hashtags only is kept whole. Read by hand, word by word from the end: only the last words are ever looked at.
 */
export function withoutTrailingHashtags(text: string): string {
  if (!text.includes('#')) return text;
  let cut = -1;
  for (let end = spacesBefore(text, text.length); end > 0; ) {
    let start = end;
    while (start > 0 && !isRegexSpace(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, end);
    if (HASHTAG_WORD.test(word)) cut = start;
    else if (!EMOJI_WORD.test(word)) break;
    end = spacesBefore(text, start);
  }
  if (cut < 0) return text;
  const kept = spacesBefore(text, cut);
  return kept === 0 ? text : text.slice(0, kept);
}
