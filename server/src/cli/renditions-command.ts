import { constants } from 'node:fs';
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_PRESETS,
  ImageRejectedError,
  RenditionBudgetError,
  renderRenditions,
  UnknownPresetError,
  type FocalPoint,
  type OutputFormat,
} from '../images';
import type { CliCommand } from './command';

const USAGE = `Usage: clearpost renditions <image> --out <dir> [--presets a,b] [--focal x,y]

Writes one file per platform preset and prints one JSON line per rendition:
  {"preset","width","height","bytes","format","path"} (plus "warnings" when the source is too small)

Options:
  -o, --out <dir>       Folder to write into (created if missing)
  -p, --presets <a,b>   Presets to make (default: all): ${Object.keys(DEFAULT_PRESETS).join(', ')}
  -f, --focal <x,y>     Focal point as fractions of the upright image, 0..1 each (default: automatic)
  -h, --help            Show this help

Exit codes: 0 written, 1 the image was rejected or a rendition failed, 2 bad usage.
`;

const EXTENSIONS: Record<OutputFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

interface Output {
  write(text: string): unknown;
}

class UsageError extends Error {}

export function createRenditionsCommand(io: { stdout: Output; stderr: Output }): CliCommand {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`clearpost renditions: ${message}\n`);
    return code;
  };

  return {
    async run(argv) {
      let args: ReturnType<typeof parse>;
      try {
        args = parse(argv);
      } catch (error) {
        return fail(2, `${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      }
      if (args.help) {
        io.stdout.write(USAGE);
        return 0;
      }

      try {
        // libvips reads the file itself; a directory or an unreadable path fails here, not as a bad image.
        if (!(await stat(args.image)).isFile()) return fail(1, `cannot read ${args.image}: not a file`);
        await access(args.image, constants.R_OK);
      } catch (error) {
        return fail(1, `cannot read ${args.image}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }

      try {
        const result = await renderRenditions(args.image, { presets: args.presets, focalPoint: args.focal });
        await mkdir(args.out, { recursive: true });
        const stem = path.parse(args.image).name;
        for (const rendition of result.renditions) {
          const file = path.resolve(args.out, `${stem}-${rendition.preset}.${EXTENSIONS[rendition.format]}`);
          await writeFile(file, rendition.data);
          const warnings = result.warnings.filter((w) => w.preset === rendition.preset).map((w) => w.message);
          const line = {
            preset: rendition.preset,
            width: rendition.width,
            height: rendition.height,
            bytes: rendition.bytes,
            format: rendition.format,
            path: file,
            ...(warnings.length > 0 ? { warnings } : {}),
          };
          io.stdout.write(`${JSON.stringify(line)}\n`);
        }
        return 0;
      } catch (error) {
        if (error instanceof ImageRejectedError) return fail(1, `${args.image}: image rejected: ${error.message}`);
        if (error instanceof RenditionBudgetError) return fail(1, error.message);
        if (error instanceof UnknownPresetError) return fail(2, error.message);
        throw error;
      }
    },
  };
}

function parse(argv: string[]): { help: true } | { help: false; image: string; out: string; presets?: string[]; focal: FocalPoint | null } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      presets: { type: 'string', short: 'p' },
      focal: { type: 'string', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <image>' : 'give exactly one <image>');
  if (!values.out) throw new UsageError('missing --out <dir>');
  return {
    help: false,
    image: positionals[0]!,
    out: values.out,
    presets: values.presets?.split(',').map((name) => name.trim()).filter(Boolean),
    focal: values.focal === undefined ? null : parseFocal(values.focal),
  };
}

function parseFocal(text: string): FocalPoint {
  const parts = text.split(',').map((part) => Number(part.trim()));
  const [x, y] = parts;
  if (parts.length !== 2 || x === undefined || y === undefined || ![x, y].every((n) => Number.isFinite(n) && n >= 0 && n <= 1)) {
    throw new UsageError(`--focal wants x,y with each between 0 and 1, got '${text}'`);
  }
  return { x, y };
}

export const renditionsCommand: CliCommand = createRenditionsCommand({ stdout: process.stdout, stderr: process.stderr });
