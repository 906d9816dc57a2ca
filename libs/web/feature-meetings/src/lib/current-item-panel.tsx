import { useI18n } from '@concertation/web-i18n';
import { Badge, Markdown } from '@concertation/web-ui';
import { formatClock, formatMinutes } from './durations';
import { currentItemSince, useElapsedSeconds } from './item-clock';
import { ConfidentialityBadge } from './status-badges';
import type { AgendaItem } from './types';

function ElapsedTime({ meetingId, item, startedAt }: { meetingId: string; item: AgendaItem; startedAt: string | null }) {
  const { t } = useI18n();
  const seconds = useElapsedSeconds(currentItemSince(meetingId, item.id, startedAt));
  const allotted = item.durationMinutes ? item.durationMinutes * 60 : null;
  const over = allotted !== null && seconds > allotted;
  const ratio = allotted ? Math.min(1, seconds / allotted) : 0;
  return (
    <div className={over ? 'elapsed elapsed--over' : 'elapsed'}>
      <p className="elapsed__text">
        {allotted === null
          ? t('live.elapsedNoDuration', { elapsed: formatClock(seconds) })
          : t('live.elapsed', { elapsed: formatClock(seconds), allotted: formatMinutes(item.durationMinutes ?? 0, t) })}
        {over && <strong> {t('live.overtime', { over: formatClock(seconds - (allotted ?? 0)) })}</strong>}
      </p>
      {allotted !== null && (
        <div className="elapsed__bar" aria-hidden="true">
          <span style={{ width: `${Math.round(ratio * 100)}%` }} />
        </div>
      )}
    </div>
  );
}

/** The item under discussion, large, with its clock (`startedAt`: when it became current, if the API says). */
export function CurrentItemDetails({
  meetingId,
  item,
  startedAt,
  index,
  count,
}: {
  meetingId: string;
  item: AgendaItem;
  startedAt: string | null;
  index: number;
  count: number;
}) {
  const { t } = useI18n();
  return (
    <div className="current-item">
      <p className="current-item__position">{t('live.itemOf', { position: index + 1, total: count })}</p>
      <h3 className="current-item__title">{item.title}</h3>
      <p className="badges">
        <Badge>{t(`agenda.kinds.${item.kind}` as const)}</Badge>
        <ConfidentialityBadge confidentiality={item.confidentiality} />
      </p>
      {item.presenter && <p className="muted">{t('agenda.presentedBy', { name: item.presenter.displayName })}</p>}
      {item.description && (
        <Markdown className="prose" headingLevel={4}>
          {item.description}
        </Markdown>
      )}
      <ElapsedTime meetingId={meetingId} item={item} startedAt={startedAt} />
    </div>
  );
}
