/* Runs every benchmark part in scripts/bench/, or those named: `npm run bench -- compliance images`. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

interface BenchPart {
  run: () => Promise<void>;
}

const ORDER = ['compliance', 'gate', 'images', 'roi', 'delivery'];

function availableParts(): string[] {
  const dir = path.join(__dirname, 'bench');
  const found = readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -3));
  return found.sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
}

async function main(): Promise<void> {
  const parts = availableParts();
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : parts;
  for (const name of names) {
    if (!parts.includes(name)) throw new Error(`Unknown bench part '${name}'. Parts: ${parts.join(', ')}`);
    process.stdout.write(`\n=== ${name} ===\n`);
    const part = (await import(path.join(__dirname, 'bench', `${name}.js`))) as BenchPart;
    await part.run();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
