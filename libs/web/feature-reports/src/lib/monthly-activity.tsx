import type { CSSProperties } from 'react';
import type { MonthActivityItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { DataTable, Section } from '@concertation/web-ui';
import { monthParts, useReportFormat } from './report-format';

/** The four monthly counts, each drawn as its own small chart (one series per chart: no colour to decode). */
export const MONTH_SERIES = ['meetingsHeld', 'decisions', 'actionItemsCreated', 'actionItemsCompleted'] as const;
export type MonthSeries = (typeof MONTH_SERIES)[number];

// The chart's geometry, in CSS pixels: a slot per month, narrow enough for twelve months on a 360 px phone.
const SLOT = 22;
const BAR = 14;
const LEFT = 34;
const RIGHT = 6;
const TOP = 16;
const PLOT = 96;
const BOTTOM = 52;

/** Where a bar stands: its slot's left edge. */
const slotX = (index: number) => LEFT + index * SLOT;

export function chartWidth(months: number): number {
  return LEFT + months * SLOT + RIGHT;
}

/** One count, month by month: bars with their number above and the month below (its year where a year starts). */
function MonthChart({ months, series }: { months: readonly MonthActivityItem[]; series: MonthSeries }) {
  const { t } = useI18n();
  const format = useReportFormat();
  const title = t(`reports.monthly.${series}` as const);
  const values = months.map((month) => month[series]);
  const total = values.reduce((sum, value) => sum + value, 0);
  const max = Math.max(1, ...values);
  const baseline = TOP + PLOT;
  const width = chartWidth(months.length);
  const height = baseline + BOTTOM;
  return (
    <figure className="month-chart">
      <figcaption className="month-chart__title">
        {title} <span className="month-chart__total">({format.number(total)})</span>
      </figcaption>
      {/* A long period scrolls sideways inside the chart, never the page; the box is focusable so that keyboards can scroll it. */}
      <div className="month-chart__scroll" role="group" aria-label={title} tabIndex={0}>
        <svg
          className={`month-chart__svg month-chart__svg--${series}`}
          role="img"
          aria-label={t('reports.monthly.chartLabel', { series: title.toLowerCase(), total: format.number(total) })}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
        >
          <line className="month-chart__axis" x1={LEFT - 4} x2={width - RIGHT} y1={baseline} y2={baseline} />
          {months.map((month, index) => {
            const value = values[index];
            const barHeight = (value / max) * PLOT;
            const center = slotX(index) + SLOT / 2;
            const { month: number } = monthParts(month.month);
            return (
              <g key={month.month}>
                {value > 0 && <rect className="month-chart__bar" x={center - BAR / 2} y={baseline - barHeight} width={BAR} height={barHeight} />}
                <text className="month-chart__value" x={center} y={baseline - barHeight - 4} textAnchor="middle">
                  {format.number(value)}
                </text>
                <text className="month-chart__month" textAnchor="end" transform={`translate(${center + 3} ${baseline + 12}) rotate(-45)`}>
                  {format.shortMonth(month.month, index === 0 || number === 1)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}

/** The same numbers as the charts, month by month: what screen-reader users read instead of the bars. */
function MonthTable({ months }: { months: readonly MonthActivityItem[] }) {
  const { t } = useI18n();
  const format = useReportFormat();
  return (
    <DataTable
      caption={t('reports.monthly.caption')}
      rows={months}
      rowKey={(row) => row.month}
      columns={[
        { key: 'month', header: t('reports.monthly.month'), rowHeader: true, render: (row: MonthActivityItem) => format.month(row.month) },
        ...MONTH_SERIES.map((series) => ({
          key: series,
          header: t(`reports.monthly.${series}` as const),
          render: (row: MonthActivityItem) => format.number(row[series]),
        })),
      ]}
    />
  );
}

export function MonthlyActivity({ months }: { months: readonly MonthActivityItem[] }) {
  const { t } = useI18n();
  return (
    <Section title={t('reports.monthly.title')}>
      <p className="muted">{t('reports.monthly.intro')}</p>
      <div className="month-charts" style={{ '--chart-width': `${chartWidth(months.length)}px` } as CSSProperties}>
        {MONTH_SERIES.map((series) => (
          <MonthChart key={series} months={months} series={series} />
        ))}
      </div>
      <MonthTable months={months} />
    </Section>
  );
}
