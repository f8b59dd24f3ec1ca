import { findLinks } from '../digestibility/hashtags-and-links';
import { withoutTrailingHashtags } from '../text/trailing-hashtags';
import { signOffStart } from '../text/trailing-sign-off';

/**
 * The words the clickbait models judge: the post without the hashtags it ends with, its links blanked out (spaces of
 * the same length, so offsets hold). In the labelled posts they learnt from, 8 of 4,112 teasers carry a link and 445 of
 * 8,993 clean posts do, so a link had come to read as "clean": appending one to a teaser let 33 of them through. The
 * rules still read the links ("the answer's at the link 👉"). The post model was trained on the posts as written:
 * retrained on this text it cross-validated the same and lost 4 of the unread ood2 headlines, so it was kept.
 * A contact line the post ends with ("Questions? Call (555) 201-4000.") is left out too: after a teaser it turned a
 * one-line headline into a two-sentence post, which the headline model reads far more leniently (eval:robustness
 * trailing-sign-off: 100 teasers let through).
 */
export function clickbaitModelText(text: string): string {
  const tagless = withoutTrailingHashtags(text);
  const signOff = signOffStart(tagless);
  const untagged = signOff === undefined ? tagless : withoutTrailingHashtags(tagless.slice(0, signOff).trimEnd());
  const links = findLinks(untagged);
  if (links.length === 0) return untagged;
  let out = '';
  let at = 0;
  for (const link of links) {
    out += untagged.slice(at, link.start) + ' '.repeat(link.end - link.start);
    at = link.end;
  }
  return out + untagged.slice(at);
}
