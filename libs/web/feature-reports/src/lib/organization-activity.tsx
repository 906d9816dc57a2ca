import type { OrganizationActivityItem } from '@concertation/web-data-access';
import { localeTag, useI18n } from '@concertation/web-i18n';
import { DataTable, Section } from '@concertation/web-ui';
import { useReportFormat } from './report-format';

/** An organization's attendance: the held meetings it was present at, over those held (0–1). */
export const attendanceOf = (row: OrganizationActivityItem) => (row.meetingsHeld > 0 ? row.meetingsAttended / row.meetingsHeld : 0);

/** Most present first; equal ones by name, in the language's alphabetical order. */
export function byAttendance(rows: readonly OrganizationActivityItem[], locale: string): OrganizationActivityItem[] {
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => attendanceOf(b) - attendanceOf(a) || collator.compare(a.organization.name, b.organization.name));
}

/**
 * Attendance as horizontal bars, sorted. Each bar writes its percentage and its count (« 75 % · 9 sur 12 »),
 * so that neither colour nor length alone carries it; the table below gives the same numbers to screen readers.
 */
function AttendanceChart({ rows }: { rows: readonly OrganizationActivityItem[] }) {
  const { t, language } = useI18n();
  const format = useReportFormat();
  return (
    <figure className="attendance-chart">
      <div className="attendance-chart__bars" role="img" aria-label={t('reports.attendance.chartLabel')}>
        {byAttendance(rows, localeTag(language)).map((row) => {
          const rate = attendanceOf(row);
          return (
            <div key={row.organization.id} className="attendance-bar">
              <span className="attendance-bar__name">{row.organization.name}</span>
              <span className="attendance-bar__track">
                <span className="attendance-bar__fill" style={{ inlineSize: `${rate * 100}%` }} />
              </span>
              <span className="attendance-bar__value">
                {format.percent(rate)} ·{' '}
                {t('reports.attendance.attended', { attended: format.number(row.meetingsAttended), held: format.number(row.meetingsHeld) })}
              </span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}

function OrganizationTable({ rows }: { rows: readonly OrganizationActivityItem[] }) {
  const { t } = useI18n();
  const format = useReportFormat();
  return (
    <DataTable
      caption={t('reports.attendance.caption')}
      rows={rows}
      rowKey={(row) => row.organization.id}
      columns={[
        {
          key: 'organization',
          header: t('reports.attendance.organization'),
          rowHeader: true,
          render: (row: OrganizationActivityItem) => row.organization.name,
        },
        {
          key: 'attended',
          header: t('reports.attendance.meetingsAttended'),
          render: (row: OrganizationActivityItem) =>
            t('reports.attendance.attended', { attended: format.number(row.meetingsAttended), held: format.number(row.meetingsHeld) }),
        },
        {
          key: 'rate',
          header: t('reports.attendance.rate'),
          render: (row: OrganizationActivityItem) => (row.meetingsHeld > 0 ? format.percent(attendanceOf(row)) : <NoMeeting />),
        },
        {
          key: 'completed',
          header: t('reports.attendance.actionItemsCompleted'),
          render: (row: OrganizationActivityItem) => format.number(row.actionItemsCompleted),
        },
        { key: 'open', header: t('reports.attendance.actionItemsOpen'), render: (row: OrganizationActivityItem) => format.number(row.actionItemsOpen) },
        { key: 'ballots', header: t('reports.attendance.ballotsCast'), render: (row: OrganizationActivityItem) => format.number(row.ballotsCast) },
      ]}
    />
  );
}

/** A dash that says what it means to screen readers too. */
function NoMeeting() {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('reports.network.noMeetingHeld')}</span>
    </>
  );
}

/** Each active member organization's attendance, as a chart and as a table with its action items and ballots. */
export function OrganizationActivity({ rows, meetingsHeld }: { rows: readonly OrganizationActivityItem[]; meetingsHeld: number }) {
  const { t, tp } = useI18n();
  return (
    <Section title={t('reports.attendance.title')}>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.attendance.noOrganization')}</p>
      ) : (
        <>
          {meetingsHeld === 0 ? (
            <p className="muted">{t('reports.attendance.noMeeting')}</p>
          ) : (
            <>
              <p className="muted">{tp('reports.attendance.intro', meetingsHeld)}</p>
              <AttendanceChart rows={rows} />
            </>
          )}
          <OrganizationTable rows={rows} />
        </>
      )}
    </Section>
  );
}
