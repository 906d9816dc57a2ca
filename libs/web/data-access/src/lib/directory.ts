import { useCallback } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateOrganizationDocument,
  CreateTableDocument,
  OrganizationDocument,
  OrganizationMembersDocument,
  OrganizationsDocument,
  RegionsDocument,
  TablesDocument,
  type CreateOrganizationInput,
  type CreateTableInput,
  type Sector,
  type TableLevel,
} from '../generated/graphql';
import { toPagedList } from './connection';

export const DIRECTORY_PAGE_SIZE = 20;

export function useRegions() {
  return useQuery(RegionsDocument);
}

export interface TableFilters {
  search?: string;
  level?: TableLevel | '';
  regionId?: string;
}

export function useTablesDirectory(filters: TableFilters, pageSize = DIRECTORY_PAGE_SIZE, skip = false) {
  const { data, loading, error, networkStatus, fetchMore } = useQuery(TablesDocument, {
    variables: { search: filters.search?.trim() || undefined, level: filters.level || undefined, regionId: filters.regionId || undefined, first: pageSize },
    notifyOnNetworkStatusChange: true,
    skip,
  });
  return toPagedList(data?.tables, { loading, error, networkStatus }, (after) => fetchMore({ variables: { after } }));
}

export interface OrganizationFilters {
  search?: string;
  sector?: Sector | '';
  regionId?: string;
}

export function useOrganizationsDirectory(filters: OrganizationFilters, pageSize = DIRECTORY_PAGE_SIZE, skip = false) {
  const { data, loading, error, networkStatus, fetchMore } = useQuery(OrganizationsDocument, {
    variables: { search: filters.search?.trim() || undefined, sector: filters.sector || undefined, regionId: filters.regionId || undefined, first: pageSize },
    notifyOnNetworkStatusChange: true,
    skip,
  });
  return toPagedList(data?.organizations, { loading, error, networkStatus }, (after) => fetchMore({ variables: { after } }));
}

export function useOrganization(id: string) {
  return useQuery(OrganizationDocument, { variables: { id } });
}

/** An organization's people: coordinators see everyone's, others only their own organization's (empty otherwise). */
export function useOrganizationMembers(id: string | null | undefined) {
  return useQuery(OrganizationMembersDocument, { variables: { id: id ?? '' }, skip: !id });
}

export function useCreateOrganization() {
  const [mutate, state] = useMutation(CreateOrganizationDocument, {
    update(cache) {
      // Every filtered page of the directory may now be missing it: let them refetch.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
      cache.gc();
    },
  });
  const create = useCallback(async (input: CreateOrganizationInput) => (await mutate({ variables: { input } })).data?.createOrganization ?? null, [mutate]);
  return [create, state] as const;
}

export function useCreateTable() {
  const [mutate, state] = useMutation(CreateTableDocument, {
    update(cache, { data }) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'tables' });
      const parentId = data?.createTable.parent?.id;
      if (parentId) cache.evict({ id: cache.identify({ __typename: 'RoundTable', id: parentId }), fieldName: 'children' });
      cache.gc();
    },
  });
  const create = useCallback(async (input: CreateTableInput) => (await mutate({ variables: { input } })).data?.createTable ?? null, [mutate]);
  return [create, state] as const;
}
