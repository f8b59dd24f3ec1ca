/** Platforms without a separate link field get the link appended, unless the text already carries it. */
export function textWithLink(text: string, link: string | undefined): string {
  if (!link || text.includes(link)) return text;
  return text.trim() === '' ? link : `${text}\n\n${link}`;
}
