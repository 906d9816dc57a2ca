import { useCallback } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateProtocolDocument,
  ProtocolDocument,
  ProtocolsDocument,
  PublishProtocolVersionDocument,
  RecordAdoptionDocument,
  TableDecisionsDocument,
  type CreateProtocolInput,
  type ProtocolAdoptionFieldsFragment,
  type ProtocolCoverageFieldsFragment,
  type ProtocolDetailFragment,
  type ProtocolSummaryFragment,
  type RecordAdoptionInput,
  type Sector,
} from '../generated/graphql';

export type ProtocolSummary = ProtocolSummaryFragment;
export type ProtocolDetail = ProtocolDetailFragment;
export type ProtocolVersionItem = ProtocolDetailFragment['versions'][number];
export type ProtocolAdoptionItem = ProtocolAdoptionFieldsFragment;
export type RegionAdoptionItem = ProtocolCoverageFieldsFragment['regions'][number];

export interface ProtocolFilters {
  search?: string;
  sector?: Sector | '';
}

/** The library, by title. Adoptions move as tables decide: asked again on each visit. */
export function useProtocols(filters: ProtocolFilters) {
  return useQuery(ProtocolsDocument, {
    variables: { search: filters.search?.trim() || undefined, sector: filters.sector || undefined },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

export function useProtocol(id: string) {
  return useQuery(ProtocolDocument, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/** The decisions of a table's meetings (those the viewer may read), for tying an adoption to one. */
export function useTableDecisions(tableId: string | null | undefined) {
  return useQuery(TableDecisionsDocument, { variables: { tableId: tableId ?? '' }, skip: !tableId });
}

export function useCreateProtocol() {
  const [mutate, state] = useMutation(CreateProtocolDocument, {
    update(cache) {
      // Every filtered list may now be missing it: let them ask again.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'protocols' });
      cache.gc();
    },
  });
  const create = useCallback(async (input: CreateProtocolInput) => (await mutate({ variables: { input } })).data?.createProtocol ?? null, [mutate]);
  return [create, state] as const;
}

/**
 * The answer is the version alone; the protocol is asked again so that its current version, its
 * history and its coverage (adoptions of older versions become outdated) change together.
 */
export function usePublishProtocolVersion(protocolId: string) {
  const [mutate, state] = useMutation(PublishProtocolVersionDocument, {
    refetchQueries: [{ query: ProtocolDocument, variables: { id: protocolId } }],
    awaitRefetchQueries: true,
  });
  const publish = useCallback(
    async (body: string, changeNote?: string) =>
      (await mutate({ variables: { protocolId, body, changeNote: changeNote || undefined } })).data?.publishProtocolVersion ?? null,
    [mutate, protocolId],
  );
  return [publish, state] as const;
}

/** The whole protocol comes back with the adoption, so its list and its map update in the cache. */
export function useRecordAdoption() {
  const [mutate, state] = useMutation(RecordAdoptionDocument);
  const record = useCallback(async (input: RecordAdoptionInput) => (await mutate({ variables: { input } })).data?.recordAdoption ?? null, [mutate]);
  return [record, state] as const;
}
