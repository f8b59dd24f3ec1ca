import { execAll } from '../text/exec-all';
import type { AddressSpan } from './address-blocks';
import { extendAddress } from './address-blocks';

// "Address: 31 ulica lipowa 4", "my new address is 12 rue des lilas, lyon": after the label the
// line is an address whatever its letter case, up to the end of the line or sentence.
const LABELLED = /\baddress(?:\s+is|\s+to|\s*:)[ \t]*(?:\n[ \t]*)?(\d{1,6}[ \t]+[^\n]{3,140})/gi;
/** A full stop, question or exclamation mark that ends the sentence: not the point of "apt." or "st.". */
const SENTENCE_END = /(?<!\b(?:apt|ste|st|ave|rd|dr|blvd|ln|no|ul|u|al|pl|str))[.?!](?=\s|$)/i;
const TIME_OR_COUNT = /^\d{1,6}\s*(?:am|pm|a\.m|p\.m|o'clock|minutes?|hours?|days?|weeks?|months?|years?|people|patients?|times?)\b/i;

/** Whether the words after the house number read as an address line rather than a sentence. */
function addressShaped(line: string): boolean {
  if (TIME_OR_COUNT.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’.\-]*/gu) ?? [];
  if (words.length < 2) return false;
  // A second number (house or postcode) or a comma-separated town or country.
  return /\p{L}.*\d/u.test(line) || /,\s*\p{L}/u.test(line);
}

/** Addresses written after an "address" label, in any letter case. */
export function findLabelledAddresses(text: string): AddressSpan[] {
  const out: AddressSpan[] = [];
  for (const m of execAll(LABELLED, text)) {
    const rest = m[1] as string;
    const stop = SENTENCE_END.exec(rest);
    const line = (stop ? rest.slice(0, stop.index) : rest).replace(/[\s,;:.]+$/, '');
    if (!addressShaped(line)) continue;
    const start = m.index + m[0].length - rest.length;
    out.push({ start, end: extendAddress(text, start + line.length) });
  }
  return out;
}
