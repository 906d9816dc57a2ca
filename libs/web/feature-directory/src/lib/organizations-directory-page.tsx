import { Link } from 'react-router';
import { SECTORS } from '@concertation/shared-domain';
import { useDescribeError, useOrganizationsDirectory, useRegions, useSession, type OrganizationSummaryFragment, type Sector } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { buttonClassName, DataTable, EmptyState, ErrorMessage, Loading, PageHeader, SelectField } from '@concertation/web-ui';
import { FilterBar, SearchBox, useFilterParams } from './directory-filters';
import { LoadMore } from './load-more';
import { regionOptions } from './region-options';

const FILTERS = ['q', 'sector', 'region'] as const;

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

export function OrganizationsDirectoryPage() {
  const { t, tp, language } = useI18n();
  const describe = useDescribeError();
  const { isCoordinator } = useSession();
  const [filters, setFilter] = useFilterParams(FILTERS);
  const regions = useRegions();
  const sector = isSector(filters.sector) ? filters.sector : '';
  const list = useOrganizationsDirectory({ search: filters.q, sector, regionId: filters.region });

  const columns = [
    {
      key: 'name',
      header: t('directory.organizations.name'),
      rowHeader: true,
      render: (organization: OrganizationSummaryFragment) => (
        <Link to={`/organizations/${organization.id}`}>
          {organization.name}
          {organization.acronym && ` (${organization.acronym})`}
        </Link>
      ),
    },
    { key: 'sector', header: t('directory.organizations.sector'), render: (organization: OrganizationSummaryFragment) => t(`sectors.${organization.sector}` as const) },
    { key: 'region', header: t('directory.region'), render: (organization: OrganizationSummaryFragment) => localizedName(language, organization.region) },
  ];

  return (
    <>
      <PageHeader
        title={t('directory.organizations.title')}
        description={t('directory.organizations.intro')}
        actions={
          isCoordinator && (
            <Link className={buttonClassName('primary')} to="/directory/organizations/new">
              {t('directory.organizations.create')}
            </Link>
          )
        }
      />
      <FilterBar label={t('directory.organizations.filters')}>
        <SearchBox label={t('directory.organizations.search')} value={filters.q} onSearch={(value) => setFilter('q', value)} />
        <SelectField
          label={t('directory.organizations.sector')}
          placeholder={t('directory.organizations.allSectors')}
          options={SECTORS.map((value) => ({ value, label: t(`sectors.${value}` as const) }))}
          value={sector}
          onChange={(event) => setFilter('sector', event.target.value)}
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
        {list.loading ? '' : tp('directory.organizations.count', list.totalCount)}
      </p>
      {list.loading ? (
        <Loading label={t('directory.organizations.loading')} />
      ) : list.error && list.items.length === 0 ? (
        <ErrorMessage>{describe(list.error)}</ErrorMessage>
      ) : list.items.length === 0 ? (
        <EmptyState title={t('directory.organizations.emptyTitle')}>{t('directory.emptyHint')}</EmptyState>
      ) : (
        <>
          <DataTable caption={t('directory.organizations.caption')} hideCaption columns={columns} rows={list.items} rowKey={(organization) => organization.id} />
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}
