import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { downloadWithToken, hasErrorCode, useDescribeError, useMeetingMinutes, useMinutesEvents } from '@concertation/web-data-access';
import { useI18n, withColon } from '@concertation/web-i18n';
import { endpoints, paths } from '@concertation/shared-paths';
import { Alert, Badge, Button, DownloadButton, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { ActionItemList } from './action-item-list';
import { MinutesStatusBadge } from './badges';
import { DecisionList } from './decision-list';
import { ItemMinutes } from './item-minutes';
import { MinutesAttendance } from './minutes-attendance';
import { MinutesText, SummaryEditor } from './minutes-editors';
import { MinutesHistory } from './minutes-history';
import { MinutesStatusActions } from './minutes-status-actions';
import { minutesPermissions } from './permissions';
import type { MinutesMeeting, MinutesRecord } from './types';

/** « Diffusé le … », « Approuvé le … à la rencontre … ». */
function MinutesDates({ minutes }: { minutes: MinutesRecord }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const approvedAt = minutes.approvedAtMeeting;
  return (
    <>
      {minutes.circulatedAt && <span>{t('minutes.circulatedOn', { date: formatDateTime(minutes.circulatedAt) })}</span>}
      {minutes.approvedAt && <span>{t('minutes.approvedOn', { date: formatDateTime(minutes.approvedAt) })}</span>}
      {approvedAt && <span>{t('minutes.approvedAtMeeting', { title: approvedAt.title, date: formatDate(approvedAt.startsAt) })}</span>}
    </>
  );
}

/** Decisions and action items recorded for the meeting as a whole, not under one of its items. */
function OutsideTheAgenda({ meeting }: { meeting: MinutesMeeting }) {
  const { t } = useI18n();
  const decisions = meeting.decisions.filter((decision) => !decision.agendaItem);
  const actionItems = meeting.actionItems.filter((action) => !action.agendaItem && !action.decision);
  if (decisions.length === 0 && actionItems.length === 0) return null;
  return (
    <Section title={t('minutes.page.outsideAgenda')}>
      {decisions.length > 0 && (
        <>
          <h3>{t('minutes.decisions.title')}</h3>
          <DecisionList decisions={decisions} empty={t('minutes.decisions.none')} anchored headingLevel={4} />
        </>
      )}
      {actionItems.length > 0 && (
        <>
          <h3>{t('minutes.actions.title')}</h3>
          <ActionItemList actionItems={actionItems} empty={t('minutes.actions.none')} />
        </>
      )}
    </Section>
  );
}

function MinutesBody({ meeting, minutes, autosaveDelayMs }: { meeting: MinutesMeeting; minutes: MinutesRecord; autosaveDelayMs?: number }) {
  const { t } = useI18n();
  const can = minutesPermissions(meeting);
  return (
    <>
      {(can.circulate || can.approve) && (
        <Section title={t('minutes.page.statusTitle')}>
          <div className="no-print">
            <MinutesStatusActions meeting={meeting} canCirculate={can.circulate} canApprove={can.approve} />
          </div>
        </Section>
      )}
      <Section title={t('minutes.summary.title')}>
        {can.editNotes ? (
          <SummaryEditor meetingId={meeting.id} minutes={minutes} autosaveDelayMs={autosaveDelayMs} />
        ) : (
          <MinutesText text={minutes.summary} empty={t('minutes.summary.none')} headingLevel={3} />
        )}
      </Section>
      <Section title={t('minutes.page.attendance')}>
        <MinutesAttendance meeting={meeting} />
      </Section>
      <Section title={t('minutes.page.agenda')}>
        {meeting.agenda.length === 0 ? (
          <p className="muted">{t('minutes.page.noAgenda')}</p>
        ) : (
          <ol className="minutes-items">
            {meeting.agenda.map((item) => (
              <li key={item.id} className="minutes-item">
                <h3 className="minutes-item__title">
                  {t('minutes.page.itemHeading', { position: item.position, title: item.title })}
                  {item.confidentiality === 'IN_CAMERA' && (
                    <>
                      {' '}
                      <Badge tone="warning">{t('minutes.page.inCamera')}</Badge>
                    </>
                  )}
                </h3>
                <ItemMinutes meeting={meeting} item={item} can={can} level={4} autosaveDelayMs={autosaveDelayMs} anchored />
              </li>
            ))}
          </ol>
        )}
      </Section>
      <OutsideTheAgenda meeting={meeting} />
      <Section title={t('minutes.page.history')}>
        <MinutesHistory minutes={minutes} />
      </Section>
    </>
  );
}

/**
 * `/meetings/:id/minutes`: the minutes as a document (summary, attendance, items with notes,
 * decisions and action items), their status and history, downloads and a print layout. Officers
 * circulate and approve them; approved minutes are frozen.
 */
export function MinutesPage({ autosaveDelayMs }: { autosaveDelayMs?: number } = {}) {
  const { id = '' } = useParams();
  const { t, language, formatDateTimeRange, timeZoneName } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useMeetingMinutes(id);
  const meeting = data?.meeting;
  useMinutesEvents(id, { skip: !meeting });
  const [downloadError, setDownloadError] = useState<string | null>(null);

  if (loading && !meeting) return <Loading label={t('minutes.loading')} />;
  if (!meeting) {
    return (
      <>
        <PageHeader title={t('minutes.notFoundTitle')} />
        <ErrorMessage>{hasErrorCode(error, 'FORBIDDEN') ? t('minutes.forbidden') : error ? describe(error) : t('errors.notFound')}</ErrorMessage>
      </>
    );
  }

  const minutes = meeting.minutes;
  const onDownloadError = (caught: unknown) => setDownloadError(describe(caught));
  return (
    <div className="minutes-page">
      <PageHeader
        eyebrow={<Link to={paths.table(meeting.table.id)}>{meeting.table.name}</Link>}
        title={t('minutes.pageTitle', { title: meeting.title })}
        description={
          <>
            <p>
              {t('minutes.page.when', {
                range: formatDateTimeRange(meeting.startsAt, meeting.endsAt, meeting.timeZone),
                zone: timeZoneName(meeting.timeZone, meeting.startsAt),
              })}
            </p>
            {minutes && (
              <p className="badges minutes-page__status">
                <span className="visually-hidden">{withColon(t('minutes.statusLabel'), language)}</span>
                <MinutesStatusBadge status={minutes.status} />
                <MinutesDates minutes={minutes} />
              </p>
            )}
            <p className="no-print">
              <Link to={paths.meeting(meeting.id)}>{t('minutes.backToMeeting')}</Link>
            </p>
          </>
        }
        actions={
          minutes ? (
            <div className="button-row no-print">
              <Button variant="secondary" onClick={() => window.print()}>
                {t('minutes.page.print')}
              </Button>
              <DownloadButton
                variant="secondary"
                path={endpoints.minutesMarkdown(meeting.id)}
                fileName={`${meeting.title}.md`}
                fetchFile={downloadWithToken}
                onError={onDownloadError}
              >
                {t('minutes.page.downloadMarkdown')}
              </DownloadButton>
              <DownloadButton
                variant="secondary"
                path={endpoints.minutesPdf(meeting.id)}
                fileName={`${meeting.title}.pdf`}
                fetchFile={downloadWithToken}
                onError={onDownloadError}
              >
                {t('minutes.page.downloadPdf')}
              </DownloadButton>
            </div>
          ) : undefined
        }
      />
      {downloadError && <ErrorMessage>{downloadError}</ErrorMessage>}
      {!minutes ? (
        <p className="muted">{t('minutes.notStarted')}</p>
      ) : (
        <>
          {minutes.status === 'APPROVED' && <Alert tone="info">{t('minutes.frozen')}</Alert>}
          <MinutesBody meeting={meeting} minutes={minutes} autosaveDelayMs={autosaveDelayMs} />
        </>
      )}
    </div>
  );
}
