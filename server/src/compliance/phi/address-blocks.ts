import { isCommonWord } from '../vocab/name-lexicon';
import { NOT_NAME_WORDS } from '../vocab/name-stopwords';
import { asciiWords, hasAnyOf } from '../text/ascii-words';
import { execAll } from '../text/exec-all';

export interface AddressSpan {
  start: number;
  end: number;
}

const W = "[\\p{L}][\\p{L}.'’\\-]*";
const STREET_WORDS =
  /^(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|court|courts|ct|way|place|pl|terrace|circle|highway|hwy|parkway|square|trail|crescent|close|row|alley|plaza|pike|loop|path|rapids|greens|extensions|flat|flats|heights|str|strasse|straße|gasse|weg|vej|via|viale|vicolo|piazza|piazzetta|corso|rua|rue|calle|avenida|ulica|ul|praça|largo|camino|paseo|carrer|du|de|des|del|della|di|la|le|van|von|der|den|ten|fejedelem|út|útja)\.?$/i;

// "1659 Hoog St", "03220 Augsburger Strasse 36", "1593 Pagari 18", "688 rue du centre 320", "9383 ul. Chrzanowska 61"
const STREET_LINE = new RegExp(
  `(?<![\\p{L}\\d\\-/.:])(?<!\\b(?:Apt|Apartment|Suite|Ste|Unit|Flat|Box)\\.?\\s{1,2})(?:\\d{1,6}\\s+){1,2}(?:[\\p{Lu}][\\p{L}.'’\\-]*|ul\\.|rue|via|calle|rua|avenida)(?:\\s+${W}){0,4}(?:\\s+\\d{1,5}[A-Za-z]?)?(?![\\p{L}\\d])`,
  'gu',
);
const CORNER = new RegExp(`\\bthe corner of (?:${W}\\s+){1,4}\\d{1,5}\\s+and\\s+(?:${W}\\s?){1,4}`, 'giu');
const MILITARY = /\b(?:(?:Unit|PSC)\s+\d{3,5},?\s+Box\s+\d{3,5}|(?:USNS|USNV|USS|USCGC)\s+[A-Z][a-z]+),?\s*\n?\s*[AFD]PO,?\s+A[AEP],?\s+\d{5}\b/gi;
const PO_BOX_LINE = /(?<![\p{L}\d])(?:\d{1,6}\s+)?P\.?\s?O\.?\s+Box\s+\d{1,6}\b/giu;
// Words the three patterns above need, each between blanks or punctuation and so a whole ASCII run
// ("Box", "corner", the AA/AE/AP of a military address): texts without them skip the scans.
const BOX = ['box'];
const CORNER_WORD = ['corner'];
const MILITARY_REGION = ['aa', 'ae', 'ap'];
/** Compass points that may follow a street name ("Devon Street West", "Main St NW"). */
const DIRECTION = /^(?:north|south|east|west|n|s|e|w|ne|nw|se|sw)\.?$/i;
const PART =
  /^(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\s*\d{1,5}[A-Za-z]?|[\p{Lu}][\p{L}'’\-]*(?:[ \-][\p{L}][\p{L}'’\-]*){0,4}(?:\s+\d{4,6}|\s+[A-Z]{1,2})?|[A-Z]{2}|\d{4,6}|[A-Z]{1,2}\d[\dA-Z]?\s?\d[A-Z]{2}|nan)$/u;
/** Words that never name a street, even capitalised ("Call Us At 12 Main St" keeps only the street). */
const FUNCTION_WORDS = new Set('a an the and or but to at in on of for from with by is are was were be our your my we you i it this that'.split(' '));
const SEPARATOR = /^(?:\.?\s*,\s*|\.?\s*\n[\s>?]*|\s+)/;

/** A street line must have a house number and either a street word or a second number, with no ordinary words. */
function plausibleStreet(line: string): boolean {
  const words = line.match(/[\p{L}][\p{L}.'’\-]*/gu) ?? [];
  if (words.length === 0) return false;
  const numbers = line.match(/\d+/g) ?? [];
  let streetWord = false;
  // A capitalised everyday word is part of the street's name when a street word ends the line ("Point Walter Road", "Bay Street West").
  const lastWord = words.filter((w) => !DIRECTION.test(w)).pop() ?? '';
  const namedStreet = STREET_WORDS.test(lastWord.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(lastWord);
  for (const w of words) {
    const lw = w.toLowerCase().replace(/\.$/, '');
    if (STREET_WORDS.test(lw)) {
      streetWord = true;
      continue;
    }
    if (streetWord && DIRECTION.test(lw)) continue;
    if (namedStreet && /^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(lw)) continue;
    if (NOT_NAME_WORDS.has(lw) || isCommonWord(lw)) return false;
  }
  // Clinical shorthand in capitals ("HR 110 ST", "PEEP 15") is not a street.
  if (!words.some((w) => /\p{Ll}/u.test(w) && /\p{Lu}/u.test(w)) && !words.some((w) => /[^\x00-\x7f]/.test(w))) return false;
  const firstWord = words[0] as string;
  if (!streetWord && firstWord[0] === firstWord[0]?.toLowerCase()) return false;
  return streetWord || numbers.length >= 2;
}

// "2437 Main St", "4966 Bond Street": one to three capitalised words and a street word right after a number.
const STREET_NAME_AHEAD =
  /^[ \t]+(?:\p{Lu}[\p{L}'’\-]*[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Circle|Highway|Hwy|Parkway|Square|Trail|Crescent|Close|Row|Alley|Plaza|Pike|Loop|Path)\b/u;

/** True when a street name follows `end`: the digits before it are a house number, not a phone number. */
export function streetNameFollows(text: string, end: number): boolean {
  return STREET_NAME_AHEAD.test(text.slice(end, end + 60));
}

/** Place words that open town and country lines ("New Zealand", "West Brook") though they are no names. */
const PLACE_LINE_WORDS = new Set('new north south east west city lake park hill valley heights springs village town river county state'.split(' '));

const SPACED_PART = /\d|^(?:Apt|Apartment|Suite|Ste|Unit|Flat)\b|^\p{Lu}{3,}(?![\p{Ll}])/u;

/** A unit, town, region, country or postcode: every word may sit on an address line. */
function addressPart(part: string): boolean {
  if (!part || !PART.test(part)) return false;
  const words = part.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return !words.some((w) => NOT_NAME_WORDS.has(w) && !STREET_WORDS.test(w) && !PLACE_LINE_WORDS.has(w) && !/^(?:apt|suite|unit|flat|nan)$/.test(w));
}

/** The end of the unit, town, region, country and postcode parts that follow a street line ending at `end`. */
export function extendAddress(text: string, end: number): number {
  let at = end;
  for (let n = 0; n < 6; n++) {
    const rest = text.slice(at, at + 60);
    const sep = SEPARATOR.exec(rest);
    if (!sep) break;
    const segment = /^[^,\n>?]*/.exec(rest.slice(sep[0].length))?.[0] ?? '';
    // After a plain space the line may go on with ordinary words ("... Suite 215 NUNGATTA Australia last night"): keep the longest prefix that is an address part.
    let part = segment.replace(/[.\s]+$/, '');
    while (part && !addressPart(part)) part = /\s/.test(part) ? part.replace(/\s+\S+$/, '').replace(/[.\s]+$/, '') : '';
    if (!part) break;
    // Without a comma or line break before it, a part must be a unit, a number, a town in capitals, or run to the
    // end of its line ("... Way Laidlaw Green\n"); "... Way Too Real" in a headline is no address.
    const wholeLine = part.length === segment.length && /^[,\n]/.test(rest.slice(sep[0].length + segment.length));
    if (!/[,\n]/.test(sep[0]) && !SPACED_PART.test(part) && !wholeLine) break;
    at += sep[0].length + part.length;
  }
  return at;
}

/**
 * Street addresses with the unit, town, region, country and postcode lines that follow them.
 * `houseNumber` false says the text has no number followed by blanks and a street word (digitFacts'
 * houseNumberShape), which STREET_LINE needs; the scan is then skipped.
 */
export function findAddressBlocks(text: string, houseNumber = true): AddressSpan[] {
  const spans: AddressSpan[] = [];
  const extend = (start: number, end: number) => spans.push({ start, end: extendAddress(text, end) });
  if (!/\d/.test(text)) return spans;
  for (const m of houseNumber ? execAll(STREET_LINE, text) : []) {
    let line = m[0];
    // Trim trailing words that are not part of the street ("... Street in case of an issue").
    while (line.length && !plausibleStreet(line)) {
      const shorter = line.replace(/\s+\S+$/, '');
      if (shorter === line) break;
      line = shorter;
    }
    if (!plausibleStreet(line) || !/\p{L}/u.test(line)) continue;
    extend(m.index, m.index + line.length);
  }
  const words = asciiWords(text);
  for (const m of hasAnyOf(words, BOX) ? execAll(PO_BOX_LINE, text) : []) extend(m.index, m.index + m[0].length);
  for (const re of [hasAnyOf(words, CORNER_WORD) ? CORNER : undefined, hasAnyOf(words, MILITARY_REGION) ? MILITARY : undefined]) for (const m of re ? execAll(re, text) : []) spans.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return spans;
}
