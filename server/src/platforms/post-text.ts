/** Platforms without a separate link field get the link appended, unless the text already carries it. */
export function textWithLink(text: string, link: string | undefined): string {
  if (!link || text.includes(link)) return text;
  return text.trim() === '' ? link : `${text}\n\n${link}`;
}

/** Facebook sends the link in its own field (a link card) unless photos are attached, which make Graph ignore it. */
export function linkTravelsSeparately(platform: string, imageCount: number): boolean {
  return platform === 'facebook' && imageCount === 0;
}
