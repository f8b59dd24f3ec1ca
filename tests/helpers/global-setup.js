'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

// Compile once: every integration file boots Strapi from dist/, and compiling per file races.
module.exports = async () => {
  if (process.env.CLEARPOST_TEST_SKIP_BUILD === '1') return;
  const root = path.resolve(__dirname, '..', '..');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const output = `${error.stdout || ''}${error.stderr || ''}`;
    throw new Error(`TypeScript build failed before the integration tests:\n${output}`);
  }
};
