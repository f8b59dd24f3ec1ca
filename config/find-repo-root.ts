import fs from 'node:fs';
import path from 'node:path';

/** This file runs from `config/` (admin build) and from `dist/config/` (server): walk up to package.json. */
export function findRepoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const { name } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'clearpost') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the clearpost package.json above ${start}`);
    dir = parent;
  }
}
