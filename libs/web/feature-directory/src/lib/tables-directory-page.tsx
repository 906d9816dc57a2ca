import { Link } from 'react-router';
import { TABLE_LEVELS } from '@concertation/shared-domain';
import { useDescribeError, useRegions, useSession, useTablesDirectory, type TableLevel, type TableSummaryFragment } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { Badge, buttonClassName, DataTable, EmptyState, ErrorMessage, Loading, PageHeader, SelectField } from '@concertation/web-ui';
import { FilterBar, SearchBox, useFilterParams } from './directory-filters';
import { LoadMore } from './load-more';
import { regionOptions } from './region-options';

const FILTERS = ['q', 'level', 'region'] as const;

function isLevel(value: string): value is TableLevel {
  return (TABLE_LEVELS as readonly string[]).includes(value);
}

export function TablesDirectoryPage() {
  const { t, tp, language } = useI18n();
  const describe = useDescribeError();
  const { isCoordinator } = useSession();
  const [filters, setFilter] = useFilterParams(FILTERS);
  const regions = useRegions();
  const level = isLevel(filters.level) ? filters.level : '';
  const list = useTablesDirectory({ search: filters.q, level, regionId: filters.region });

  const columns = [
    {
      key: 'name',
      header: t('directory.tables.name'),
      rowHeader: true,
      render: (table: TableSummaryFragment) => (
        <>
          <Link to={`/tables/${table.id}`}>{table.name}</Link>
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
      render: (table: TableSummaryFragment) => (table.parent ? <Link to={`/tables/${table.parent.id}`}>{table.parent.name}</Link> : '—'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('directory.tables.title')}
        description={t('directory.tables.intro')}
        actions={
          isCoordinator && (
            <Link className={buttonClassName('primary')} to="/directory/tables/new">
              {t('directory.tables.create')}
            </Link>
          )
        }
      />
      <FilterBar label={t('directory.tables.filters')}>
        <SearchBox label={t('directory.tables.search')} value={filters.q} onSearch={(value) => setFilter('q', value)} />
        <SelectField
          label={t('directory.tables.level')}
          placeholder={t('directory.tables.allLevels')}
          options={TABLE_LEVELS.map((value) => ({ value, label: t(`levels.${value}` as const) }))}
          value={level}
          onChange={(event) => setFilter('level', event.target.value)}
        />
        <SelectField
          label={t('directory.region')}
          placeholder={t('directory.allRegions')}
          options={regionOptions(regions.data?.regions ?? [], language, t)}
          value={filters.region}
          onChange={(event) => setFilter('region', event.target.value)}
        />
      </FilterBar>
      <p className="result-count" role="status" aria-live="polite">
        {list.loading ? '' : tp('directory.tables.count', list.totalCount)}
      </p>
      {list.loading ? (
        <Loading label={t('directory.tables.loading')} />
      ) : list.error && list.items.length === 0 ? (
        <ErrorMessage>{describe(list.error)}</ErrorMessage>
      ) : list.items.length === 0 ? (
        <EmptyState title={t('directory.tables.emptyTitle')}>{t('directory.emptyHint')}</EmptyState>
      ) : (
        <>
          <DataTable caption={t('directory.tables.caption')} hideCaption columns={columns} rows={list.items} rowKey={(table) => table.id} />
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}
