import { useState } from 'react';
import { useDescribeError, useMarkNotificationsRead } from '@concertation/web-data-access';

/** Marks one, or all, read; remembers which one is on its way and what went wrong. */
export function useMarkRead() {
  const describe = useDescribeError();
  const [markRead, { loading }] = useMarkNotificationsRead();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (ids?: string[]) => {
    setError(null);
    setBusyId(ids?.length === 1 ? ids[0] : null);
    try {
      await markRead(ids);
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setBusyId(null);
    }
  };
  return { markOne: (id: string) => run([id]), markAll: () => run(), busyId, loading, error };
}
