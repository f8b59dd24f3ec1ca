import { openCredentials, sealCredentials, CredentialDecryptError } from '../credential-cipher';
import { deriveCredentialsKey, resolveCredentialsKey } from '../credentials-key';

const key = deriveCredentialsKey('a-test-secret-that-is-long-enough-1234');
const credentials = { accessToken: 'EAAG-secret-token', accountId: '1234567890' };

describe('channel credential cipher', () => {
  it('round-trips and never contains the plaintext', () => {
    const sealed = sealCredentials(key, 'doc1', credentials);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('EAAG');
    expect(openCredentials(key, 'doc1', sealed)).toEqual(credentials);
  });

  it('uses a fresh IV each time', () => {
    expect(sealCredentials(key, 'doc1', credentials)).not.toBe(sealCredentials(key, 'doc1', credentials));
  });

  it('refuses another key, another channel, or a tampered value', () => {
    const sealed = sealCredentials(key, 'doc1', credentials);
    expect(() => openCredentials(deriveCredentialsKey('another-secret-that-is-long-enough-99'), 'doc1', sealed)).toThrow(CredentialDecryptError);
    expect(() => openCredentials(key, 'doc2', sealed)).toThrow(/cannot be decrypted/);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] ^= 1;
    expect(() => openCredentials(key, 'doc1', [...parts.slice(0, 3), body.toString('base64url')].join('.'))).toThrow(CredentialDecryptError);
    expect(() => openCredentials(key, 'doc1', 'garbage')).toThrow(/known format/);
  });

  it('derives the key from credentialsKey, else from the admin encryption key', () => {
    expect(resolveCredentialsKey(undefined, 'admin-secret-admin-secret-admin-secret')).toEqual(deriveCredentialsKey('admin-secret-admin-secret-admin-secret'));
    expect(resolveCredentialsKey('plugin-secret-plugin-secret-plugin-sec', 'admin-secret-admin-secret-admin-secret')).toEqual(
      deriveCredentialsKey('plugin-secret-plugin-secret-plugin-sec'),
    );
    expect(() => resolveCredentialsKey(undefined, undefined)).toThrow(/credentialsKey/);
  });
});
