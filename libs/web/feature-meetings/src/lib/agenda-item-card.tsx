import { Suspense, useEffect, useRef, type DragEvent, type KeyboardEvent, type Ref } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { anchors } from '@concertation/shared-paths';
import { Badge, Button, cx, Loading } from '@concertation/web-ui';
import { AgendaAttachments } from './agenda-attachments';
import { formatMinutes } from './durations';
import { AgendaItemStatusBadge, ConfidentialityBadge } from './status-badges';
import type { AgendaItem, ReferForm } from './types';

export type MoveControl = 'item' | 'up' | 'down';

export interface AgendaItemCardProps {
  item: AgendaItem;
  index: number;
  count: number;
  canEdit: boolean;
  isCurrent: boolean;
  helpId: string;
  /** Where a dragged item would land: before or after this one. */
  dropSide: 'before' | 'after' | null;
  dragging: boolean;
  itemRef: Ref<HTMLLIElement>;
  onMove: (from: number, to: number, control: MoveControl) => void;
  onEdit: () => void;
  onRemove: () => void;
  announce: (message: string) => void;
  /** The refer form (another feature's, given by the app) for officers; absent, no « Envoyer » button. */
  referForm?: ReferForm;
  tableId: string;
  referring: boolean;
  onReferToggle: (open: boolean) => void;
  drag: {
    onDragStart: (event: DragEvent<HTMLLIElement>) => void;
    onDragOver: (event: DragEvent<HTMLLIElement>) => void;
    onDrop: (event: DragEvent<HTMLLIElement>) => void;
    onDragEnd: () => void;
  };
}

/** One agenda item; for officers, draggable and movable with buttons or Alt + arrow keys. */
export function AgendaItemCard({
  item,
  index,
  count,
  canEdit,
  isCurrent,
  helpId,
  dropSide,
  dragging,
  itemRef,
  onMove,
  onEdit,
  onRemove,
  announce,
  referForm: ReferItemForm,
  tableId,
  referring,
  onReferToggle,
  drag,
}: AgendaItemCardProps) {
  const { t } = useI18n();
  const titleId = `agenda-item-${item.id}-title`;
  const referButton = useRef<HTMLButtonElement>(null);
  // Closing the refer form gives the focus back to the button that opened it.
  const wasReferring = useRef(referring);
  useEffect(() => {
    if (wasReferring.current && !referring) referButton.current?.focus();
    wasReferring.current = referring;
  }, [referring]);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!canEdit || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    const control = (target.dataset['move'] as MoveControl | undefined) ?? 'item';
    onMove(index, index + (event.key === 'ArrowUp' ? -1 : 1), control);
  };

  return (
    <li
      ref={itemRef}
      // Search results and referrals link here (paths.meeting with agendaItem).
      id={anchors.agendaItem(item.id)}
      className={cx(
        'agenda-item',
        isCurrent && 'agenda-item--current',
        dragging && 'agenda-item--dragging',
        dropSide === 'before' && 'agenda-item--drop-before',
        dropSide === 'after' && 'agenda-item--drop-after',
      )}
      aria-labelledby={titleId}
      aria-describedby={canEdit ? helpId : undefined}
      aria-current={isCurrent ? 'step' : undefined}
      tabIndex={canEdit ? 0 : undefined}
      draggable={canEdit}
      onKeyDown={onKeyDown}
      {...(canEdit ? drag : {})}
    >
      <div className="agenda-item__header">
        {canEdit && (
          <span className="agenda-item__handle" aria-hidden="true">
            ⠿
          </span>
        )}
        <span className="agenda-item__position">{t('agenda.position', { position: index + 1 })}</span>
        <h3 id={titleId} className="agenda-item__title">
          {item.title}
        </h3>
      </div>
      <p className="badges">
        <Badge>{t(`agenda.kinds.${item.kind}` as const)}</Badge>
        <ConfidentialityBadge confidentiality={item.confidentiality} />
        {item.status !== 'PENDING' && <AgendaItemStatusBadge status={item.status} />}
        {item.durationMinutes !== null && <Badge tone="info">{formatMinutes(item.durationMinutes, t)}</Badge>}
        {isCurrent && <Badge tone="success">{t('agenda.current')}</Badge>}
      </p>
      {item.referral && <p className="muted agenda-item__referral">{t('referrals.item.referredBy', { table: item.referral.fromTable.name })}</p>}
      {item.description && <p className="prose agenda-item__description">{item.description}</p>}
      {item.presenter && (
        <p className="muted agenda-item__presenter">
          {t('agenda.presentedBy', {
            name: item.presenterOrganization ? `${item.presenter.displayName} (${item.presenterOrganization.name})` : item.presenter.displayName,
          })}
        </p>
      )}
      <AgendaAttachments item={item} canEdit={canEdit} announce={announce} />
      {canEdit && (
        <div className="button-row agenda-item__actions">
          <Button
            size="small"
            variant="secondary"
            data-move="up"
            disabled={index === 0}
            aria-label={t('agenda.moveUpFor', { title: item.title })}
            onClick={() => onMove(index, index - 1, 'up')}
          >
            {t('agenda.moveUp')}
          </Button>
          <Button
            size="small"
            variant="secondary"
            data-move="down"
            disabled={index === count - 1}
            aria-label={t('agenda.moveDownFor', { title: item.title })}
            onClick={() => onMove(index, index + 1, 'down')}
          >
            {t('agenda.moveDown')}
          </Button>
          <Button size="small" variant="secondary" aria-label={t('agenda.editFor', { title: item.title })} onClick={onEdit}>
            {t('agenda.edit')}
          </Button>
          <Button size="small" variant="danger" aria-label={t('agenda.removeFor', { title: item.title })} onClick={onRemove}>
            {t('agenda.remove')}
          </Button>
        </div>
      )}
      {ReferItemForm && !referring && (
        <div className="button-row agenda-item__actions">
          <Button
            ref={referButton}
            size="small"
            variant="secondary"
            aria-label={t('referrals.refer.buttonFor', { title: item.title })}
            onClick={() => onReferToggle(true)}
          >
            {t('referrals.refer.button')}
          </Button>
        </div>
      )}
      {ReferItemForm && referring && (
        <div className="agenda-item__refer">
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <ReferItemForm tableId={tableId} item={{ id: item.id, title: item.title }} onClose={() => onReferToggle(false)} />
          </Suspense>
        </div>
      )}
    </li>
  );
}
