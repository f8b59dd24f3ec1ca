import type { Directory } from '../types';

/** The directory reduced to what detectors look up: name words, phone digits, e-mails, domains. */
export interface DirectoryIndex {
  /** Lower-case words of staff names (titles and credentials dropped) and allowed terms. */
  nameWords: ReadonlySet<string>;
  /** Lower-case full allowed phrases (staff names without titles, allowed terms, organisation). */
  phrases: readonly string[];
  /** Last ten digits of every listed phone. */
  phones: ReadonlySet<string>;
  emails: ReadonlySet<string>;
  /** Lower-case host of the organisation's website, without "www.". */
  domain?: string;
  /** Lower-case listed location strings. */
  locations: readonly string[];
  /** The same with street words spelt out ("780 oak hill road, shelbyville" for "780 Oak Hill Rd, Shelbyville"). */
  locationKeys: readonly string[];
  /** The ASCII-letter words of those locations ("springfield", "main"): where a town named in a text is one of ours. */
  locationWords: ReadonlySet<string>;
  /** Lower-case words of the organisation, department and location names: never a person's name. */
  orgWords: ReadonlySet<string>;
  /** Lower-case words of the department names alone ("pediatrics", "cardiology"), unlike towns in orgWords. */
  departmentWords: ReadonlySet<string>;
}

const TITLE_OR_CREDENTIAL =
  /^(?:dr|doctor|nurse|practitioner|prof|professor|mr|mrs|ms|rn|md|np|pa|do|phd|rd|pt|lcsw|lpn|cna|fnp|aprn|dds|od|mph)$/;

export const EMPTY_DIRECTORY: Directory = { staff: [], departments: [] };

/** The words of a directory entry as it writes them ("Dr.", "Urgent", "24", "7"), curly apostrophes straightened. */
export function wordsOf(text: string): string[] {
  return text.replace(/’/g, "'").split(/[^\p{L}\p{N}'\-]+/u).filter(Boolean);
}

const words = (text: string): string[] => wordsOf(text.toLowerCase());

/** The ASCII digits of `text`, like `text.replace(/\D/g, '')` without the regex. */
export function digitsOf(text: string): string {
  let out = '';
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const digit = c >= 48 && c <= 57;
    if (digit && from < 0) from = i;
    else if (!digit && from >= 0) {
      out += text.slice(from, i);
      from = -1;
    }
  }
  return out;
}

export function phoneDigits(text: string): string {
  const digits = digitsOf(text);
  return digits.length > 10 ? digits.slice(-10) : digits;
}

function hostOf(website: string): string {
  return website
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');
}

const cache = new WeakMap<Directory, DirectoryIndex>();

export function indexDirectory(directory: Directory): DirectoryIndex {
  const cached = cache.get(directory);
  if (cached) return cached;
  const nameWords = new Set<string>();
  const phrases: string[] = [];
  const phones = new Set<string>();
  const emails = new Set<string>();
  const orgWords = new Set<string>();
  const departmentWords = new Set<string>();
  for (const person of directory.staff ?? []) {
    const kept = words(person.name ?? '').filter((w) => !TITLE_OR_CREDENTIAL.test(w));
    kept.forEach((w) => nameWords.add(w));
    if (kept.length) phrases.push(kept.join(' '));
    if (person.phone) phones.add(phoneDigits(person.phone));
    if (person.email) emails.add(person.email.toLowerCase());
  }
  for (const dept of directory.departments ?? []) {
    words(dept.name ?? '').forEach((w) => {
      orgWords.add(w);
      departmentWords.add(w);
    });
    if (dept.phone) phones.add(phoneDigits(dept.phone));
    if (dept.email) emails.add(dept.email.toLowerCase());
  }
  for (const term of directory.allowedTerms ?? []) {
    words(term).forEach((w) => nameWords.add(w));
    phrases.push(words(term).join(' '));
  }
  for (const location of directory.locations ?? []) words(location).forEach((w) => orgWords.add(w));
  if (directory.organisation) {
    words(directory.organisation).forEach((w) => orgWords.add(w));
    phrases.push(words(directory.organisation).join(' '));
  }
  const locations = (directory.locations ?? []).map((l) => l.toLowerCase());
  const index: DirectoryIndex = {
    nameWords,
    phrases,
    phones,
    emails,
    domain: directory.website ? hostOf(directory.website) : undefined,
    locations,
    locationKeys: locations.map(streetKey),
    locationWords: new Set(locations.flatMap((l) => l.split(/[^a-z]+/))),
    orgWords,
    departmentWords,
  };
  cache.set(directory, index);
  return index;
}

export function isDirectoryPhone(index: DirectoryIndex, text: string): boolean {
  const digits = phoneDigits(text);
  if (index.phones.has(digits)) return true;
  // A number written without its area code still matches a listed line.
  if (digits.length === 7) for (const p of index.phones) if (p.endsWith(digits)) return true;
  return false;
}

/** "(555) 201-4300" beside listed "(555) 201-4000": the organisation's exchange, most likely an unlisted line of ours. */
export function sharesDirectoryExchange(index: DirectoryIndex, text: string): boolean {
  const digits = phoneDigits(text);
  if (digits.length !== 10) return false;
  for (const p of index.phones) if (p.length === 10 && p.slice(0, 6) === digits.slice(0, 6)) return true;
  return false;
}

const WWW = /^www\./;

export function isDirectoryHost(index: DirectoryIndex, host: string): boolean {
  if (!index.domain) return false;
  const h = host.toLowerCase().replace(WWW, '');
  return h === index.domain || h.endsWith(`.${index.domain}`);
}

export function isDirectoryEmail(index: DirectoryIndex, email: string): boolean {
  const e = email.toLowerCase();
  if (index.emails.has(e)) return true;
  const host = e.slice(e.lastIndexOf('@') + 1);
  return isDirectoryHost(index, host);
}

const STREET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  rd: 'road',
  st: 'street',
  ave: 'avenue',
  av: 'avenue',
  dr: 'drive',
  ln: 'lane',
  blvd: 'boulevard',
  ct: 'court',
  pl: 'place',
  hwy: 'highway',
  pkwy: 'parkway',
};

/** Lower case, street words spelt out and their stops dropped: "45 Riverside Dr." and "45 Riverside Drive" are one place. */
function streetKey(text: string): string {
  return text.toLowerCase().replace(/\b(rd|st|ave?|dr|ln|blvd|ct|pl|hwy|pkwy)\b\.?/g, (_, word: string) => STREET_ABBREVIATIONS[word] ?? word);
}

export function isDirectoryLocation(index: DirectoryIndex, text: string): boolean {
  const t = streetKey(text);
  return index.locationKeys.some((l) => l.startsWith(t) || t.startsWith(l.split(',')[0] as string));
}

/** "Dr. Tomasz Nowak got his first sunburn at 9": the text names one of the listed people (first and last name). */
export function namesListedPerson(index: DirectoryIndex, text: string): boolean {
  const lower = text.toLowerCase();
  return index.phrases.some((phrase) => phrase.includes(' ') && lower.includes(phrase));
}
