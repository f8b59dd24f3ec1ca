'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

// The tests serve the admin panel that `strapi build` writes to dist/build (and the compiled server in dist/).
// CLEARPOST_E2E_SKIP_BUILD=1 reuses the last build (handy while iterating; CI should build).
module.exports = async () => {
  if (!fs.existsSync(process.env.CLEARPOST_E2E_CHROMIUM || '/usr/bin/chromium')) {
    throw new Error('Chromium not found at /usr/bin/chromium: apt-get install -y chromium (or set CLEARPOST_E2E_CHROMIUM).');
  }
  if (process.env.CLEARPOST_E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) return;
  const started = Date.now();
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true' },
    });
  } catch (error) {
    throw new Error(`strapi build failed before the browser tests:\n${error.stdout || ''}${error.stderr || ''}`);
  }
  process.stdout.write(`\n[e2e] strapi build took ${Math.round((Date.now() - started) / 1000)} s\n`);
};
