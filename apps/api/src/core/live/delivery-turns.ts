/** Live deliveries let through per turn of the event loop. */
export const DELIVERIES_PER_TURN = 50;

let waiting: Array<() => void> = [];
let scheduled = false;

/**
 * Waits for this delivery's turn. One event reaches every subscriber of the process at once, and
 * a thousand executions back to back would hold the event loop for a few hundred milliseconds,
 * serving no request, timer or socket meanwhile. Turns let DELIVERIES_PER_TURN through, then yield
 * to the event loop (setImmediate) before the next ones: the fan-out takes as long, but the
 * process stays responsive while it runs.
 */
export function deliveryTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(releaseTurn);
    }
  });
}

function releaseTurn(): void {
  const now = waiting.slice(0, DELIVERIES_PER_TURN);
  waiting = waiting.slice(DELIVERIES_PER_TURN);
  for (const resolve of now) resolve();
  // Queued from within the check phase, the next turn runs on the loop's next iteration.
  if (waiting.length > 0) setImmediate(releaseTurn);
  else scheduled = false;
}
