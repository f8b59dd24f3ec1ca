/**
 * Gates that look only at the characters around a '.', ':' or '#'. Posts hold a handful of those,
 * so walking them with indexOf is cheaper than a regex scan of the whole text per gate.
 */

import { isAsciiDigit as isDigit, isAsciiLetter } from './char-classes';

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

export interface DotNeighbours {
  /** /[A-Za-z0-9]\.[A-Za-z]/: a dot inside something shaped like a domain. */
  domainDot: boolean;
  /** /\d\.\d/: a dot between digits, as in an IP address or a decimal. */
  digitDotDigit: boolean;
}

export function dotNeighbours(text: string): DotNeighbours {
  let domainDot = false;
  let digitDotDigit = false;
  for (let i = text.indexOf('.', 1); i >= 0 && !(domainDot && digitDotDigit); i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (isDigit(before) && isDigit(after)) digitDotDigit = true;
    if ((isDigit(before) || isAsciiLetter(before)) && isAsciiLetter(after)) domainDot = true;
  }
  return { domainDot, digitDotDigit };
}

/** /[0-9A-Fa-f]:[0-9A-Fa-f:]/: a colon between hex digits, as in an IPv6 address. */
export function hexColon(text: string): boolean {
  for (let i = text.indexOf(':', 1); i >= 0; i = text.indexOf(':', i + 1)) {
    const after = text.charCodeAt(i + 1);
    if (isHexDigit(text.charCodeAt(i - 1)) && (isHexDigit(after) || after === 58)) return true;
  }
  return false;
}

/** /:\/\/|www\.|[a-z0-9-]\.[a-z]{2}/i: something a link needs (a scheme, "www." or a dot before two letters). */
export function linkHint(text: string): boolean {
  if (text.includes('://')) return true;
  for (let i = text.indexOf('.', 1); i >= 0; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if ((isDigit(before) || isAsciiLetter(before) || before === 45) && isAsciiLetter(text.charCodeAt(i + 1)) && isAsciiLetter(text.charCodeAt(i + 2))) return true;
    // "www" in any case: `| 32` folds only W onto w among ASCII characters.
    if ((before | 32) === 119 && (text.charCodeAt(i - 2) | 32) === 119 && (text.charCodeAt(i - 3) | 32) === 119) return true;
  }
  return false;
}

function isAsciiWordChar(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c) || c === 95;
}

/**
 * Something /\b#\s*[:#]?\s*(?:[A-Z]{1,5}[- ]?)?\d/i needs: a '#' right after a word character (the `\b`),
 * then past any marks or blanks up to five letters, one more mark, and a digit ("acct#AB-1234", "Room# 12").
 * A hashtag after a space fails at once.
 */
export function hashBeforeNumber(text: string): boolean {
  const n = text.length;
  for (let i = text.indexOf('#', 1); i >= 0; i = text.indexOf('#', i + 1)) {
    if (!isAsciiWordChar(text.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < n && !isDigit(text.charCodeAt(j)) && !isAsciiLetter(text.charCodeAt(j))) j++;
    const letters = j;
    while (j < n && j - letters < 5 && isAsciiLetter(text.charCodeAt(j))) j++;
    if (j > letters && j < n && !isDigit(text.charCodeAt(j)) && !isAsciiLetter(text.charCodeAt(j))) j++;
    if (isDigit(text.charCodeAt(j))) return true;
  }
  return false;
}
