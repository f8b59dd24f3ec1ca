import { digitsOf, isDirectoryEmail, isDirectoryHost } from '../directory/directory-index';
import type { PhiCandidate } from './phi-candidate';
import type { PhiScan } from './phi-scan';
import { asciiWords, hasAnyOf, hasRunStartingWith } from '../text/ascii-words';
import { emailMatches } from '../text/email-matches';
import { execAll } from '../text/exec-all';
import { STREET_SUFFIX } from './street-suffix';
import { dotNeighbours, hashBeforeNumber, hexColon } from '../text/mark-neighbours';

// A bare host is tried only from its first label: from a later label (or hyphen part) it finds nothing the first
// label does not, and trying every label again made long dotted runs quadratic.
const URL =
  /\b(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s<>"']+|[Ww][Ww][Ww]\.[^\s<>"']+|(?<!\b[A-Za-z][A-Za-z0-9\-]*?[.\-])[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|edu|gov|io|info|health|care|example|co\.uk|com\.au|org\.uk)(?:\.[a-z]{2})?(?![\w.-]*[A-Z]{2})(?:\/[^\s<>"']*)?)(?![\p{L}\d])/gu;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const IPV6 = /\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:?){0,6}[0-9a-f]{1,4}\b/gi;
const SSN = /\b\d{3}-\d{2}-\d{4}\b|\b\d{3} \d{2} \d{4}\b/g;
/** "a Medicare card ending in 7Q42", "the account ending 0193": the tail of someone's number (a digit in it, so "ending in May" is not). */
const NUMBER_ENDING_IN =
  /\b(?:card|account|acct|number|policy|member\s+id|id|license|licence|plate|phone|mrn)\s+(?:that\s+)?(?:ends?|ending)\s+(?:in|with)?\s*[:#]?\s*((?=[A-Z0-9]*\d)[A-Z0-9]{3,6})\b/gi;
const ENDING_WORDS = ['ending', 'ends', 'end'];
const SSN_TAIL = /\b(?:ssn|social security(?: number)?|social)\b[^.\d\n]{0,25}?(\d{4})\b/gi;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const CARD = /\b\d(?:[ -]?\d){11,18}\b/g;
/** A labelled record number; "N.º 518 204 377": Spanish "número" shortened, and a number written in groups of three or four. */
const RECORD_KEYWORD =
  /\b(?:mrn|medical record(?: number| no\.?| #)?|record (?:number|no\.?|#)|chart (?:number|no\.?|#)|acct\.?|account(?: number| no\.?)?|member(?:ship)? (?:id|number|no\.?|card)|policy(?: number| no\.?)?|plan (?:id|number)|insurance (?:id|number)|subscriber id|group (?:number|no\.?)|claim(?: number| no\.?)?|case(?: number| no\.?)|(?<!\bin\s)case(?=\s+#?\d{4,}\b)|ref(?:erence)?(?: number| no\.?)?|licen[cs]e(?: number| no\.?)?|driver'?s licen[cs]e|dl|passport(?: number| no\.?)?|serial(?: number| no\.?)?|sn|device (?:id|number|serial)|badge(?: number| no\.?)?|jersey(?: number| no\.?)?|id(?: number| no\.?)?|patient (?:id|number)|invoice(?: number| no\.?)?|(?:statement|billing|bill|confirmation|ticket|order|encounter|visit|prescription|rx) (?:number|no\.?|#|id)|rx|n[uú]mero de (?:serie|expediente|cuenta|afiliaci[oó]n|afiliad[oa]|p[oó]liza|seguro|paciente|medicare|medicaid|medi-cal|miembro|reclamo|factura|receta)|expediente|folio|cuenta|n\.?\s?[º°]|#)\s*[:#]?\s*((?:[A-Z]{1,5}[- ]?)?(?:\d{3,4}(?: \d{3,4}){1,3}(?![\dA-Z-])|\d[\dA-Z\-]{2,18}))\b/gi;
const CODE = /\b[A-Z]{1,5}-?\d{4,}(?:-[A-Z0-9]+)*\b|\b[A-Z]\d{6,14}\b/g;
/** A Medicare Beneficiary Identifier ("1EG4-TE5-MK73"): eleven places, letters other than S, L, O, I, B and Z. */
const MEDICARE_MBI = /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g;
/** "Medicare number 3HT7-JK2-LP48", "número de Medicare …": a number given as someone's Medicare or Medicaid number, valid or not. */
const LABELLED_MEDICARE = /\b(?:medicare|medicaid)(?:\s+(?:number|no\.?|id|#))?\s*[:#]?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b/gi;
/** "núm. 948337215K": a long number, with a check letter after it or not. */
const LONG_NUMBER = /(?<![\d.,$])\b\d{7,}[A-Z]?\b(?![.,]\d)/g;

const PUBLIC_HOSTS =
  /(?:\.gov|\.edu|cdc\.gov|who\.int|nih\.gov|heart\.org|cancer\.org|diabetes\.org|lung\.org|mayoclinic\.org|medlineplus\.gov|988lifeline\.org)$/i;
const PERSONAL_PATH =
  /(?:\/(?:patients?|users?|u|profile|members?|people|~)[\/\w]|[?&](?:id|patient|mrn|user|uid|email|name)=|gofundme|caringbridge|facebook\.com\/(?!riverside)|instagram\.com\/|tiktok\.com\/@|linkedin\.com\/in\/)/i;

/** Cheap gates: a domain needs a dot between word characters; IPv6 needs a colon between hex digits. */
const SSN_WORDS = ['ssn', 'social'];
// RECORD_KEYWORD starts at one of these (or at "#"); the number may follow without a space ("mrnAB1234").
const RECORD_WORD_STARTS = ['mrn', 'medical', 'record', 'chart', 'acct', 'account', 'member', 'policy', 'plan', 'insurance', 'subscriber', 'group', 'claim', 'case', 'ref', 'licenc', 'licens', 'driver', 'dl', 'passport', 'serial', 'sn', 'device', 'badge', 'jersey', 'id', 'patient', 'invoice', 'statement', 'billing', 'bill', 'confirmation', 'ticket', 'order', 'encounter', 'visit', 'prescription', 'rx', 'mero', 'numero', 'expediente', 'folio', 'cuenta'];

/** "#SMLM2025": a word and a year or a number after "#" is a campaign's hashtag, unless a record word comes before it ("plan #MKH338201"). */
function isCampaignHashtag(text: string, at: number, code: string): boolean {
  if (text.charAt(at - 1) !== '#' || !/^\p{L}{3,}\d{2,4}$/u.test(code)) return false;
  const word = /([a-z]+)\.?\s*$/i.exec(text.slice(Math.max(0, at - 20), at - 1))?.[1]?.toLowerCase();
  return word === undefined || !RECORD_WORD_STARTS.some((start) => word.startsWith(start));
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function hostOf(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').replace(/[/?#:].*$/, '');
}

/** A candidate spanning the whole of a pattern's match. */
function wholeMatch(
  m: RegExpExecArray,
  type: PhiCandidate['type'],
  link: PhiCandidate['link'],
  rule: string,
  why: string
): PhiCandidate {
  return { type, start: m.index, end: m.index + m[0].length, link, rule, why };
}

/** "reference posting BH-2025-07", "Req #RN-4471": a job opening's number, not a person's record. */
/** "bring a photo ID to 1200 Main Street": the number of a street address, not of a record. */
const STREET_AFTER = new RegExp(String.raw`^\s+(?:[NSEW]\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+${STREET_SUFFIX}(?![\p{L}])`, 'u');
/** "a short assessment form (MCSA-5870)", "Form I-9": the number of a form anyone fills in. */
const FORM_BEFORE = /\bform\s*\(?\s*$/i;
const ROOM_BEFORE = /\b(?:room|rm\.?|suite|sala)\s$/i;
const JOB_POSTING_BEFORE = /\b(?:posting|requisition|req|job|position|opening)\s*(?:#|number|no\.?|id|code)?\s*:?\s*$/i;

export function findIdentifierPatterns(scan: PhiScan): PhiCandidate[] {
  const { text, dir } = scan;
  const out: PhiCandidate[] = [];
  const emailSpans: Array<[number, number]> = [];
  // Cheap gates keep the heavier patterns off texts that cannot match them.
  const hasAt = text.includes('@');
  const hasDigitRun = scan.longestDigitRun >= 3;
  const hasColon = scan.hasDigit && hexColon(text);
  const { domainDot: hasDomainDot, digitDotDigit } = dotNeighbours(text);
  for (const m of hasAt ? emailMatches(text) : []) {
    emailSpans.push([m.index, m.index + m[0].length]);
    if (isDirectoryEmail(dir, m[0])) continue;
    out.push(wholeMatch(m, 'email', 'identifier', 'phi.email.personal', 'A personal e-mail address identifies someone'));
  }
  const insideEmail = (i: number) => emailSpans.some(([s, e]) => i >= s && i < e);
  for (const m of hasDomainDot ? execAll(URL, text) : []) {
    if (insideEmail(m.index)) continue;
    let url = m[0].replace(/[.,;:!?)\]]+$/, '');
    if (/^\d+(?:\.\d+)+$/.test(url)) continue;
    // "SECRETIONS.PT" in a shouted note is a missing space, not a domain.
    if (
      !/^(?:https?:|www\.)/i.test(url) &&
      (/[A-Z]{2}/.test(url.split('/')[0] as string) || !/[a-z]/.test(url) || /^[^.]{1,2}\./.test(url))
    )
      continue;
    const host = hostOf(url);
    if (isDirectoryHost(dir, host)) continue;
    const end = m.index + url.length;
    if (PERSONAL_PATH.test(url)) {
      out.push({
        type: 'url',
        start: m.index,
        end,
        link: 'identifier',
        rule: 'phi.url.personal',
        why: "This link points to a person's page or record",
      });
    } else if (!PUBLIC_HOSTS.test(host)) {
      out.push({
        type: 'url',
        start: m.index,
        end,
        link: 'contextual',
        rule: 'phi.url.unknown',
        why: "This link is not the organisation's website; make sure it does not lead to a person",
      });
    }
  }
  for (const m of digitDotDigit ? execAll(IPV4, text) : []) {
    out.push(wholeMatch(m, 'ip', 'identifier', 'phi.ip.address', 'An IP address can identify a person'));
  }
  for (const m of hasColon ? execAll(IPV6, text) : []) {
    if (!/[a-f]/i.test(m[0]) && m[0].split(':').length < 4) continue;
    out.push(wholeMatch(m, 'ip', 'identifier', 'phi.ip.address', 'An IP address can identify a person'));
  }
  for (const m of scan.ssnShape ? execAll(SSN, text) : []) {
    out.push(wholeMatch(m, 'id', 'identifier', 'phi.id.ssn', 'A Social Security number identifies a person'));
  }
  for (const m of hasAnyOf(asciiWords(text), ENDING_WORDS) ? execAll(NUMBER_ENDING_IN, text) : []) {
    const tail = m[1] as string;
    const start = m.index + m[0].length - tail.length;
    out.push({ type: 'id', start, end: start + tail.length, link: 'identifier', rule: 'phi.id.number-ending', why: "The last characters of someone's card or account number identify them" });
  }
  for (const m of hasAnyOf(asciiWords(text), SSN_WORDS) ? execAll(SSN_TAIL, text) : []) {
    const tail = m[1] as string;
    const start = m.index + m[0].length - tail.length;
    out.push({
      type: 'id',
      start,
      end: start + 4,
      link: 'identifier',
      rule: 'phi.id.ssn-digits',
      why: 'Digits of a Social Security number identify a person',
    });
  }
  for (const m of hasDigitRun && scan.capsThenDigit ? execAll(IBAN, text) : []) {
    out.push(wholeMatch(m, 'id', 'identifier', 'phi.id.bank-account', 'A bank account number identifies a person'));
  }
  for (const m of scan.longestDigitChain >= 12 ? execAll(CARD, text) : []) {
    const digits = digitsOf(m[0]);
    const near = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    if (!luhn(digits) && !/card|account|acct/.test(near)) continue;
    // Grouped like a phone number is a phone number.
    if (digits.length < 13 && /[ -]/.test(m[0]) && !/card/.test(near)) continue;
    out.push(wholeMatch(m, 'id', 'identifier', 'phi.id.card-number', 'A payment card number identifies a person'));
  }
  const recordCue = hasDigitRun && (hashBeforeNumber(text) || hasRunStartingWith(asciiWords(text), RECORD_WORD_STARTS) || /[º°]/.test(text));
  for (const m of recordCue ? execAll(RECORD_KEYWORD, text) : []) {
    const code = m[1] as string;
    if (digitsOf(code).length < 4) continue;
    if (/^[.,]\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    if (STREET_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (/^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/.test(code)) continue;
    const isHash = m[0].trimStart().startsWith('#');
    // "#1 in the region" or "#5k" is not a record number.
    if (isHash && digitsOf(code).length < 4) continue;
    const start = isHash ? m.index : m.index + m[0].length - code.length;
    out.push({
      type: 'id',
      start,
      end: m.index + m[0].length,
      link: 'identifier',
      rule: 'phi.id.record-number',
      why: 'A record, account, plan, licence or device number identifies a person',
    });
  }
  for (const m of hasDigitRun && scan.capsBeforeFourDigits ? execAll(CODE, text) : []) {
    // IR3535 names an insect repellent and J1772 a car charger's plug; the rest name viruses, markers, standards and times.
    if (/^(?:COVID|H\d|SARS|CD\d|ICD|HL7|ISO|PM|AM|IR3535\b|J1772\b)/.test(m[0])) continue;
    if (JOB_POSTING_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || FORM_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Room A-1002": a room, which the room rules weigh.
    if (ROOM_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (isCampaignHashtag(text, m.index, m[0])) continue;
    out.push(wholeMatch(m, 'id', 'identifier', 'phi.id.code', 'A record or member code identifies a person'));
  }
  for (const m of scan.capsThenDigit ? execAll(MEDICARE_MBI, text) : []) {
    out.push(wholeMatch(m, 'id', 'identifier', 'phi.id.medicare', 'A Medicare number identifies a person'));
  }
  for (const m of scan.capsThenDigit && /medica[ri]/i.test(text) ? execAll(LABELLED_MEDICARE, text) : []) {
    const code = m[1] as string;
    if (digitsOf(code).length < 3) continue;
    const start = m.index + m[0].length - code.length;
    out.push({ type: 'id', start, end: start + code.length, link: 'identifier', rule: 'phi.id.medicare', why: 'A Medicare number identifies a person' });
  }
  for (const m of scan.longestDigitRun >= 7 ? execAll(LONG_NUMBER, text) : []) {
    out.push(wholeMatch(m, 'id', 'contextual', 'phi.id.long-number', 'A long number may be a record or account number'));
  }
  return out;
}
