/**
 * Regex executions while `fn` runs. With RegExp.prototype.exec replaced, `test`, `match`, `matchAll`, `replace`
 * and `split` all reach it too (the spec's RegExpExec reads `exec` off the regex), so the count covers every
 * regex a check runs. Unlike a timing it is the same on a busy machine as on a quiet one, so it tells two builds
 * apart where timings cannot; V8 leaves its fast regex paths for good once `exec` is replaced, so nothing is
 * timed in the same process after it.
 */
export function countRegExpCalls(fn: () => void): number {
  const original = RegExp.prototype.exec;
  let calls = 0;
  RegExp.prototype.exec = function countedExec(this: RegExp, text: string) {
    calls++;
    return original.call(this, text);
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return calls;
}

/** Regex executions per item when `check` runs on each of `items` in turn. */
export function regExpCallsPerItem<T>(items: readonly T[], check: (item: T) => unknown): number {
  return countRegExpCalls(() => items.forEach((item) => check(item))) / Math.max(1, items.length);
}
