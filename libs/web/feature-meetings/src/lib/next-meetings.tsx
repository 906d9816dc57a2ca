import { Link } from 'react-router';
import { useDescribeError, useMyMeetings } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading } from '@concertation/web-ui';
import { MeetingList } from './meeting-list';
import { upcomingOnly, upcomingRange, useNow } from './use-meetings-in';

const SHOWN = 5;

/** The home page's next meetings across the viewer's tables. */
export function NextMeetings() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const now = useNow();
  const { data, loading, error } = useMyMeetings(upcomingRange(now));

  if (loading && !data) return <Loading label={t('calendar.loading')} />;
  if (error && !data) return <ErrorMessage>{describe(error)}</ErrorMessage>;
  return (
    <>
      <MeetingList
        meetings={upcomingOnly(data?.myMeetings ?? [], now).slice(0, SHOWN)}
        showTable
        emptyTitle={t('calendar.noUpcoming')}
        emptyBody={t('calendar.noUpcomingHint')}
      />
      <p className="section__footer">
        <Link to={paths.myMeetings()}>{t('calendar.allMyMeetings')}</Link>
      </p>
    </>
  );
}
