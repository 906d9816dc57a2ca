import { useCallback, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError } from '@apollo/client/errors';

/**
 * Whether the server answers. The Apollo links and the live socket report what they see; the
 * browser's own offline event counts too. A failed request is not a refusal: the shell reads this to
 * say « unreachable » instead of treating the person as signed out.
 */
let reachable = typeof navigator === 'undefined' || navigator.onLine !== false;
const listeners = new Set<() => void>();
const retryListeners = new Set<() => void>();

function set(value: boolean) {
  if (reachable === value) return;
  reachable = value;
  listeners.forEach((listener) => listener());
}

export function isServerReachable(): boolean {
  return reachable;
}

export function reportServerReachable(): void {
  set(true);
}

export function reportServerUnreachable(): void {
  set(false);
}

/** A gateway answering 502–504 says the server behind it is down: the same as no answer. */
const GATEWAY_FAILURES = new Set([502, 503, 504]);

/** No answer at all (fetch failed, gateway down), as opposed to an answer that says no. */
export function isNetworkFailure(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) return false;
  if (ServerError.is(error)) return GATEWAY_FAILURES.has(error.statusCode);
  // A request the app cancelled itself (navigation, unmount) says nothing about the server.
  return !(error instanceof Error && error.name === 'AbortError');
}

export function subscribeToServerReachability(listener: () => void): () => void {
  listeners.add(listener);
  const onOffline = () => set(false);
  globalThis.addEventListener?.('offline', onOffline);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('offline', onOffline);
  };
}

/** The live socket waits between attempts; a retry asked by the person ends that wait now. */
export function onRetryRequested(listener: () => void): () => void {
  retryListeners.add(listener);
  return () => {
    retryListeners.delete(listener);
  };
}

export function useServerReachable(): boolean {
  return useSyncExternalStore(subscribeToServerReachability, isServerReachable, () => true);
}

/** Asks again for everything on screen and reconnects the live socket; any answer marks the server reachable. */
export function useRetryConnection(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    retryListeners.forEach((listener) => listener());
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
  }, [client]);
}
