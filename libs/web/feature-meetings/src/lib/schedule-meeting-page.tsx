import { Link, useNavigate, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useScheduleMeeting, useTableBrief } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { MeetingForm, type MeetingFormResult } from './meeting-form';
import { defaultMeetingZone, emptyMeetingValues } from './meeting-form-values';

/** `/tables/:id/meetings/new`: officers schedule one meeting or a series. */
export function ScheduleMeetingPage() {
  const { id = '' } = useParams();
  const { t, tp, timeZone } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const { data, loading, error } = useTableBrief(id);
  const [schedule] = useScheduleMeeting();
  const table = data?.table;

  if (loading && !table) return <Loading label={t('common.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('tables.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
      </>
    );
  }
  const back = paths.tableMeetings(table.id);
  if (!isOfficerRole(table.viewerRole) || table.archivedAt) {
    return (
      <>
        <PageHeader eyebrow={table.name} title={t('meetings.schedule.title')} />
        <ErrorMessage>{t(table.archivedAt ? 'meetings.schedule.archived' : 'meetings.officersOnly')}</ErrorMessage>
        <p>
          <Link to={back}>{t('calendar.openTableCalendar')}</Link>
        </p>
      </>
    );
  }

  const onSubmit = async (result: MeetingFormResult) => {
    const created = await schedule({
      tableId: table.id,
      title: result.title,
      startsAt: result.startsAt,
      endsAt: result.endsAt,
      timeZone: result.timeZone,
      location: result.location ?? undefined,
      onlineUrl: result.onlineUrl ?? undefined,
      recurrence: result.recurrence ?? undefined,
      occurrences: result.occurrences,
    });
    const first = created[0];
    if (!first) return;
    navigate(paths.meeting(first.id), { state: { notice: tp('meetings.schedule.done', created.length) } });
  };

  return (
    <>
      <PageHeader
        eyebrow={<Link to={paths.table(table.id)}>{table.name}</Link>}
        title={t('meetings.schedule.title')}
        description={t('meetings.schedule.intro')}
      />
      <Section title={t('meetings.form.details')}>
        <MeetingForm
          initial={emptyMeetingValues(defaultMeetingZone(table.regions[0]?.timeZone, timeZone))}
          withRecurrence
          submitLabel={t('meetings.schedule.submit')}
          onSubmit={onSubmit}
          onCancel={() => navigate(back)}
        />
      </Section>
    </>
  );
}
