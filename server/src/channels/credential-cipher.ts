import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class CredentialDecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialDecryptError';
  }
}

// Binding the ciphertext to its channel means a sealed value copied onto another channel will not open.
function additionalData(channelDocumentId: string): Buffer {
  return Buffer.from(`clearpost:channel:${channelDocumentId}`, 'utf8');
}

/** AES-256-GCM over the JSON of `credentials`; the result is `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function sealCredentials(key: Buffer, channelDocumentId: string, credentials: unknown): string {
  if (key.length !== 32) throw new Error('The credentials key must be 32 bytes');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(channelDocumentId));
  const body = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function openCredentials(key: Buffer, channelDocumentId: string, sealed: string): unknown {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new CredentialDecryptError('Stored credentials are not in a known format');
  const [, ivText, tagText, bodyText] = parts as [string, string, string, string];
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new CredentialDecryptError('Stored credentials are truncated');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(channelDocumentId));
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8');
    return JSON.parse(text) as unknown;
  } catch {
    throw new CredentialDecryptError(
      'Stored credentials cannot be decrypted: the key changed (credentialsKey / admin.secrets.encryptionKey) or the value was altered; enter the credentials again',
    );
  }
}
