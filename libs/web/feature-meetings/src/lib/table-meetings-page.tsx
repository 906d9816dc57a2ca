import { Link, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useTableBrief } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { buttonClassName, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { MeetingCalendar } from './meeting-calendar';

/** `/tables/:id/meetings`: a table's calendar, with « schedule » for its officers. */
export function TableMeetingsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useTableBrief(id);
  const table = data?.table;

  if (loading && !table) return <Loading label={t('calendar.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('tables.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
      </>
    );
  }

  const canSchedule = isOfficerRole(table.viewerRole) && !table.archivedAt;
  return (
    <>
      <PageHeader
        level={2}
        title={t('calendar.tableTitle', { name: table.name })}
        actions={
          canSchedule && (
            <Link className={buttonClassName('primary')} to={paths.scheduleMeeting(table.id)}>
              {t('meetings.schedule.open')}
            </Link>
          )
        }
      />
      <Section title={t('calendar.title')}>
        {table.viewerRole ? <MeetingCalendar source={{ kind: 'table', tableId: table.id }} /> : <p className="muted">{t('calendar.seatedOnly')}</p>}
      </Section>
    </>
  );
}
