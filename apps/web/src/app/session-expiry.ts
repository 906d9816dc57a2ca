/** The Apollo client lives outside React; it tells the shell through this when the server refuses the session. */
const listeners = new Set<() => void>();

export function notifySessionExpired(): void {
  listeners.forEach((listener) => listener());
}

export function onSessionExpired(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
