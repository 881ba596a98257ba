// Polling for a condition instead of sleeping a fixed time before asserting: a test waits as long as the condition
// needs on a slow machine and no longer on a fast one.

export interface PollOptions {
  /** Give up after this long (the caller's assertion then fails on the last value). */
  timeoutMs?: number;
  /** Pause between two checks. */
  everyMs?: number;
}

/** Checks `cond` until it holds or time runs out; returns whether it held. */
export async function pollUntil(cond: () => boolean | Promise<boolean>, opts: PollOptions = {}): Promise<boolean> {
  const until = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (await cond()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 100));
  }
}

/** Like pollUntil, but a condition that never holds fails the test with what was awaited. */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  if (!(await pollUntil(cond, { timeoutMs }))) throw new Error(`timed out waiting for ${what}`);
}
