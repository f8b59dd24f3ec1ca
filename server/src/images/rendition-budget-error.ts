/** A rendition stays over its platform's byte budget even at the preset's lowest allowed quality. */
export class RenditionBudgetError extends Error {
  override readonly name = 'RenditionBudgetError';
  readonly code = 'over-budget';

  constructor(
    readonly preset: string,
    readonly bytes: number,
    readonly budgetBytes: number,
    readonly quality: number
  ) {
    super(
      `rendition '${preset}' is ${formatBytes(bytes)} at quality ${quality}, ` +
        `over its budget of ${formatBytes(budgetBytes)}`
    );
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`;
}
