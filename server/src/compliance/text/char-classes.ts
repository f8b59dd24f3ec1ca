/** Character tests on one UTF-16 code unit, for hand-written scans that must agree with a regex. */

/** What a regex `\s` matches. */
export function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What a regex `\d` matches. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What [A-Za-z] matches (also [a-z] under the `i` flag without `u`). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
