/* Whether a sentence is written in Spanish: read by the name finder and by the advice rules. */
const SPANISH_CUES: ReadonlySet<string> = new Set(
  'de la que el en y los se del las por con una para es al su sus está están son pero muy le lo mi usted ustedes nuestra nuestro también hoy sí si o un sin como más ya hay esta este ella él nos les'.split(
    ' '
  )
);
const ENGLISH_CUES: ReadonlySet<string> = new Set(
  'the and of to is you your for in on with our we are it that this at be was i my he she her his'.split(' ')
);

const WORD = /[\p{L}]+/gu;

/** "¿…?", "¡…!", or more Spanish function words than English ones (at least two). */
export function isSpanishSentence(sentence: string): boolean {
  if (/[¿¡]/.test(sentence)) return true;
  return spanishCuesOutnumber(sentence, 2);
}

/** A whole text in Spanish: at least six Spanish function words, more than English ones ("Ella H. Snider" twice is a name). */
export function isSpanishText(text: string): boolean {
  return spanishCuesOutnumber(text, 6);
}

function spanishCuesOutnumber(sentence: string, least: number): boolean {
  let spanish = 0;
  let english = 0;
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (SPANISH_CUES.has(w)) spanish++;
    else if (ENGLISH_CUES.has(w)) english++;
  }
  return spanish >= least && spanish > english;
}
