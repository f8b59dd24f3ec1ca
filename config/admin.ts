export default ({ env }: { env: any }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'clearpost-dev-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'clearpost-dev-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'clearpost-dev-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'clearpost-dev-encryption-key-32ch') },
  flags: { nps: env.bool('FLAG_NPS', false), promoteEE: env.bool('FLAG_PROMOTE_EE', false) },
  watchIgnoreFiles: ['**/tests/**', '**/scripts/**', '**/.tmp/**'],
});
