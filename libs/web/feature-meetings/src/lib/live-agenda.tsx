import { useDescribeError, useSetCurrentAgendaItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, EmptyState, ErrorMessage, cx } from '@concertation/web-ui';
import { useId, useState } from 'react';
import { formatMinutes } from './durations';
import { AgendaItemStatusBadge, ConfidentialityBadge } from './status-badges';
import type { MeetingDetails } from './types';

/**
 * The agenda at a glance during the meeting; the current item is marked, officers can jump to any
 * item. Once the meeting is adjourned, each item says how it ended (dealt with, deferred, not dealt with).
 */
export function LiveAgenda({ meeting, canSteer }: { meeting: MeetingDetails; canSteer: boolean }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [setCurrent, { loading }] = useSetCurrentAgendaItem(meeting.id);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const adjourned = meeting.status === 'ADJOURNED';
  // On a phone, while an item is under way, only it shows until asked for the rest (CSS hides them).
  const collapsible = meeting.status === 'IN_PROGRESS' && meeting.currentItem !== null && meeting.agenda.length > 1;

  if (meeting.agenda.length === 0) return <EmptyState title={t('agenda.empty')} />;
  return (
    <>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <ol id={listId} className={cx('live-agenda', collapsible && !showAll && 'live-agenda--collapsed')}>
        {meeting.agenda.map((item, index) => {
          const isCurrent = meeting.currentItem?.id === item.id;
          return (
            <li key={item.id} className={cx('live-agenda__item', isCurrent && 'live-agenda__item--current')} aria-current={isCurrent ? 'step' : undefined}>
              <span className="live-agenda__title">
                {t('agenda.position', { position: index + 1 })} {item.title}
                {isCurrent && <span className="visually-hidden"> ({t('agenda.current')})</span>}
              </span>
              <span className="badges">
                <AgendaItemStatusBadge status={item.status} final={adjourned} />
                <ConfidentialityBadge confidentiality={item.confidentiality} />
                {item.durationMinutes !== null && <span className="muted">{formatMinutes(item.durationMinutes, t)}</span>}
              </span>
              {canSteer && !isCurrent && (
                <Button
                  size="small"
                  variant="ghost"
                  disabled={loading}
                  aria-label={t('live.goToFor', { title: item.title })}
                  onClick={async () => {
                    setError(null);
                    try {
                      await setCurrent(item.id);
                    } catch (caught) {
                      setError(describe(caught));
                    }
                  }}
                >
                  {t('live.goTo')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {collapsible && (
        <Button
          className="live-agenda__toggle"
          size="small"
          variant="secondary"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? t('live.showCurrentOnly') : t('live.showAllItems', { count: meeting.agenda.length })}
        </Button>
      )}
    </>
  );
}
