import { digitsOf, isDirectoryPhone, sharesDirectoryExchange } from '../directory/directory-index';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { execAll } from '../text/exec-all';
import { wordClass } from '../vocab/word-classes';
import { streetNameFollows } from './address-blocks';

// Phone shapes: (555) 201-4000, 555-201-4000, 555.201.4000, 555 201 4000, 201-4000, +41 (0)85 806 98 67,
// 0341 8387176, 463-612-6138x036, 01 42 68 53 00, 03-5321-1111. Slashes, as in blood pressures and lab series, are not phone separators.
const PHONE =
  /(?<![\w/.\-])(?:\+\d{1,3}[\s.\-]?(?:\(0\)\s?)?(?:\(\d{1,5}\)[\s.\-]?)?(?:\d{1,5}[\s.\-]){0,4}\d{2,6}|\(\d{2,5}\)[\s.\-]?\d{3,4}[\s.\-]?\d{3,4}|\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}|\d{3}[\s.\-]\d{4}|0\d{1,4}[\s.\-](?:\d{2,8}[\s.\-]?){1,4}|\d{3}\/\d{3}\/\d{4}|\(?\d{3}\)?-\s\d{3}-\s\d{4})(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?(?![\w/]|[.\-]\d)/gi;
/** After a phone cue any digit group counts: "Phone: 72 128 827", "not answering at 516 466 638". */
const CUED = /\b(?:phone|tel|telephone|mobile|cell|fax|desk|office|home|work|pager|call(?:ing)? (?:me |us )?(?:at|on)|answering at|reach (?:me|us) at|number(?: is)?)\s*[:#]?\s*\n?\s*(\+?\(?\d[\d ().\-]{4,18}\d)/gi;
const MEASURE_BEFORE = /\b(?:svr|pvr|pap|cvp|co|ci|bs|fs|glucose|plt|wbc|hct|hr|bp|sbp|map|tv|vt|rr|range|between|from|to)\s*[:=@]?\s*$/i;
/** Ten digits in pairs after a trunk zero, as French and Belgian numbers are written: "01 42 68 53 00". */
const PAIRED_TEN = /^0\d(?:([\s.\-])\d{2})(?:\1\d{2}){3}$/;
/** Pairs that are all 12 or less ("02 10 08 06 04") are a series of readings, counts or clock values; a real number's pairs are that small about once in 3,000. A phone cue still catches them (CUED). */
const SMALL_PAIRS = /^0\d(?:[\s.\-](?:0\d|1[0-2])){4}$/;
const BARE_TEN = /(?<![\w.])\d{10}(?![\w.])/g;
/** A number in brackets with its groups run together or split oddly: "(617555-0199)", "(617 555 01990)". */
const BRACKETED = /\((\d{3}[ .\-]?\d{3}[ .\-]?\d{4,5})\)/g;
const PAGER = /\b(?:pager|pgr|pg|beeper|bpr|cell|mobile|ext\.?|x)(?:\s*(?:number|no\.?))?\s*[#:]?\s*[#:]?\s*(\d{4,6})\b/gi;
/** "the caller from 555-0193", "a voicemail from 555-0193": the number someone called from, not a range. */
const CALLED_FROM_BEFORE = /\b(?:caller|call|calls|called|text|texts|texted|message|voicemail)\s+from\s*$/i;
const FAX_CUE = /\bfax\b[^\d\n]{0,12}$/i;
const FAX_AFTER = /-\s*fax\b/i;
const SHORT_NUMBER = /^(\d{3,4})\s?-\s?(\d{4})$/;
const ZEROS = /^0000\b/;
const TOLL_FREE = /^1?(?:800|888|877|866|855|844|833)/;
const PUBLIC_SHORT = /^(?:911|988|311|211|411|811)$/;
const DATE_LIKE = /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$|^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}$/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}/;

/** Words CUED and PAGER need; without them their scans are skipped. */
export const CUE_WORDS = wordClass(['phone', 'tel', 'telephone', 'mobile', 'cell', 'fax', 'desk', 'office', 'home', 'work', 'pager', 'call', 'calling', 'answering', 'reach', 'number']);
const PAGER_WORDS = wordClass(['pager', 'pgr', 'pg', 'beeper', 'bpr', 'cell', 'mobile', 'ext', 'x']);
const X_EXTENSION = /x\s?#?\s?:?\s?\d{4}/i;

/** "0700-1900", "930-1000": shift times, not numbers to call. */
function isClockRange(raw: string): boolean {
  const m = SHORT_NUMBER.exec(raw);
  if (!m) return ZEROS.test(raw);
  const ok = (t: string) => {
    const hh = Number(t.slice(0, -2));
    const mm = t.slice(-2);
    return hh <= 24 && ['00', '15', '30', '45'].includes(mm);
  };
  return ok(m[1] as string) && ok(m[2] as string);
}

export function findPhones(scan: PhiScan): PhiCandidate[] {
  const { text, dir } = scan;
  const out: PhiCandidate[] = [];
  if (!scan.hasDigit) return out;
  const push = (start: number, end: number, raw: string) => {
    const digits = digitsOf(raw);
    if (PUBLIC_SHORT.test(digits)) return;
    const before = text.slice(Math.max(0, start - 20), start);
    const isFax = FAX_CUE.test(before) || FAX_AFTER.test(text.slice(end, end + 6));
    if (isDirectoryPhone(dir, raw)) return;
    if (!isFax && sharesDirectoryExchange(dir, raw)) {
      out.push({ type: 'phone', start, end, link: 'contextual', rule: 'phi.phone.unlisted-line', why: 'This looks like one of our lines but is not in the directory' });
      return;
    }
    if (TOLL_FREE.test(digits) && digits.length >= 10) {
      out.push({ type: isFax ? 'fax' : 'phone', start, end, link: 'contextual', rule: 'phi.phone.toll-free', why: 'This number is not in the directory' });
      return;
    }
    out.push({
      type: isFax ? 'fax' : 'phone',
      start,
      end,
      link: 'identifier',
      rule: isFax ? 'phi.fax.personal' : 'phi.phone.personal',
      why: isFax ? 'A fax number not in the directory can identify a person' : 'A phone number not in the directory can identify a person',
    });
  };
  for (const m of execAll(PHONE, text)) {
    // A sentence's full stop after the last group is not part of the number.
    const raw = m[0].trim().replace(/[.\-]+$/, '');
    const digits = digitsOf(raw);
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_LIKE.test(raw) || TIME_RANGE.test(raw) || isClockRange(raw)) continue;
    // A two-digit trunk prefix ("01 42 68 53 00", "03-5321-1111") needs a national number's length; "05 12 2020" is a date.
    if (/^0\d[\s.\-]/.test(raw) && digits.length < 9) continue;
    // "SVR 882-1326", "glucose @ 0600-281": a range of readings, not a number to call.
    if (digits.length <= 8 && MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !CALLED_FROM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // Runs of 1-2 digit groups ("12 10 8 6") are counts, not phone numbers.
    if (!/^\+/.test(raw) && !/\d{3}/.test(raw.replace(/^0/, '')) && (!PAIRED_TEN.test(raw) || SMALL_PAIRS.test(raw))) continue;
    const start = m.index + m[0].indexOf(raw);
    // "224 4966 Bond Street": a house number (or two) in front of a street name.
    if (digits.length <= 10 && !/^[+(]/.test(raw) && streetNameFollows(text, start + raw.length)) continue;
    push(start, start + raw.length, raw);
  }
  for (const m of scan.hasWordOf(CUE_WORDS) && scan.phoneCueShape ? execAll(CUED, text) : []) {
    const raw = (m[1] as string).trim();
    const digits = digitsOf(raw);
    if (digits.length < 6 || digits.length > 15 || DATE_LIKE.test(raw) || isClockRange(raw)) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    if (out.some((o) => o.start < start + raw.length && start < o.end)) continue;
    push(start, start + raw.length, raw);
  }
  for (const m of scan.longestDigitRun >= 10 ? execAll(BARE_TEN, text) : []) push(m.index, m.index + m[0].length, m[0]);
  for (const m of scan.longestDigitRun >= 3 && text.includes('(') ? execAll(BRACKETED, text) : []) {
    const start = m.index + 1;
    const end = start + (m[1] as string).length;
    if (!out.some((o) => o.start < end && start < o.end)) push(start, end, m[1] as string);
  }
  for (const m of scan.longestDigitRun >= 4 && (scan.hasWordOf(PAGER_WORDS) || X_EXTENSION.test(text)) ? execAll(PAGER, text) : []) {
    const num = m[1] as string;
    const start = m.index + m[0].length - num.length;
    push(start, start + num.length, num);
  }
  return out;
}
