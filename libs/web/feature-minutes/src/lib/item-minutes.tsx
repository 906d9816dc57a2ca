import { useState } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { Button } from '@concertation/web-ui';
import { ActionItemForm } from './action-item-form';
import { ActionItemList } from './action-item-list';
import { DecisionForm } from './decision-form';
import { DecisionList } from './decision-list';
import { ItemNotesEditor, MinutesText } from './minutes-editors';
import type { MinutesAgendaItem, MinutesMeeting } from './types';

/** What the viewer may do with the minutes of a meeting (the server checks it again). */
export interface MinutesPermissions {
  editNotes: boolean;
  recordDecisions: boolean;
  createActionItems: boolean;
}

export interface ItemMinutesProps {
  meeting: MinutesMeeting;
  item: MinutesAgendaItem;
  can: MinutesPermissions;
  /** Sub-headings: h3 in the live room, h4 under the item's own h3 on the minutes page. */
  level: 3 | 4;
  autosaveDelayMs?: number;
  /** Decisions become link targets (the minutes page, where each appears once). */
  anchored?: boolean;
}

type OpenForm = { kind: 'decision' } | { kind: 'action'; decisionId: string | null } | null;

/** One agenda item's part of the minutes: notes, decisions with their votes, action items. */
export function ItemMinutes({ meeting, item, can, level, autosaveDelayMs, anchored }: ItemMinutesProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<OpenForm>(null);
  const [announcement, setAnnouncement] = useState('');
  const Heading = level === 3 ? 'h3' : 'h4';
  const minutes = meeting.minutes;

  return (
    <div className="item-minutes stack">
      {can.editNotes && minutes ? (
        <ItemNotesEditor key={item.id} meetingId={meeting.id} minutes={minutes} item={item} headingLevel={level} autosaveDelayMs={autosaveDelayMs} />
      ) : (
        <MinutesText text={item.notes} empty={t('minutes.notes.none')} headingLevel={level} />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <div className="item-minutes__part">
        <Heading className="item-minutes__heading">{t('minutes.decisions.title')}</Heading>
        <DecisionList
          decisions={item.decisions}
          empty={t('minutes.decisions.none')}
          anchored={anchored}
          headingLevel={level === 3 ? 4 : 5}
          renderActions={
            can.createActionItems
              ? (decision) =>
                  open?.kind === 'action' && open.decisionId === decision.id ? (
                    <ActionItemForm
                      meeting={meeting}
                      agendaItemId={item.id}
                      decisionId={decision.id}
                      onCreated={(title) => {
                        setOpen(null);
                        setAnnouncement(t('minutes.actions.form.created', { title }));
                      }}
                      onCancel={() => setOpen(null)}
                    />
                  ) : (
                    <Button variant="ghost" size="small" className="no-print" onClick={() => setOpen({ kind: 'action', decisionId: decision.id })}>
                      {t('minutes.actions.openForDecision')}
                    </Button>
                  )
              : undefined
          }
        />
        {can.recordDecisions &&
          (open?.kind === 'decision' ? (
            <DecisionForm
              meetingId={meeting.id}
              agendaItemId={item.id}
              onRecorded={() => {
                setOpen(null);
                setAnnouncement(t('minutes.decisions.form.recorded'));
              }}
              onCancel={() => setOpen(null)}
            />
          ) : (
            <Button variant="secondary" size="small" className="no-print" onClick={() => setOpen({ kind: 'decision' })}>
              {t('minutes.decisions.open')}
            </Button>
          ))}
      </div>

      <div className="item-minutes__part">
        <Heading className="item-minutes__heading">{t('minutes.actions.title')}</Heading>
        <ActionItemList actionItems={item.actionItems} empty={t('minutes.actions.none')} />
        {can.createActionItems &&
          (open?.kind === 'action' && open.decisionId === null ? (
            <ActionItemForm
              meeting={meeting}
              agendaItemId={item.id}
              onCreated={(title) => {
                setOpen(null);
                setAnnouncement(t('minutes.actions.form.created', { title }));
              }}
              onCancel={() => setOpen(null)}
            />
          ) : (
            <Button variant="secondary" size="small" className="no-print" onClick={() => setOpen({ kind: 'action', decisionId: null })}>
              {t('minutes.actions.open')}
            </Button>
          ))}
      </div>
    </div>
  );
}
