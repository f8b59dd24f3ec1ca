/**
 * Browser tests: a real Strapi (`strapi start` with the built admin panel) driven by Chromium.
 * A separate config so `npm test` does not need a browser; run with `npm run test:e2e`.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.tmp', '<rootDir>/.strapi', '<rootDir>/build'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/tests/e2e/global-setup.js',
  setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup.js'],
  verbose: true,
};
