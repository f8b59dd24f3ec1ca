/** `target.push(...items)` without spreading: a spread passes every item on the stack, and a long text can have a million findings. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
