import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useTableMeetings } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, Section } from '@concertation/web-ui';
import { MeetingList } from './meeting-list';
import { upcomingOnly, upcomingRange, useNow } from './use-meetings-in';

const SHOWN = 3;

/** The table page's « Meetings » section: the next few, and the way to the whole calendar. */
export function TableMeetingsPreview() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const now = useNow();
  const { data, loading, error } = useTableMeetings(id, upcomingRange(now), !id);
  const table = data?.table;

  let body;
  if (loading && !table) body = <Loading label={t('calendar.loading')} />;
  else if (!table) body = error ? <ErrorMessage>{describe(error)}</ErrorMessage> : null;
  else if (!table.viewerRole) body = <p className="muted">{t('calendar.seatedOnly')}</p>;
  else body = <MeetingList meetings={upcomingOnly(table.meetings, now).slice(0, SHOWN)} emptyTitle={t('calendar.noUpcoming')} />;

  return (
    <Section title={t('calendar.nextMeetings')}>
      {body}
      {table?.viewerRole && (
        <ul className="link-list link-list--inline">
          <li>
            <Link to={paths.tableMeetings(id)}>{t('calendar.openTableCalendar')}</Link>
          </li>
          {isOfficerRole(table.viewerRole) && !table.archivedAt && (
            <li>
              <Link to={paths.scheduleMeeting(id)}>{t('meetings.schedule.open')}</Link>
            </li>
          )}
        </ul>
      )}
    </Section>
  );
}
