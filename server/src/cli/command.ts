export interface CliCommand {
  /** Returns the process exit code. */
  run(argv: string[]): Promise<number>;
}
