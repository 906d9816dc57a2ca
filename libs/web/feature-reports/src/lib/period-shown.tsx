import { useI18n } from '@concertation/web-i18n';
import type { Period } from './period';
import { useReportFormat } from './report-format';

/** The period the report below counts, in words; announced when it changes. */
export function PeriodShown({ period }: { period: Period }) {
  const { t } = useI18n();
  const format = useReportFormat();
  return (
    <p className="report-period" aria-live="polite">
      {t('reports.period.shown', { from: format.day(period.from), to: format.day(period.to) })}
    </p>
  );
}
