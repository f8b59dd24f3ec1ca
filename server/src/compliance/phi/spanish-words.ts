/**
 * Spanish words that the name lists also hold as given names or surnames ("Si", "Ella", "Cara", "Hoy", "Claro"). In a
 * Spanish sentence they are words: "Si ya se siente bien…", "¿Cara caída o brazo débil?". Names that are also Spanish
 * words (Rosa, Luz, Dolores, Esperanza, Domingo) are left out: in Spanish they are names as often as not.
 */
const SPANISH_WORDS_NOT_NAMES: ReadonlySet<string> = new Set(
  `si sí ella ellas él yo tu tú su sus nuestro nuestra cara brazo mano boca tome toma tomas dale pero como cómo donde dónde hay hoy
   ayer claro bueno buena feliz vida salud familia hermano hija esposo amor dios menos nada cada este esta esa lo un del sin
   durante ante bajo cabe lunes martes miércoles jueves viernes sábado enero febrero marzo abril mayo junio julio agosto
   septiembre octubre noviembre diciembre`.split(/\s+/)
);

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
  let spanish = 0;
  let english = 0;
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (SPANISH_CUES.has(w)) spanish++;
    else if (ENGLISH_CUES.has(w)) english++;
  }
  return spanish >= 2 && spanish > english;
}

/** A name found in Spanish whose first word is a Spanish word ("Si", "Ella creía"). */
export function isSpanishWordAt(text: string, start: number, end: number, sentence: () => string): boolean {
  const first = /^[\p{L}]+/u.exec(text.slice(start, end))?.[0].toLowerCase();
  return first !== undefined && SPANISH_WORDS_NOT_NAMES.has(first) && isSpanishSentence(sentence());
}
