import type { TableReport } from '@concertation/web-data-access';
import { useI18n, type MessageKey } from '@concertation/web-i18n';
import { Section } from '@concertation/web-ui';
import { useReportFormat } from './report-format';

interface Figure {
  label: MessageKey;
  /** The number in words and digits; null when there is nothing to count it from. */
  value: string | null;
  /** Why there is no number: said beside the dash, never a bare « — ». */
  none?: MessageKey;
}

interface FigureGroup {
  title: MessageKey;
  figures: Figure[];
}

function useFigureGroups(report: TableReport): FigureGroup[] {
  const format = useReportFormat();
  const count = (value: number) => format.number(value);
  const orNull = <T,>(value: T | null, render: (value: T) => string) => (value === null ? null : render(value));
  return [
    {
      title: 'reports.figures.meetings',
      figures: [
        { label: 'reports.figures.meetingsHeld', value: count(report.meetingsHeld) },
        { label: 'reports.figures.meetingsCancelled', value: count(report.meetingsCancelled) },
        { label: 'reports.figures.quorumMissed', value: count(report.quorumMissed) },
        { label: 'reports.figures.attendanceRate', value: orNull(report.attendanceRate, format.percent), none: 'reports.figures.attendanceRateNone' },
      ],
    },
    {
      title: 'reports.figures.decisionsAndVotes',
      figures: [
        { label: 'reports.figures.decisions', value: count(report.decisions) },
        { label: 'reports.figures.votes', value: count(report.votes) },
      ],
    },
    {
      title: 'reports.figures.actions',
      figures: [
        { label: 'reports.figures.actionsCreated', value: count(report.actionItems.created) },
        { label: 'reports.figures.actionsCompleted', value: count(report.actionItems.completed) },
        { label: 'reports.figures.actionsOverdue', value: count(report.actionItems.overdue) },
        {
          label: 'reports.figures.medianDaysToComplete',
          value: orNull(report.actionItems.medianDaysToComplete, format.days),
          none: 'reports.figures.medianDaysToCompleteNone',
        },
      ],
    },
    {
      title: 'reports.figures.referrals',
      figures: [
        { label: 'reports.figures.referralsSent', value: count(report.referralsSent) },
        { label: 'reports.figures.referralsReceived', value: count(report.referralsReceived) },
        { label: 'reports.figures.referralsAnswered', value: count(report.referralsAnswered) },
        {
          label: 'reports.figures.medianDaysToAnswerReferral',
          value: orNull(report.medianDaysToAnswerReferral, format.days),
          none: 'reports.figures.medianDaysToAnswerReferralNone',
        },
      ],
    },
    {
      title: 'reports.figures.consultations',
      figures: [
        { label: 'reports.figures.consultationsRun', value: count(report.consultationsRun) },
        {
          label: 'reports.figures.consultationResponseRate',
          value: orNull(report.consultationResponseRate, format.percent),
          none: 'reports.figures.consultationResponseRateNone',
        },
      ],
    },
  ];
}

/** The report's headline figures, by subject, each a term and its number (or a dash and why). */
export function HeadlineFigures({ report }: { report: TableReport }) {
  const { t } = useI18n();
  const groups = useFigureGroups(report);
  return (
    <Section title={t('reports.figures.title')}>
      <div className="report-figures">
        {groups.map((group) => (
          <div key={group.title} className="report-figures__group">
            <h3 className="report-figures__title">{t(group.title)}</h3>
            <dl className="report-figures__list">
              {group.figures.map((figure) => (
                <div key={figure.label} className="report-figure">
                  <dt className="report-figure__label">{t(figure.label)}</dt>
                  {figure.value !== null ? (
                    <dd className="report-figure__value">{figure.value}</dd>
                  ) : (
                    <>
                      <dd className="report-figure__value">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t('reports.figures.none')}</span>
                      </dd>
                      {figure.none && <dd className="report-figure__note">{t(figure.none)}</dd>}
                    </>
                  )}
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </Section>
  );
}
