import { Link } from 'react-router';
import { TABLE_LEVELS } from '@concertation/shared-domain';
import { useTablesDirectory, type TableLevel, type TableSummaryFragment } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, SelectField } from '@concertation/web-ui';
import { FilterBar, SearchBox, useFilterParams } from './directory-filters';
import { DirectoryHeader, DirectoryResults, RegionFilter } from './directory-results';

const FILTERS = ['q', 'level', 'region'] as const;

function isLevel(value: string): value is TableLevel {
  return (TABLE_LEVELS as readonly string[]).includes(value);
}

export function TablesDirectoryPage() {
  const { t, language } = useI18n();
  const [filters, setFilter] = useFilterParams(FILTERS);
  const level = isLevel(filters.level) ? filters.level : '';
  const list = useTablesDirectory({ search: filters.q, level, regionId: filters.region });

  const columns = [
    {
      key: 'name',
      header: t('directory.tables.name'),
      rowHeader: true,
      render: (table: TableSummaryFragment) => (
        <>
          <Link to={paths.table(table.id)}>{table.name}</Link>
          {table.archivedAt && (
            <>
              {' '}
              <Badge>{t('tables.archived')}</Badge>
            </>
          )}
        </>
      ),
    },
    { key: 'level', header: t('directory.tables.level'), render: (table: TableSummaryFragment) => t(`levels.${table.level}` as const) },
    {
      key: 'regions',
      header: t('directory.tables.regions'),
      render: (table: TableSummaryFragment) => table.regions.map((region) => localizedName(language, region)).join(', ') || '—',
    },
    {
      key: 'parent',
      header: t('directory.tables.parent'),
      render: (table: TableSummaryFragment) => (table.parent ? <Link to={paths.table(table.parent.id)}>{table.parent.name}</Link> : '—'),
    },
  ];

  return (
    <>
      <DirectoryHeader kind="tables" />
      {/* The same tables by the network's shape: national → provincial → regional. */}
      <p>
        <Link to={paths.network()}>{t('network.directoryLink')}</Link>
      </p>
      <FilterBar label={t('directory.tables.filters')}>
        <SearchBox label={t('directory.tables.search')} value={filters.q} onSearch={(value) => setFilter('q', value)} />
        <SelectField
          label={t('directory.tables.level')}
          placeholder={t('directory.tables.allLevels')}
          options={TABLE_LEVELS.map((value) => ({ value, label: t(`levels.${value}` as const) }))}
          value={level}
          onChange={(event) => setFilter('level', event.target.value)}
        />
        <RegionFilter value={filters.region} onChange={(value) => setFilter('region', value)} />
      </FilterBar>
      <DirectoryResults kind="tables" list={list} columns={columns} rowKey={(table) => table.id} />
    </>
  );
}
