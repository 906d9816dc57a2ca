import { Link, useNavigate, useParams } from 'react-router';
import { isMeetingClosed, isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useMeeting, useUpdateMeeting } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { MeetingForm, type MeetingFormResult } from './meeting-form';
import { valuesFromMeeting } from './meeting-form-values';

/** `/meetings/:id/edit`: officers change one meeting (title, time, zone, place). */
export function EditMeetingPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const { data, loading, error } = useMeeting(id);
  const [update] = useUpdateMeeting();
  const meeting = data?.meeting;

  if (loading && !meeting) return <Loading label={t('meetings.loading')} />;
  if (!meeting) {
    return (
      <>
        <PageHeader title={t('meetings.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
      </>
    );
  }
  const back = paths.meeting(meeting.id);
  const frozen = isMeetingClosed(meeting.status);
  if (!isOfficerRole(meeting.table.viewerRole) || frozen) {
    return (
      <>
        <PageHeader eyebrow={meeting.table.name} title={t('meetings.edit.title')} />
        <ErrorMessage>{t(frozen ? 'meetings.edit.frozen' : 'meetings.officersOnly')}</ErrorMessage>
        <p>
          <Link to={back}>{t('meetings.backToMeeting')}</Link>
        </p>
      </>
    );
  }

  const onSubmit = async (result: MeetingFormResult) => {
    await update(meeting.id, {
      title: result.title,
      startsAt: result.startsAt,
      endsAt: result.endsAt,
      timeZone: result.timeZone,
      // An emptied field is cleared (explicit null), as the contract says.
      location: result.location,
      onlineUrl: result.onlineUrl,
    });
    navigate(back, { state: { notice: t('meetings.edit.done') } });
  };

  return (
    <>
      <PageHeader eyebrow={<Link to={back}>{meeting.title}</Link>} title={t('meetings.edit.title')} description={t('meetings.edit.intro')} />
      <Section title={t('meetings.form.details')}>
        <MeetingForm
          key={meeting.id}
          initial={valuesFromMeeting(meeting)}
          withRecurrence={false}
          submitLabel={t('meetings.edit.submit')}
          onSubmit={onSubmit}
          onCancel={() => navigate(back)}
        />
      </Section>
    </>
  );
}
