/** "Take care, Marisol!", "Thanks again, Mr. Ortiz.": a closing that names whom the reply answers, and nothing more. */
const NAMED_CLOSING =
  /(?:^|(?<=[.!?\p{Extended_Pictographic}\uFE0F]\s*))(?:[Tt]ake\s+care|[Tt]hanks(?:\s+again)?|[Tt]hank\s+you(?:\s+again)?|[Bb]est|[Cc]heers|[Hh]ave\s+a\s+(?:great|good|nice|wonderful)\s+(?:day|week|weekend|evening))\s*,?\s+(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'’-]+\s*[!.]*[\s\p{Extended_Pictographic}\uFE0F]*$/u;

/** How far back from the end the closing is looked for. */
const REACH = 60;

/** The text without the named closing it ends with, or the text itself (a reply that is only a closing stays whole). */
export function withoutNamedClosing(text: string): string {
  const from = Math.max(0, text.length - REACH);
  const m = NAMED_CLOSING.exec(text.slice(from));
  if (!m) return text;
  const rest = text.slice(0, from + m.index).trimEnd();
  return rest === '' ? text : rest;
}
