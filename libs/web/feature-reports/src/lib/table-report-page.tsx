import { useParams } from 'react-router';
import { hasErrorCode, useDescribeError, useTableReport, type TableReport } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { endpoints } from '@concertation/shared-paths';
import { Alert, Button, EmptyState, ErrorMessage, Loading, Section } from '@concertation/web-ui';
import { HeadlineFigures } from './headline-figures';
import { MonthlyActivity } from './monthly-activity';
import { OrganizationActivity } from './organization-activity';
import { PeriodPicker } from './period-picker';
import { PeriodShown } from './period-shown';
import { ReportDownloads } from './report-downloads';
import { useReportPeriod } from './use-report-period';

/** Nothing was held, decided, created, referred or consulted over the period (what is overdue now does not count). */
export function isQuietPeriod(report: TableReport): boolean {
  return (
    report.meetingsHeld === 0 &&
    report.meetingsCancelled === 0 &&
    report.decisions === 0 &&
    report.votes === 0 &&
    report.actionItems.created === 0 &&
    report.actionItems.completed === 0 &&
    report.referralsSent === 0 &&
    report.referralsReceived === 0 &&
    report.referralsAnswered === 0 &&
    report.consultationsRun === 0 &&
    report.consultationResponseRate === null
  );
}

function TableReportBody({ report }: { report: TableReport }) {
  const { t, tp } = useI18n();
  if (isQuietPeriod(report)) {
    return (
      <EmptyState title={t('reports.empty.title')}>
        <p>{t('reports.empty.body')}</p>
        {report.actionItems.overdue > 0 && <p>{tp('reports.empty.overdue', report.actionItems.overdue)}</p>}
      </EmptyState>
    );
  }
  return (
    <>
      <HeadlineFigures report={report} />
      <MonthlyActivity months={report.months} />
      <OrganizationActivity rows={report.organizations} meetingsHeld={report.meetingsHeld} />
    </>
  );
}

/**
 * `/tables/:id/report`, a tab of the table: its activity over a period (in the address), as figures,
 * charts and tables, and as CSV and PDF files. For its officers, those of the tables above it and
 * coordinators; anyone else who finds the address is told so in words.
 */
export function TableReportPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { today, period, requested, errors, choose } = useReportPeriod();
  const { data, error, refetch } = useTableReport(id, period);
  const report = data?.tableReport ?? null;

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return (
      <Section title={t('reports.tableTitle')}>
        <Alert tone="warning" title={t('reports.forbiddenTitle')}>
          <p>{t('reports.forbidden')}</p>
        </Alert>
      </Section>
    );
  }

  const stem = t('reports.download.fileStem');
  return (
    <div className="report">
      <Section title={t('reports.tableTitle')}>
        <p className="muted">{t('reports.tableIntro')}</p>
        <PeriodPicker today={today} period={period} requested={requested} errors={errors} onChoose={choose} />
        {period && (
          <>
            <PeriodShown period={period} />
            <ReportDownloads
              files={[
                { format: 'CSV', path: endpoints.tableReportCsv(id, period), fileName: `${stem}-${period.from}-${period.to}.csv` },
                { format: 'PDF', path: endpoints.tableReportPdf(id, period), fileName: `${stem}-${period.from}-${period.to}.pdf` },
              ]}
            />
          </>
        )}
      </Section>
      {!period ? null : report ? (
        <TableReportBody report={report} />
      ) : error ? (
        <>
          <ErrorMessage>{describe(error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void refetch().catch(() => undefined)}>
            {t('reports.retry')}
          </Button>
        </>
      ) : (
        <Loading label={t('reports.loading')} />
      )}
    </div>
  );
}
