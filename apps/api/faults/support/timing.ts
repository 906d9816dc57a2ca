/** Bounded waiting: every loop of the fault suite ends by count or by time. */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true; throws, naming what was awaited, after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs: number, everyMs = 100): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now();
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Seconds with two decimals, for the report lines the suite prints. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One line of measurements, printed so that the run shows its numbers, not only pass or fail. */
export function report(title: string, facts: Record<string, unknown>): void {
  const lines = Object.entries(facts).map(([k, v]) => `  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  process.stdout.write(`\n[faults] ${title}\n${lines.join('\n')}\n`);
}
