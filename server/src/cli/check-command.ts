import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { check } from '../compliance/engine';
import { EMPTY_DIRECTORY } from '../compliance/directory/directory-index';
import { parseDirectory } from '../compliance/directory/directory-schema';
import { knownPlatform } from '../compliance/platform-name';
import { PLATFORMS, TEXT_KINDS, type ComplianceReport, type Directory } from '../compliance/types';
import type { CliCommand } from './command';
import { formatReport } from './check-report-format';

const HELP = `Usage:
  clearpost check "text" [--kind post|reply|alt-text|template] [--platform x|instagram|linkedin|facebook]
                         [--context "the comment a reply answers"] [--directory FILE]
  clearpost check --jsonl [--directory FILE] < items.jsonl

Judges text with the compliance engine.

Options:
  --kind KIND        What the text is (default: post)
  --platform NAME    Where it will be published (length limits)
  --context TEXT     For replies: the comment being answered
  --directory FILE   The organisation's public contacts (JSON); without it nothing is allow-listed
  --jsonl            Read JSON Lines on stdin, each {id, kind, platform?, text, context?}; write one line
                     {id, verdict, findings} per input, in order. A bad line gets {id?, error}. A platform
                     other than these four is checked without a length limit, with {warnings} saying so.
  -h, --help         Show this help

Exit status: single text 0 = pass, 1 = block; --jsonl 0 unless stdin cannot be read; 2 = usage error.
`;

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  kind: z.enum(TEXT_KINDS),
  platform: z.string().optional().nullable(),
  text: z.string(),
  context: z.string().optional().nullable(),
});

class UsageError extends Error {}

function loadDirectory(file: string | undefined): Directory {
  if (!file) return EMPTY_DIRECTORY;
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read directory file '${file}': ${(error as Error).message}`);
  }
  try {
    return parseDirectory(JSON.parse(raw));
  } catch (error) {
    throw new UsageError(`directory file '${file}': ${(error as Error).message}`);
  }
}

function write(line: string): Promise<void> | void {
  if (!process.stdout.write(line)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

function describeError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
}

function handleLine(line: string, directory: Directory): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON' });
  }
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : undefined;
    return JSON.stringify({ ...(id !== undefined ? { id } : {}), error: describeError(parsed.error) });
  }
  const item = parsed.data;
  // A platform we have no limits for ("google", "tiktok") still gets its text judged, without a length check.
  const platform = item.platform ? knownPlatform(item.platform) : undefined;
  const warnings = item.platform && !platform ? [`platform '${item.platform}' is not one of ${PLATFORMS.join(', ')}: the text was checked without a length limit`] : undefined;
  try {
    const report: ComplianceReport = check({
      text: item.text,
      kind: item.kind,
      platform,
      context: item.context ?? undefined,
      directory,
    });
    return JSON.stringify({ id: item.id, verdict: report.verdict, findings: report.findings, ...(warnings ? { warnings } : {}) });
  } catch (error) {
    return JSON.stringify({ id: item.id, error: `engine failed: ${(error as Error).message}` });
  }
}

async function runJsonl(directory: Directory): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      if (!line.trim()) continue;
      await write(`${handleLine(line, directory)}\n`);
    }
  } catch (error) {
    process.stderr.write(`clearpost check: cannot read stdin: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

export const checkCommand: CliCommand = {
  async run(argv) {
    let values: Record<string, string | boolean | undefined>;
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          jsonl: { type: 'boolean' },
          directory: { type: 'string' },
          kind: { type: 'string' },
          platform: { type: 'string' },
          context: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      process.stderr.write(`clearpost check: ${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    try {
      const kind = (values.kind as string | undefined) ?? 'post';
      if (!(TEXT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${TEXT_KINDS.join(', ')} (got '${kind}')`);
      const platformName = values.platform as string | undefined;
      const platform = platformName === undefined ? undefined : knownPlatform(platformName);
      if (platformName !== undefined && !platform) throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')} (got '${platformName}')`);
      const directory = loadDirectory(values.directory as string | undefined);
      if (values.jsonl) {
        if (positionals.length) throw new UsageError('--jsonl reads stdin; do not also pass text');
        if (values.kind || values.platform || values.context) throw new UsageError('--kind, --platform and --context go inside each JSON line with --jsonl');
        return await runJsonl(directory);
      }
      if (positionals.length !== 1) throw new UsageError(positionals.length ? 'pass the text as one quoted argument' : 'no text given');
      const text = positionals[0] as string;
      const report = check({
        text,
        kind: kind as (typeof TEXT_KINDS)[number],
        platform,
        context: values.context as string | undefined,
        directory,
      });
      process.stdout.write(formatReport(text, report));
      return report.verdict === 'block' ? 1 : 0;
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`clearpost check: ${error.message}\n\nRun 'clearpost check --help' for usage.\n`);
        return 2;
      }
      throw error;
    }
  },
};
