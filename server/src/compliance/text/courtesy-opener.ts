/**
 * "Thanks for reaching out! …", "Hi there, thanks for asking! …", "Thank you for your question. …": a sentence any reply
 * can open with, which says nothing of what the rest says. Not "Great question!" or "Thanks for sharing!": the model reads
 * those as the writer's own signal, and read without them 10 labelled clean replies blocked.
 */
const COURTESY_OPENER =
  /^\W*(?:(?:hi|hello|hey)(?:\s+there)?[\s!,.]+)?(?:thanks?|thank\s+you)(?:\s+so\s+much)?\s+for\s+(?:reaching\s+out|asking|writing(?:\s+in)?|your\s+(?:question|message|comment|note)|the\s+(?:question|message)|letting\s+us\s+know)(?:\s+to\s+us)?\s*[!.]+[\s\p{Extended_Pictographic}\uFE0F]*/iu;

/** Where the words after the opener begin, or undefined when the text opens with none. */
export function courtesyOpenerEnd(text: string): number | undefined {
  if (!text.slice(0, 40).toLowerCase().includes('thank')) return undefined;
  const m = COURTESY_OPENER.exec(text);
  return m && m[0].length < text.length ? m[0].length : undefined;
}

/** "Hi there!", "Hello everyone,", "Hey all,": a greeting with no one's name in it. */
const NAMELESS_GREETING = /^\W*(?:hi|hello|hey|hiya|howdy)\s+(?:there|friend|friends|all|everyone|neighbou?r|folks|y['’]?all)\s*[!,.]+\s*/i;

/** The first letter of the text, lower case: most replies open with no greeting and skip the regex. */
function firstLetter(text: string): string | undefined {
  for (const c of text.slice(0, 8).toLowerCase()) if (c >= 'a' && c <= 'z') return c;
  return undefined;
}

/** "Hi Marisol!", "Hello Mr. Ortiz,": a greeting that names whom it greets, and nothing more. */
const NAMED_GREETING = /^\W*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*[!,.]+\s*/u;

/** "¡Hola, Ana Lucía!", "Hola Araceli,": a Spanish greeting that names whom it greets. */
const SPANISH_NAMED_GREETING = /^[\s¡]*[Hh]ola,?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*[!,.]+\s*/u;

/** Where a Spanish greeting that names someone ends, or 0. */
export function spanishGreetingEnd(text: string): number {
  const m = SPANISH_NAMED_GREETING.exec(text);
  return m && m[0].length < text.length ? m[0].length : 0;
}

/** Where the one greeting `text` opens with at `from` ends, or `from` when there is none (nor anything after it). */
function oneGreetingEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const first = firstLetter(rest);
  if (first !== 'h' && first !== 'd') return from;
  const m = NAMELESS_GREETING.exec(rest) ?? NAMED_GREETING.exec(rest);
  return m && m[0].length < rest.length ? from + m[0].length : from;
}

/** Where the greetings a text opens with end ("Hi there! Hi Ana, …" has two), or 0 when it opens with none. */
export function greetingEnd(text: string): number {
  return oneGreetingEnd(text, oneGreetingEnd(text, 0));
}

/** The text without the greeting it opens with, or the text itself. */
export const withoutGreeting = (text: string): string => text.slice(greetingEnd(text));
