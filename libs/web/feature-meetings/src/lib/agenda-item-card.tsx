import { Suspense, useEffect, useRef, useState, type DragEvent, type KeyboardEvent, type Ref } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { anchors } from '@concertation/shared-paths';
import { ActionMenu, Badge, Button, cx, Loading, Markdown } from '@concertation/web-ui';
import { AgendaAttachments } from './agenda-attachments';
import { formatMinutes } from './durations';
import { AgendaItemStatusBadge, ConfidentialityBadge } from './status-badges';
import type { AgendaItem, ReferForm } from './types';

export type MoveControl = 'item' | 'up' | 'down';

export interface AgendaItemCardProps {
  item: AgendaItem;
  index: number;
  count: number;
  /** When the item should start (the meeting's start plus the durations before it), if that can be told. */
  startsAt: string | null;
  /** Once the meeting is adjourned every item says how it ended, « not dealt with » included. */
  adjourned: boolean;
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

/**
 * One agenda item, compact: its planned start, title, facts and description; the less frequent
 * actions (move, edit, attach, refer, remove) wait behind « Plus d’actions ». For officers it is
 * draggable, and movable with Alt + arrow keys or the menu's buttons.
 */
export function AgendaItemCard({
  item,
  index,
  count,
  startsAt,
  adjourned,
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
  const { t, formatTime } = useI18n();
  const titleId = `agenda-item-${item.id}-title`;
  const menuButton = useRef<HTMLButtonElement>(null);
  const [attaching, setAttaching] = useState(false);
  // Closing the refer form gives the focus back to the actions' button that opened it.
  const wasReferring = useRef(referring);
  useEffect(() => {
    if (wasReferring.current && !referring) menuButton.current?.focus();
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

  const hasActions = canEdit || Boolean(ReferItemForm);

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
        {startsAt && (
          <time className="agenda-item__time" dateTime={startsAt} title={t('agenda.startsAt', { time: formatTime(startsAt) })}>
            {formatTime(startsAt)}
          </time>
        )}
        <span className="agenda-item__position">{t('agenda.position', { position: index + 1 })}</span>
        <h3 id={titleId} className="agenda-item__title">
          {item.title}
        </h3>
        {hasActions && (
          <ActionMenu
            className="agenda-item__menu"
            buttonRef={menuButton}
            label={t('agenda.moreActions')}
            accessibleLabel={t('agenda.moreActionsFor', { title: item.title })}
          >
            {(close) => (
              <>
                {canEdit && (
                  <>
                    <Button
                      size="small"
                      variant="ghost"
                      data-move="up"
                      disabled={index === 0}
                      aria-label={t('agenda.moveUpFor', { title: item.title })}
                      onClick={() => onMove(index, index - 1, 'up')}
                    >
                      {t('agenda.moveUp')}
                    </Button>
                    <Button
                      size="small"
                      variant="ghost"
                      data-move="down"
                      disabled={index === count - 1}
                      aria-label={t('agenda.moveDownFor', { title: item.title })}
                      onClick={() => onMove(index, index + 1, 'down')}
                    >
                      {t('agenda.moveDown')}
                    </Button>
                    <Button
                      size="small"
                      variant="ghost"
                      aria-label={t('agenda.editFor', { title: item.title })}
                      onClick={() => {
                        close();
                        onEdit();
                      }}
                    >
                      {t('agenda.edit')}
                    </Button>
                    <Button
                      size="small"
                      variant="ghost"
                      aria-expanded={attaching}
                      onClick={() => {
                        close();
                        setAttaching((value) => !value);
                      }}
                    >
                      {t('agenda.files.choose')}
                    </Button>
                  </>
                )}
                {ReferItemForm && !referring && (
                  <Button
                    size="small"
                    variant="ghost"
                    aria-label={t('referrals.refer.buttonFor', { title: item.title })}
                    onClick={() => {
                      close();
                      onReferToggle(true);
                    }}
                  >
                    {t('referrals.refer.button')}
                  </Button>
                )}
                {canEdit && (
                  <Button
                    size="small"
                    variant="danger"
                    aria-label={t('agenda.removeFor', { title: item.title })}
                    onClick={() => {
                      close();
                      onRemove();
                    }}
                  >
                    {t('agenda.remove')}
                  </Button>
                )}
              </>
            )}
          </ActionMenu>
        )}
      </div>
      <p className="badges agenda-item__meta">
        <Badge>{t(`agenda.kinds.${item.kind}` as const)}</Badge>
        <ConfidentialityBadge confidentiality={item.confidentiality} />
        {(adjourned || item.status !== 'PENDING') && <AgendaItemStatusBadge status={item.status} final={adjourned} />}
        {item.durationMinutes !== null && <Badge tone="info">{formatMinutes(item.durationMinutes, t)}</Badge>}
        {isCurrent && <Badge tone="success">{t('agenda.current')}</Badge>}
        {item.presenter && (
          <span className="muted agenda-item__presenter">
            {t('agenda.presentedBy', {
              name: item.presenterOrganization ? `${item.presenter.displayName} (${item.presenterOrganization.name})` : item.presenter.displayName,
            })}
          </span>
        )}
      </p>
      {item.referral && <p className="muted agenda-item__referral">{t('referrals.item.referredBy', { table: item.referral.fromTable.name })}</p>}
      {item.description && (
        <Markdown className="prose agenda-item__description" headingLevel={4}>
          {item.description}
        </Markdown>
      )}
      <AgendaAttachments item={item} canEdit={canEdit} announce={announce} showDropZone={attaching} />
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
