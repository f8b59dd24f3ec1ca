/** A hashtag as one word, with the emoji or stop typed onto it; one that begins with a digit is none ("#1 is coming"). */
const HASHTAG_WORD = /^#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+[\p{Extended_Pictographic}\uFE0F\u200d.!,]*$/u;
const EMOJI_WORD = /^[\p{Extended_Pictographic}\uFE0F\u200d\u{1F3FB}-\u{1F3FF}]+$/u;

/**
 * The text without the hashtags it ends with ("… every Saturday 💪 #FluSeason #RiversideCares"), for the trained
 * models: they learnt from posts that seldom carry any, and a tag's health word ("#wellness") or the words it adds
 * moved their score while the post said the same. The rules still read the tags ("#PrayForMaria" names someone). A text
 * of hashtags only is kept whole. Read word by word from the end, so a long run of tags is read once.
 */
export function withoutTrailingHashtags(text: string): string {
  if (!text.includes('#')) return text;
  // Words at even indices, the spaces between them at odd ones.
  const parts = text.split(/(\s+)/);
  let firstTag = -1;
  for (let i = parts.length - 1; i >= 0; i -= 2) {
    const word = parts[i] as string;
    if (word === '' || EMOJI_WORD.test(word)) continue;
    if (!HASHTAG_WORD.test(word)) break;
    firstTag = i;
  }
  if (firstTag < 0) return text;
  let end = 0;
  for (let i = 0; i < firstTag - 1; i++) end += (parts[i] as string).length;
  return text.slice(0, end).trim() === '' ? text : text.slice(0, end);
}
