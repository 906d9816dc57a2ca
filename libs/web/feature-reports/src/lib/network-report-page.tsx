import { hasErrorCode, useDescribeError, useNetworkReport } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { endpoints } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';
import { NetworkTables } from './network-tables';
import { PeriodPicker } from './period-picker';
import { PeriodShown } from './period-shown';
import { RegionActivity } from './region-activity';
import { ReportDownloads } from './report-downloads';
import { useReportPeriod } from './use-report-period';

/**
 * `/network/report`, for coordinators: every active table's activity over a period (in the address),
 * sortable, and each administrative region's on Quebec's tile map, with the tables as CSV.
 */
export function NetworkReportPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { today, period, requested, errors, choose } = useReportPeriod();
  const { data, error, refetch } = useNetworkReport(period);
  const report = data?.networkReport ?? null;

  if (hasErrorCode(error, 'FORBIDDEN')) {
    return (
      <>
        <PageHeader title={t('reports.networkTitle')} />
        <Alert tone="warning" title={t('reports.forbiddenTitle')}>
          <p>{t('reports.networkForbidden')}</p>
        </Alert>
      </>
    );
  }

  return (
    <div className="report">
      <PageHeader title={t('reports.networkTitle')} description={t('reports.networkIntro')} />
      <div className="section report-controls">
        <PeriodPicker today={today} period={period} requested={requested} errors={errors} onChoose={choose} />
        {period && (
          <>
            <PeriodShown period={period} />
            <ReportDownloads
              files={[
                { format: 'CSV', path: endpoints.networkReportCsv(period), fileName: `${t('reports.download.fileStem')}-${period.from}-${period.to}.csv` },
              ]}
            />
          </>
        )}
      </div>
      {!period ? null : report ? (
        <>
          <NetworkTables rows={report.tables} period={period} />
          <RegionActivity regions={report.regions} />
        </>
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
