#!/usr/bin/env node
'use strict';
// npm does not put a package's own `bin` into its node_modules/.bin, so `npx clearpost` inside this
// checkout would link the whole project into npx's cache on every new machine (seconds per call).
// A link of our own makes `npx --no-install clearpost` resolve locally and start at once.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const binDir = path.join(root, 'node_modules', '.bin');
if (!fs.existsSync(binDir)) process.exit(0);
const link = path.join(binDir, 'clearpost');
const target = path.join('..', '..', 'bin', 'clearpost.js');
try {
  if (fs.readlinkSync(link) === target) process.exit(0);
  fs.unlinkSync(link);
} catch {
  // no link yet
}
fs.symlinkSync(target, link);
