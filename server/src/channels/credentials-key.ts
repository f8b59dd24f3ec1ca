import { hkdfSync } from 'node:crypto';
import { z } from 'zod';

export const credentialsKeySchema = z
  .string()
  .min(32, 'must be at least 32 characters of random text (e.g. the output of `openssl rand -base64 32`)');

// HKDF suits high-entropy secrets (both sources are); a fixed info string separates this key from any
// other key someone derives from the same secret.
const SALT = 'clearpost';
const INFO = 'clearpost/channel-credentials/v1';

export function deriveCredentialsKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32));
}

/**
 * The 32-byte AES key: from the plugin's `credentialsKey` when set, else from Strapi's
 * `admin.secrets.encryptionKey`. Changing either makes stored credentials unreadable.
 */
export function resolveCredentialsKey(configured: string | undefined, adminEncryptionKey: string | undefined): Buffer {
  const secret = configured ?? adminEncryptionKey;
  if (!secret) {
    throw new Error('No key for channel credentials: set the clearpost plugin config `credentialsKey` or admin `secrets.encryptionKey`');
  }
  return deriveCredentialsKey(secret);
}
