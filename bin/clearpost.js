#!/usr/bin/env node
'use strict';
// The CLI is compiled into dist-cli/ by `npm run build:cli` (run by `prepare` on install), apart from dist/, which
// `strapi develop` empties and rebuilds whenever it starts or reloads.
const path = require('node:path');
const entry = path.join(__dirname, '..', 'dist-cli', 'server', 'src', 'cli', 'index.js');
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(entry)) {
    process.stderr.write('clearpost: the CLI is not built yet. Run `npm run build:cli` first.\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`clearpost: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
