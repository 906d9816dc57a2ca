/**
 * Runs at most one action per key and window: the first at once, and of those that come during
 * the window only the last, when it ends (which opens the next window). For events that only say
 * "look again" (subscribers read the state when the event reaches them): a burst of changes then
 * costs each subscriber a few reads instead of one per change, and the last state always goes out.
 */
export class Coalescer {
  private readonly windows = new Map<string, { last: (() => void) | null; timer: NodeJS.Timeout }>();

  constructor(private readonly windowMs: number) {}

  run(key: string, action: () => void): void {
    const open = this.windows.get(key);
    if (open) {
      open.last = action;
      return;
    }
    action();
    const timer = setTimeout(() => this.close(key), this.windowMs);
    // A window is no reason to keep the process alive; its last action is then not needed either.
    timer.unref();
    this.windows.set(key, { last: null, timer });
  }

  /** Forgets what waits under `key`: a later event already tells subscribers to read everything again. */
  drop(key: string): void {
    const open = this.windows.get(key);
    if (open) open.last = null;
  }

  private close(key: string): void {
    const open = this.windows.get(key);
    this.windows.delete(key);
    if (open?.last) this.run(key, open.last);
  }
}
