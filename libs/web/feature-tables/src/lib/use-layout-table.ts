import { useParams } from 'react-router';
import { useTable } from '@concertation/web-data-access';
import type { TableDetails } from './types';

/**
 * The table of the layout around a tab: the same query, answered from the cache the layout filled,
 * so the tab renders with it (the layout shows the loading and not-found states).
 */
export function useLayoutTable(): TableDetails | null {
  const { id = '' } = useParams();
  return useTable(id).data?.table ?? null;
}
