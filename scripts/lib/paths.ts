import fs from 'node:fs';
import path from 'node:path';

/** Works from the source tree (tests, ts) and from dist/scripts/lib (bench). */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'dist') {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
