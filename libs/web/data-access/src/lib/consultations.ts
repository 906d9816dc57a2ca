import { useCallback } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  CloseConsultationDocument,
  ConsultationAudienceDocument,
  ConsultationDocument,
  ConsultationProgressDocument,
  CreateConsultationDocument,
  MyConsultationsDocument,
  OpenConsultationDocument,
  SubmitConsultationResponseDocument,
  TableConsultationsDocument,
  UpdateConsultationDocument,
  type AnswerInput,
  type ConsultationAudienceQuery,
  type ConsultationDetailFieldsFragment,
  type ConsultationProgressSubscription,
  type ConsultationResponseFieldsFragment,
  type ConsultationStatus,
  type ConsultationSummaryFieldsFragment,
  type CreateConsultationInput,
  type QuestionFieldsFragment,
  type UpdateConsultationInput,
} from '../generated/graphql';

export type ConsultationSummary = ConsultationSummaryFieldsFragment;
export type ConsultationDetail = ConsultationDetailFieldsFragment;
export type ConsultationQuestion = QuestionFieldsFragment;
export type ConsultationResponseDetail = ConsultationResponseFieldsFragment;
export type ConsultationAudienceTable = NonNullable<ConsultationAudienceQuery['table']>;
export type ConsultationProgressEvent = ConsultationProgressSubscription['consultationProgress'];

/** Lists that a new, opened or closed consultation changes: asked again next time they show. */
function forgetConsultationLists(cache: ApolloCache, tableIds: readonly string[]): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myConsultations' });
  for (const tableId of tableIds) cache.evict({ id: cache.identify({ __typename: 'RoundTable', id: tableId }), fieldName: 'consultations' });
  cache.gc();
}

const tablesOf = (consultation: ConsultationDetail) => [consultation.table.id, ...consultation.audienceTables.map((table) => table.id)];

/** Consultations the viewer's organization is invited to or the viewer's tables run; optionally of one status. */
export function useMyConsultations(status?: ConsultationStatus | null) {
  return useQuery(MyConsultationsDocument, {
    variables: status ? { status } : {},
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

/** Those a table runs and, once opened, those addressed to it (told apart by `consultation.table.id`). */
export function useTableConsultations(tableId: string) {
  return useQuery(TableConsultationsDocument, { variables: { id: tableId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/** The running table with the tables below it, for the builder's audience. */
export function useConsultationAudience(tableId: string) {
  return useQuery(ConsultationAudienceDocument, { variables: { id: tableId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

export function useConsultation(id: string) {
  return useQuery(ConsultationDocument, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

/** The whole questionnaire at once: the API has no update of a DRAFT. */
export function useCreateConsultation() {
  const [mutate, state] = useMutation(CreateConsultationDocument, {
    update(cache, { data }) {
      if (data?.createConsultation) forgetConsultationLists(cache, tablesOf(data.createConsultation));
    },
  });
  const create = useCallback(async (input: CreateConsultationInput) => (await mutate({ variables: { input } })).data?.createConsultation ?? null, [mutate]);
  return [create, state] as const;
}

/** A DRAFT's changes; its lists show its new title and closing next time. */
export function useUpdateConsultation() {
  const [mutate, state] = useMutation(UpdateConsultationDocument, {
    update(cache, { data }) {
      if (data?.updateConsultation) forgetConsultationLists(cache, tablesOf(data.updateConsultation));
    },
  });
  const update = useCallback(
    async (id: string, input: UpdateConsultationInput) => (await mutate({ variables: { id, input } })).data?.updateConsultation ?? null,
    [mutate],
  );
  return [update, state] as const;
}

export function useOpenConsultation() {
  const [mutate, state] = useMutation(OpenConsultationDocument, {
    update(cache, { data }) {
      if (data?.openConsultation) forgetConsultationLists(cache, tablesOf(data.openConsultation));
    },
  });
  const open = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.openConsultation ?? null, [mutate]);
  return [open, state] as const;
}

export function useCloseConsultation() {
  const [mutate, state] = useMutation(CloseConsultationDocument, {
    update(cache, { data }) {
      if (data?.closeConsultation) forgetConsultationLists(cache, tablesOf(data.closeConsultation));
    },
  });
  const close = useCallback(async (id: string) => (await mutate({ variables: { id } })).data?.closeConsultation ?? null, [mutate]);
  return [close, state] as const;
}

/**
 * Submits (or replaces) the organization's answer. The consultation on screen takes it as the
 * viewer's response and counts the organization among those that answered, without asking again;
 * the live progress event that follows brings the server's own lists.
 */
export function useSubmitConsultationResponse() {
  const [mutate, state] = useMutation(SubmitConsultationResponseDocument);
  const submit = useCallback(
    async (consultationId: string, organizationId: string, answers: AnswerInput[]) => {
      const result = await mutate({
        variables: { consultationId, organizationId, answers },
        update(cache, { data }) {
          const response = data?.submitConsultationResponse;
          if (!response) return;
          const responseRef = cache.identify(response);
          const organizationRef = cache.identify(response.organization);
          cache.modify<{ viewerResponse: Reference | null; respondedOrganizations: readonly Reference[] }>({
            id: cache.identify({ __typename: 'Consultation', id: consultationId }),
            fields: {
              viewerResponse: (existing, { toReference }) => (responseRef ? (toReference(responseRef) ?? existing) : existing),
              respondedOrganizations: (existing, { readField, toReference }) => {
                if (!organizationRef || existing.some((ref) => readField('id', ref) === response.organization.id)) return existing;
                const added = toReference(organizationRef);
                return added ? [...existing, added] : existing;
              },
            },
          });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'myConsultations' });
        },
      });
      return result.data?.submitConsultationResponse ?? null;
    },
    [mutate],
  );
  return [submit, state] as const;
}

/**
 * Opening, each answer and closing, as they happen (no event on subscribing). Each event carries
 * the consultation as this viewer may see it; Apollo writes it into the cache by id.
 */
export function useConsultationProgress(
  consultationId: string,
  { skip = false, onProgress }: { skip?: boolean; onProgress?: (event: ConsultationProgressEvent) => void } = {},
) {
  return useSubscription(ConsultationProgressDocument, {
    variables: { consultationId },
    skip,
    onData: ({ data }) => {
      const event = data.data?.consultationProgress;
      if (event) onProgress?.(event);
    },
  });
}
