import { execAll } from '../text/exec-all';
import { personCandidate, type PhiCandidate } from './phi-candidate';
import { speaksOfCareAt, type PhiScan } from './phi-scan';

/** "#23", "No. 7", "el número 23", "del lanzador número 27": a one- or two-digit player number ("#1" is a ranking far more often than a jersey). */
const PLAYER_NUMBER = /(?:#\s?|\bno\.\s?|\b(?:el|del|al|lanzador(?:a)?|delanter[oa]|porter[oa]|jugador(?:a)?|defensa|receptor(?:a)?|bateador(?:a)?)\s+n[uú]mero\s+)(?!1\b)(\d{1,2})\b/gi;
/** "the runner in bib #4471": race results list every bib, so the number names its runner. */
const BIB_NUMBER = /\bbib\s*(?:#\s?|no\.\s?|number\s+)?\d{1,5}\b/gi;
/** "our booth (#22)", "Table #4": a numbered place at an event, not a player. */
const PLACE_BEFORE = /\b(?:booth|table|tent|stall|station|space|spot|gate|lot|aisle|section|row|door|room|suite|bay|court|field|hole)\s*\(?\s*$/i;
/** Words that put a number on a player's back rather than in a list or a ranking. */
const SPORT_CUE =
  /\b(?:court|field|ice|rink|pitch|diamond|mound|track|lineup|roster|varsity|jv|league|game|games|season|team|squad|jersey|play(?:ing)?|quarterback|goalie|pitcher|striker|point\s+guard|(?:center\s+|left\s+|right\s+|out|in)fielder|defenseman|defender|midfielder|shortstop|catcher|linebacker|winger|inning|period|hawks|tigers|storm|eagles|wildcats|panthers|bulldogs|lions|bears|high['’]s|(?:high|middle)\s+school|cancha|equipo|partido|temporada|campe[oó]n|liga)\b/i;
/** "cómo un desfibrilador le salvó la vida en la cancha", "después de su reconstrucción de ligamento": a rescue or care told in Spanish, which the care words (in English) miss. */
const SPANISH_RESCUE_OR_CARE = /(?<![\p{L}])(?:(?:le|les)\s+salv(?:[oó]|aron)\s+la\s+vida|desfibrilador|reconstrucci[oó]n|cirug[ií]a|operaci[oó]n|repar[oó]|fractura|se\s+lesion[oó])(?![\p{L}])/iu;
/** "Get well soon to #23", "see you back on the field soon": wishes for a player's recovery. */
const RECOVERY_WISH = /\b(?:get\s+well|speedy\s+recovery|heal\s+(?:up|fast|quickly)|back\s+(?:on|in)\s+the\s+(?:field|court|ice|rink|pitch|mound|track|lineup|game)\s+soon)\b/i;

/**
 * "Our favorite #23 from Riverside High is cleared to play after ACL surgery": a player's number next to their care
 * names them to everyone who follows the team.
 */
export function findJerseyNumbers(scan: PhiScan): PhiCandidate[] {
  if (!scan.hasDigit || scan.clinical) return [];
  const out: PhiCandidate[] = [];
  for (const m of execAll(PLAYER_NUMBER, scan.text)) {
    if (PLACE_BEFORE.test(scan.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "… the defenseman whose broken wrist we set. Tough guy, #44!": the number may close the story told just before it,
    // or open the one told after it ("Welcome back to the ice, #14! Dr. Whitfield did his wrist repair last fall").
    const sentence = scan.sentenceOf(m.index);
    const at = [m.index, ...(sentence.start > 0 ? [sentence.start - 1] : []), ...(sentence.end < scan.text.length ? [sentence.end] : [])];
    if (!at.some((i) => scan.sentenceMatches(SPORT_CUE, i)) || !at.some((i) => speaksOfCareAt(scan, i) || scan.sentenceMatches(RECOVERY_WISH, i) || scan.sentenceMatches(SPANISH_RESCUE_OR_CARE, i))) continue;
    out.push(personCandidate(m, 'id', 'phi.id.jersey', "A player's jersey number next to their care identifies them"));
  }
  for (const m of execAll(BIB_NUMBER, scan.text)) {
    if (!speaksOfCareAt(scan, m.index)) continue;
    out.push(personCandidate(m, 'id', 'phi.id.race-bib', "A runner's bib number next to their care identifies them"));
  }
  return out;
}
