import { Link } from 'react-router';
import type { RegionAdoptionItem } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { DataTable } from '@concertation/web-ui';
import { COVERAGE_SYMBOLS, regionState } from './coverage-state';
import type { CoverageProps } from './coverage-map';

/**
 * The map's data as a real table, by region code: what screen-reader users read instead of the tiles.
 * Three columns (the adopted version is said with the status, as on the tiles), so that it fits a phone.
 */
export function CoverageTable({ regions, currentVersion }: CoverageProps) {
  const { t, language } = useI18n();
  const rows = [...regions].sort((a, b) => a.region.code.localeCompare(b.region.code));
  return (
    <div className="coverage-table">
      <DataTable
        caption={t('protocols.coverage.tableCaption')}
        rows={rows}
        rowKey={(row) => row.region.code}
        columns={[
          { key: 'region', header: t('protocols.coverage.region'), rowHeader: true, render: (row: RegionAdoptionItem) => localizedName(language, row.region) },
          {
            key: 'status',
            header: t('protocols.coverage.status'),
            render: (row: RegionAdoptionItem) => {
              const state = regionState(row, currentVersion);
              return (
                <span className="coverage-cell-status">
                  <span aria-hidden="true">{COVERAGE_SYMBOLS[state]} </span>
                  {t(`protocols.coverage.states.${state}`)}
                  {row.adoptedVersion !== null && <>, {t('protocols.coverage.tileVersion', { number: row.adoptedVersion })}</>}
                </span>
              );
            },
          },
          {
            key: 'tables',
            header: t('protocols.coverage.tables'),
            render: (row: RegionAdoptionItem) =>
              row.tables.length === 0 ? (
                '—'
              ) : (
                <ul className="coverage-cell-tables">
                  {row.tables.map((table) => (
                    <li key={table.id}>
                      <Link to={paths.table(table.id)}>{table.name}</Link>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </div>
  );
}
