import { useCallback } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  AddAgendaItemDocument,
  AttachFileDocument,
  PublishAgendaDocument,
  RemoveAgendaItemDocument,
  RemoveAttachmentDocument,
  ReorderAgendaDocument,
  SetAgendaItemStatusDocument,
  SetCurrentAgendaItemDocument,
  UpdateAgendaItemDocument,
  type AgendaItemInput,
  type AgendaItemStatus,
  type AgendaItemUpdateInput,
} from '../generated/graphql';

function meetingCacheId(cache: ApolloCache, meetingId: string) {
  return cache.identify({ __typename: 'Meeting', id: meetingId });
}

/** Positions stay 1..n in the order of the meeting's agenda, as the server keeps them. */
function renumber(cache: ApolloCache, refs: readonly Reference[]) {
  refs.forEach((ref, index) => cache.modify({ id: cache.identify(ref), fields: { position: () => index + 1 } }));
}

/** The result carries the meeting's new agenda (ids and positions), so the list updates itself. */
export function useAddAgendaItem(meetingId: string) {
  const [mutate, state] = useMutation(AddAgendaItemDocument);
  const add = useCallback(
    async (input: AgendaItemInput) => (await mutate({ variables: { meetingId, input } })).data?.addAgendaItem ?? null,
    [mutate, meetingId],
  );
  return [add, state] as const;
}

export function useUpdateAgendaItem() {
  const [mutate, state] = useMutation(UpdateAgendaItemDocument);
  const update = useCallback(
    async (id: string, input: AgendaItemUpdateInput) => (await mutate({ variables: { id, input } })).data?.updateAgendaItem ?? null,
    [mutate],
  );
  return [update, state] as const;
}

export function useRemoveAgendaItem(meetingId: string) {
  const [mutate, state] = useMutation(RemoveAgendaItemDocument);
  const remove = useCallback(
    async (id: string) => {
      const result = await mutate({
        variables: { id },
        update(cache, { data }) {
          if (!data?.removeAgendaItem) return;
          const itemId = cache.identify({ __typename: 'AgendaItem', id });
          let remaining: readonly Reference[] = [];
          cache.modify<{ agenda: Reference[]; currentItem: Reference | null }>({
            id: meetingCacheId(cache, meetingId),
            fields: {
              agenda: (refs, { readField }) => (remaining = (refs as readonly Reference[]).filter((ref) => readField('id', ref) !== id)),
              currentItem: (ref, { readField }) => (ref && readField('id', ref as Reference) === id ? null : ref),
            },
          });
          renumber(cache, remaining);
          cache.evict({ id: itemId });
          cache.gc();
        },
      });
      return result.data?.removeAgendaItem ?? false;
    },
    [mutate, meetingId],
  );
  return [remove, state] as const;
}

/**
 * Moves at once on screen (optimistic), then in the order the server confirms; an error puts the
 * agenda back as it was.
 */
export function useReorderAgenda(meetingId: string) {
  const [mutate, state] = useMutation(ReorderAgendaDocument, {
    update(cache, { data }) {
      const items = data?.reorderAgenda;
      if (!items) return;
      const refs = items.map((item) => cache.identify({ __typename: 'AgendaItem', id: item.id })).filter((ref): ref is string => !!ref);
      cache.modify({ id: meetingCacheId(cache, meetingId), fields: { agenda: () => refs.map((ref) => ({ __ref: ref })) } });
    },
  });
  const reorder = useCallback(
    async (itemIds: string[]) =>
      (
        await mutate({
          variables: { meetingId, itemIds },
          optimisticResponse: {
            reorderAgenda: itemIds.map((id, index) => ({ __typename: 'AgendaItem' as const, id, position: index + 1 })),
          },
        })
      ).data?.reorderAgenda ?? null,
    [mutate, meetingId],
  );
  return [reorder, state] as const;
}

export function usePublishAgenda() {
  const [mutate, state] = useMutation(PublishAgendaDocument);
  const publish = useCallback(async (meetingId: string) => (await mutate({ variables: { meetingId } })).data?.publishAgenda ?? null, [mutate]);
  return [publish, state] as const;
}

export function useSetCurrentAgendaItem(meetingId: string) {
  const [mutate, state] = useMutation(SetCurrentAgendaItemDocument);
  const setCurrent = useCallback(
    async (itemId: string | null) => (await mutate({ variables: { meetingId, itemId } })).data?.setCurrentAgendaItem ?? null,
    [mutate, meetingId],
  );
  return [setCurrent, state] as const;
}

export function useSetAgendaItemStatus() {
  const [mutate, state] = useMutation(SetAgendaItemStatusDocument);
  const setStatus = useCallback(
    async (id: string, status: AgendaItemStatus) => (await mutate({ variables: { id, status } })).data?.setAgendaItemStatus ?? null,
    [mutate],
  );
  return [setStatus, state] as const;
}

/** Links an upload (POST /uploads) to an item; the item's list of attachments grows by one. */
export function useAttachFile(agendaItemId: string) {
  const [mutate, state] = useMutation(AttachFileDocument, {
    update(cache, { data }) {
      const attachment = data?.attachFile;
      const ref = attachment && cache.identify(attachment);
      if (!ref) return;
      cache.modify<{ attachments: Reference[] }>({
        id: cache.identify({ __typename: 'AgendaItem', id: agendaItemId }),
        fields: {
          attachments: (refs, { readField }) =>
            (refs as readonly Reference[]).some((item) => readField('id', item) === attachment.id) ? refs : [...(refs as Reference[]), { __ref: ref }],
        },
      });
    },
  });
  const attach = useCallback(
    async (uploadId: string) => (await mutate({ variables: { agendaItemId, uploadId } })).data?.attachFile ?? null,
    [mutate, agendaItemId],
  );
  return [attach, state] as const;
}

export function useRemoveAttachment(agendaItemId: string) {
  const [mutate, state] = useMutation(RemoveAttachmentDocument);
  const remove = useCallback(
    async (id: string) => {
      const result = await mutate({
        variables: { id },
        update(cache, { data }) {
          if (!data?.removeAttachment) return;
          cache.modify<{ attachments: Reference[] }>({
            id: cache.identify({ __typename: 'AgendaItem', id: agendaItemId }),
            fields: { attachments: (refs, { readField }) => (refs as readonly Reference[]).filter((ref) => readField('id', ref) !== id) },
          });
          cache.evict({ id: cache.identify({ __typename: 'Attachment', id }) });
          cache.gc();
        },
      });
      return result.data?.removeAttachment ?? false;
    },
    [mutate, agendaItemId],
  );
  return [remove, state] as const;
}
