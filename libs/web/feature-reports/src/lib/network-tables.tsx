import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { NetworkTableActivity } from '@concertation/web-data-access';
import { localeTag, useI18n, type MessageKey } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { DataTable, Section } from '@concertation/web-ui';
import { DEFAULT_NETWORK_SORT, nextSort, sortNetworkTables, type NetworkSort, type NetworkSortKey } from './network-sort';
import type { Period } from './period';
import { useReportFormat } from './report-format';

const HEADERS: Record<NetworkSortKey, MessageKey> = {
  name: 'reports.network.table',
  level: 'reports.network.level',
  meetingsHeld: 'reports.network.meetingsHeld',
  attendanceRate: 'reports.network.attendanceRate',
  overdue: 'reports.network.overdue',
  medianDaysToAnswerReferral: 'reports.network.medianDaysToAnswerReferral',
};

/** A dash that says what it stands for to screen readers too (the note under the table says it to everyone). */
function Missing({ meaning }: { meaning: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{meaning}</span>
    </>
  );
}

/**
 * Every active table's figures, sortable by any column (a header is a button; aria-sort marks the
 * sorted one and a polite message says the new order). A table's name leads to its own report for the same period.
 */
export function NetworkTables({ rows, period }: { rows: readonly NetworkTableActivity[]; period: Period }) {
  const { t, language } = useI18n();
  const format = useReportFormat();
  const [sort, setSort] = useState<NetworkSort>(DEFAULT_NETWORK_SORT);
  const sorted = sortNetworkTables(rows, sort, localeTag(language));
  const column = (key: NetworkSortKey, render: (row: NetworkTableActivity) => ReactNode, rowHeader = false) => ({
    key,
    header: t(HEADERS[key]),
    sortable: true,
    rowHeader,
    render,
  });
  return (
    <Section title={t('reports.network.tablesTitle')}>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.network.noTables')}</p>
      ) : (
        <>
          <p className="muted">{t('reports.network.sortHint')}</p>
          <DataTable
            caption={t('reports.network.tablesCaption')}
            rows={sorted}
            rowKey={(row) => row.table.id}
            sort={sort}
            onSort={(key) => setSort((current) => nextSort(current, key as NetworkSortKey))}
            columns={[
              column('name', (row) => <Link to={paths.tableReport(row.table.id, period)}>{row.table.name}</Link>, true),
              column('level', (row) => t(`levels.${row.table.level}` as const)),
              column('meetingsHeld', (row) => format.number(row.meetingsHeld)),
              column('attendanceRate', (row) =>
                row.attendanceRate === null ? <Missing meaning={t('reports.network.noMeetingHeld')} /> : format.percent(row.attendanceRate),
              ),
              column('overdue', (row) => format.number(row.actionItems.overdue)),
              column('medianDaysToAnswerReferral', (row) =>
                row.medianDaysToAnswerReferral === null ? (
                  <Missing meaning={t('reports.network.noReferralAnswered')} />
                ) : (
                  format.days(row.medianDaysToAnswerReferral)
                ),
              ),
            ]}
          />
          <p className="muted report-note">{t('reports.network.dashNote')}</p>
          <p className="visually-hidden" role="status">
            {sort === DEFAULT_NETWORK_SORT
              ? ''
              : t('reports.network.sorted', { column: t(HEADERS[sort.key]), direction: t(`reports.network.${sort.direction}` as const) })}
          </p>
        </>
      )}
    </Section>
  );
}
