import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Strapi-like document id (24 lowercase alphanumerics, starting with a letter) for rows we write with db.query. */
export function newDocumentId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let i = 1; i < 24; i += 1) id += ALPHABET[bytes[i] % ALPHABET.length];
  return id;
}
