import type { CliCommand } from './command';

const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  check: async () => (await import('./check-command')).checkCommand,
  renditions: async () => (await import('./renditions-command')).renditionsCommand,
};

const USAGE = `Usage: clearpost <command> [options]

Commands:
  check        Judge text with the compliance engine (PHI, patient confirmation,
               medical advice, clickbait, digestibility)
  renditions   Write platform renditions of an image

Run 'clearpost <command> --help' for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`clearpost: unknown command '${name}'.\n\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command.run(rest);
}
