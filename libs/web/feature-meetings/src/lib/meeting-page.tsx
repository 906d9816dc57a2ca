import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { canStartMeeting, isOfficerRole } from '@concertation/shared-domain';
import { downloadWithToken, hasErrorCode, useDescribeError, useMeeting, useMeetingEvents } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { endpoints, paths } from '@concertation/shared-paths';
import { buttonClassName, DownloadButton, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { AgendaSection } from './agenda-section';
import { MeetingFacts } from './meeting-facts';
import { MeetingManagement } from './meeting-management';
import { MeetingWhen } from './meeting-when';
import { RepresentationSection } from './representation-section';
import { RsvpSection } from './rsvp-section';
import { MeetingStatusBadge } from './status-badges';
import type { ReferForm } from './types';

export interface MeetingPageProps {
  /** The referrals feature's form, given by the app: officers send an agenda item to a table up their line. */
  referForm?: ReferForm;
}

/** `/meetings/:id`: details, answers, agenda; officers manage the meeting and build its agenda. Kept live. */
export function MeetingPage({ referForm }: MeetingPageProps = {}) {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useMeeting(id);
  const meeting = data?.meeting;
  useMeetingEvents(id, { skip: !meeting });
  const [downloadError, setDownloadError] = useState<string | null>(null);

  if (loading && !meeting) return <Loading label={t('meetings.loading')} />;
  if (!meeting) {
    return (
      <>
        <PageHeader title={t('meetings.notFoundTitle')} />
        <ErrorMessage>{hasErrorCode(error, 'FORBIDDEN') ? t('meetings.forbidden') : error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.myMeetings()}>{t('calendar.allMyMeetings')}</Link>
        </p>
      </>
    );
  }

  const isOfficer = isOfficerRole(meeting.table.viewerRole);
  const showLiveLink = meeting.status === 'IN_PROGRESS' || (isOfficer && canStartMeeting(meeting.status));
  // Minutes exist from the start of the meeting, for those who sit at its table and its substitutes.
  const showMinutesLink = meeting.viewerRole !== null && (meeting.status === 'IN_PROGRESS' || meeting.status === 'ADJOURNED');

  return (
    <>
      <PageHeader
        eyebrow={<Link to={paths.tableMeetings(meeting.table.id)}>{meeting.table.name}</Link>}
        title={meeting.title}
        description={
          <>
            <p>
              <MeetingWhen meeting={meeting} />
            </p>
            <p className="badges">
              <MeetingStatusBadge status={meeting.status} />
            </p>
          </>
        }
        actions={
          <div className="button-row">
            {showLiveLink && (
              <Link className={buttonClassName(meeting.status === 'IN_PROGRESS' ? 'primary' : 'secondary')} to={paths.liveMeeting(meeting.id)}>
                {t('live.open')}
              </Link>
            )}
            {showMinutesLink && (
              <Link className={buttonClassName('secondary')} to={paths.minutes(meeting.id)}>
                {t('minutes.link')}
              </Link>
            )}
            <DownloadButton
              variant="secondary"
              path={endpoints.meetingIcs(meeting.id)}
              fileName={`${meeting.title}.ics`}
              fetchFile={downloadWithToken}
              onError={(caught) => setDownloadError(describe(caught))}
            >
              {t('meetings.addToCalendar')}
            </DownloadButton>
          </div>
        }
      />
      {downloadError && <ErrorMessage>{downloadError}</ErrorMessage>}
      <div className="columns">
        <Section title={t('meetings.facts.title')}>
          <MeetingFacts meeting={meeting} />
        </Section>
        <Section title={t('rsvp.title')}>
          <RsvpSection meeting={meeting} />
        </Section>
      </div>
      <Section title={t('meetings.representation.title')}>
        <RepresentationSection meeting={meeting} />
      </Section>
      {isOfficer && (
        <Section title={t('meetings.manage.title')}>
          <MeetingManagement meeting={meeting} />
        </Section>
      )}
      <AgendaSection meeting={meeting} referForm={referForm} />
    </>
  );
}
