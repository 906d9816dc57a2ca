import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SearchHitItem, SearchMeetingContextFragment, SearchResultItem } from '@concertation/web-data-access';
import { formatDate, useI18n } from '@concertation/web-i18n';
import { Badge } from '@concertation/web-ui';
import { searchHitTarget } from './search-targets';
import { Snippet } from './snippet';

type Translate = ReturnType<typeof useI18n>['t'];

function hitTitle(hit: SearchHitItem, t: Translate): string {
  if (hit.__typename !== 'Decision') return hit.title;
  return hit.agendaItem ? t('search.decisionOn', { title: hit.agendaItem.title }) : t('search.decisionOf', { title: hit.meeting.title });
}

/** The meeting a hit belongs to (a meeting is its own), when the viewer may see it. */
function meetingOf(hit: SearchHitItem): SearchMeetingContextFragment | null {
  switch (hit.__typename) {
    case 'Meeting':
      return hit;
    case 'ActionItem':
      return hit.actionMeeting;
    default:
      return hit.meeting;
  }
}

/** One result: its title as a link, the excerpt with the matched words, and where it comes from. */
export function SearchResultCard({ result }: { result: SearchResultItem }) {
  const { t, language, formatDate: formatDay } = useI18n();
  const { hit } = result;
  const meeting = meetingOf(hit);
  const tableName = hit.__typename === 'ActionItem' ? hit.table.name : meeting?.table.name;

  const context: ReactNode[] = [];
  if (tableName) context.push(<span key="table">{tableName}</span>);
  if (meeting && hit.__typename !== 'Meeting') context.push(<span key="meeting">{t('search.inMeeting', { title: meeting.title })}</span>);
  if (meeting) {
    context.push(
      <time key="date" dateTime={meeting.startsAt}>
        {formatDay(meeting.startsAt)}
      </time>,
    );
  }
  // A due date is a calendar day, not an instant: read it in UTC so that no zone moves it.
  if (hit.__typename === 'ActionItem' && hit.dueOn) {
    context.push(<span key="due">{t('search.dueOn', { date: formatDate(`${hit.dueOn}T00:00:00Z`, language, 'UTC') })}</span>);
  }

  return (
    <li className="search-result">
      <h3 className="search-result__title">
        <Link to={searchHitTarget(hit)}>{hitTitle(hit, t)}</Link>
      </h3>
      {result.snippet && (
        <p className="search-result__snippet">
          <Snippet text={result.snippet} />
        </p>
      )}
      <p className="search-result__context muted">
        {hit.__typename === 'AgendaItem' && hit.confidentiality === 'IN_CAMERA' && <Badge tone="warning">{t('search.inCamera')}</Badge>}
        {hit.__typename === 'Decision' && <Badge>{t(`search.outcomes.${hit.outcome}` as const)}</Badge>}
        {hit.__typename === 'ActionItem' && <Badge>{t(`search.statuses.${hit.status}` as const)}</Badge>}
        {context.map((part, index) => (
          <span key={index} className="search-result__context-part">
            {part}
          </span>
        ))}
      </p>
    </li>
  );
}
