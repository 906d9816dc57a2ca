import { useId, useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { isMeetingClosed, isOfficerRole } from '@concertation/shared-domain';
import { useAddAgendaItem, useDescribeError, useRemoveAgendaItem, useReorderAgenda, useUpdateAgendaItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, ConfirmDialog, EmptyState, ErrorMessage, Section } from '@concertation/web-ui';
import { AgendaItemCard, type MoveControl } from './agenda-item-card';
import { AgendaItemForm, type AgendaItemValues } from './agenda-item-form';
import { minutesBetween, moveId, totalMinutes } from './agenda-order';
import { plannedStarts } from './agenda-times';
import { formatMinutes } from './durations';
import type { AgendaItem, MeetingDetails, ReferForm } from './types';

const ITEM_DRAG_TYPE = 'application/x-concertation-agenda-item';

/** What the add form sends: absent rather than null for what is not set. */
function toInput(values: AgendaItemValues) {
  return {
    title: values.title,
    kind: values.kind,
    confidentiality: values.confidentiality,
    description: values.description ?? undefined,
    durationMinutes: values.durationMinutes ?? undefined,
    presenterId: values.presenterId ?? undefined,
    presenterOrganizationId: values.presenterOrganizationId ?? undefined,
  };
}

/**
 * The agenda. Officers build it while the meeting is open: add, edit, remove (asked first), and
 * reorder by drag and drop, with the « up » and « down » buttons, or with Alt + arrow keys on an
 * item; each move is announced with the item's new position.
 */
export function AgendaSection({ meeting, referForm }: { meeting: MeetingDetails; referForm?: ReferForm }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const helpId = useId();
  const frozen = isMeetingClosed(meeting.status);
  const canEdit = isOfficerRole(meeting.table.viewerRole) && !frozen;
  // Officers refer items up their line, after the meeting too (the question often comes out of it).
  const canRefer = isOfficerRole(meeting.table.viewerRole) && !meeting.table.archivedAt && meeting.status !== 'CANCELLED';
  const [referringId, setReferringId] = useState<string | null>(null);
  const [reorder] = useReorderAgenda(meeting.id);
  const [add] = useAddAgendaItem(meeting.id);
  const [update] = useUpdateAgendaItem();
  const [remove, { loading: removing }] = useRemoveAgendaItem(meeting.id);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<AgendaItem | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  // Moving a list item in the DOM drops its focus: put it back once the item sits at its new place.
  const pendingFocus = useRef<{ id: string; index: number; control: MoveControl } | null>(null);
  const items = meeting.agenda;

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target || items[target.index]?.id !== target.id) return;
    pendingFocus.current = null;
    const element = itemRefs.current.get(target.id);
    const control =
      target.control === 'item'
        ? null
        : (element?.querySelector<HTMLElement>(`[data-move="${target.control}"]:not(:disabled)`) ??
          element?.querySelector<HTMLElement>('[data-move]:not(:disabled)'));
    (control ?? element)?.focus();
  });

  const move = async (from: number, to: number, control: MoveControl) => {
    if (to < 0 || to >= items.length || from === to) return;
    const item = items[from];
    setError(null);
    pendingFocus.current = { id: item.id, index: to, control };
    setAnnouncement(t('agenda.moved', { title: item.title, position: to + 1, total: items.length }));
    try {
      await reorder(
        moveId(
          items.map((entry) => entry.id),
          from,
          to,
        ),
      );
    } catch (caught) {
      setError(describe(caught));
      setAnnouncement(t('agenda.moveFailed', { title: item.title }));
    }
  };

  const endDrag = () => {
    setDragId(null);
    setDropIndex(null);
  };

  const dragHandlers = (item: AgendaItem, index: number) => ({
    onDragStart: (event: DragEvent<HTMLLIElement>) => {
      if ((event.target as HTMLElement).closest('button, a, input, textarea, select')) return;
      event.dataTransfer.setData(ITEM_DRAG_TYPE, item.id);
      event.dataTransfer.effectAllowed = 'move';
      setDragId(item.id);
    },
    onDragOver: (event: DragEvent<HTMLLIElement>) => {
      if (!dragId) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const box = event.currentTarget.getBoundingClientRect();
      setDropIndex(event.clientY > box.top + box.height / 2 ? index + 1 : index);
    },
    onDrop: (event: DragEvent<HTMLLIElement>) => {
      if (!dragId) return;
      event.preventDefault();
      const from = items.findIndex((entry) => entry.id === dragId);
      const target = dropIndex ?? index;
      endDrag();
      if (from >= 0) void move(from, target > from ? target - 1 : target, 'item');
    },
    onDragEnd: endDrag,
  });

  const confirmRemove = async () => {
    if (!toRemove) return;
    setError(null);
    try {
      await remove(toRemove.id);
      setAnnouncement(t('agenda.removed', { title: toRemove.title }));
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setToRemove(null);
    }
  };

  const length = minutesBetween(meeting.startsAt, meeting.endsAt);
  const planned = totalMinutes(items);
  const participants = meeting.table.participants;
  const starts = plannedStarts(meeting.startsAt, items);

  return (
    <Section title={t('agenda.title')}>
      <p className={planned > length ? 'agenda-total agenda-total--over' : 'agenda-total'}>
        {t('agenda.total', { planned: formatMinutes(planned, t), available: formatMinutes(length, t) })}
        {planned > length && <strong> {t('agenda.over', { over: formatMinutes(planned - length, t) })}</strong>}
      </p>
      {canEdit && items.length > 0 && (
        <p id={helpId} className="form__note">
          {t('agenda.reorderHelp')}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {items.length === 0 ? (
        <EmptyState title={t('agenda.empty')}>{frozen ? null : canEdit ? t('agenda.emptyOfficer') : t('agenda.emptyMember')}</EmptyState>
      ) : (
        <ol className="agenda-list" aria-label={t('agenda.listLabel', { title: meeting.title })}>
          {items.map((item, index) =>
            editingId === item.id ? (
              <li key={item.id} className="agenda-item agenda-item--editing">
                <h3 className="agenda-item__title">{t('agenda.editTitle', { title: item.title })}</h3>
                <AgendaItemForm
                  item={item}
                  participants={participants}
                  submitLabel={t('agenda.form.save')}
                  onCancel={() => setEditingId(null)}
                  onSubmit={async (values) => {
                    await update(item.id, values);
                    setEditingId(null);
                    pendingFocus.current = { id: item.id, index, control: 'item' };
                    setAnnouncement(t('agenda.updated', { title: values.title }));
                  }}
                />
              </li>
            ) : (
              <AgendaItemCard
                key={item.id}
                item={item}
                index={index}
                count={items.length}
                startsAt={starts[index]}
                adjourned={meeting.status === 'ADJOURNED'}
                canEdit={canEdit}
                isCurrent={meeting.currentItem?.id === item.id}
                helpId={helpId}
                dragging={dragId === item.id}
                dropSide={dragId && dropIndex === index ? 'before' : dragId && dropIndex === index + 1 && index === items.length - 1 ? 'after' : null}
                itemRef={(element) => {
                  if (element) itemRefs.current.set(item.id, element);
                  else itemRefs.current.delete(item.id);
                }}
                onMove={move}
                onEdit={() => setEditingId(item.id)}
                onRemove={() => setToRemove(item)}
                announce={setAnnouncement}
                referForm={canRefer ? referForm : undefined}
                tableId={meeting.table.id}
                referring={referringId === item.id}
                onReferToggle={(open) => setReferringId(open ? item.id : null)}
                drag={dragHandlers(item, index)}
              />
            ),
          )}
        </ol>
      )}
      {canEdit && (
        <Section title={t('agenda.addTitle')} level={3}>
          <AgendaItemForm
            participants={participants}
            submitLabel={t('agenda.form.add')}
            onSubmit={async (values) => {
              const added = await add(toInput(values));
              if (added) setAnnouncement(t('agenda.added', { title: added.title, position: added.position }));
            }}
          />
        </Section>
      )}
      {frozen && <Alert tone="info">{t('agenda.frozen')}</Alert>}
      <ConfirmDialog
        open={toRemove !== null}
        title={t('agenda.removeTitle')}
        confirmLabel={t('agenda.remove')}
        cancelLabel={t('common.cancel')}
        busy={removing}
        onCancel={() => setToRemove(null)}
        onConfirm={confirmRemove}
      >
        {toRemove && t('agenda.removeQuestion', { title: toRemove.title })}
      </ConfirmDialog>
    </Section>
  );
}
