/** Header text as compared: trimmed, lower case, single spaces, no BOM or zero-width characters. */
export function normaliseHeader(raw: string): string {
  return raw
    .replace(/[\uFEFF\u200B-\u200D]/g, '')
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
