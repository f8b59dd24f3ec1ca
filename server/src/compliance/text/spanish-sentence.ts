/* Whether a sentence is written in Spanish: read by the name finder and by the advice rules. */
const SPANISH_CUES: ReadonlySet<string> = new Set(
  'de la que el en y los se del las por con una para es al su sus está están son pero muy le lo mi usted ustedes nuestra nuestro nuestras nuestros también hoy sí si o un sin como más ya hay esta este ella él nos les te tu tus todas todos cuando porque'.split(
    ' '
  )
);
const ENGLISH_CUES: ReadonlySet<string> = new Set(
  'the and of to is you your for in on with our we are it that this at be was i my he she her his'.split(' ')
);

const LONGEST_CUE = Math.max(...[...SPANISH_CUES, ...ENGLISH_CUES].map((w) => w.length));

const LETTER = /\p{L}/u;

/** Whether the character at `i` is a letter (/\p{L}/u), and how many code units it takes; ASCII without a regex. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  const size = cp > 0xffff ? 2 : 1;
  return LETTER.test(text.slice(i, i + size)) ? size : 0;
}

const SPANISH_MARKS = /[¿¡]/;

/** Whether the text opens a question or an exclamation the Spanish way ("¿", "¡"). */
export const hasSpanishMarks = (text: string): boolean => SPANISH_MARKS.test(text);

/** "¿…?", "¡…!", or more Spanish function words than English ones (at least two). */
export function isSpanishSentence(sentence: string): boolean {
  if (hasSpanishMarks(sentence)) return true;
  return spanishCuesOutnumber(sentence, 2);
}

/** A whole text in Spanish: at least six Spanish function words, more than English ones ("Ella H. Snider" twice is a name). */
export function isSpanishText(text: string): boolean {
  return spanishCuesOutnumber(text, 6);
}

// The runs of letters are found by hand: this is asked of every sentence the phi-risk models score, and a regex
// pass per sentence cost about 37 regex executions per check on the bench's posts.
function spanishCuesOutnumber(sentence: string, least: number): boolean {
  let spanish = 0;
  let english = 0;
  let i = 0;
  while (i < sentence.length) {
    let size = letterAt(sentence, i);
    if (size === 0) {
      i++;
      continue;
    }
    const start = i;
    while (size > 0) {
      i += size;
      size = i < sentence.length ? letterAt(sentence, i) : 0;
    }
    // No cue is longer than "nuestra": a longer word is neither sliced nor looked up.
    if (i - start > LONGEST_CUE) continue;
    const w = sentence.slice(start, i).toLowerCase();
    if (SPANISH_CUES.has(w)) spanish++;
    else if (ENGLISH_CUES.has(w)) english++;
  }
  return spanish >= least && spanish > english;
}
