import { isOfficerRole } from '@concertation/shared-domain';
import { useMyParticipations } from '@concertation/web-data-access';

export interface OfficerTable {
  id: string;
  name: string;
}

/**
 * The active tables where the viewer is chair or secretary: those on whose behalf they may create
 * a protocol or record an adoption. The server checks again; this only decides what to offer.
 */
export function useOfficerTables() {
  const { data, loading, error } = useMyParticipations();
  const seen = new Map<string, OfficerTable>();
  for (const seat of data?.me?.participations ?? []) {
    if (isOfficerRole(seat.role) && !seat.table.archivedAt && !seen.has(seat.table.id)) seen.set(seat.table.id, { id: seat.table.id, name: seat.table.name });
  }
  const tables = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { tables, loading: loading && !data, error: data ? null : error };
}
