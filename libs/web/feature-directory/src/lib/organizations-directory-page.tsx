import { Link } from 'react-router';
import { SECTORS } from '@concertation/shared-domain';
import { useOrganizationsDirectory, type OrganizationSummaryFragment, type Sector } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { SelectField } from '@concertation/web-ui';
import { FilterBar, SearchBox, useFilterParams } from './directory-filters';
import { DirectoryHeader, DirectoryResults, RegionFilter } from './directory-results';

const FILTERS = ['q', 'sector', 'region'] as const;

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

export function OrganizationsDirectoryPage() {
  const { t, language } = useI18n();
  const [filters, setFilter] = useFilterParams(FILTERS);
  const sector = isSector(filters.sector) ? filters.sector : '';
  const list = useOrganizationsDirectory({ search: filters.q, sector, regionId: filters.region });

  const columns = [
    {
      key: 'name',
      header: t('directory.organizations.name'),
      rowHeader: true,
      render: (organization: OrganizationSummaryFragment) => (
        <Link to={paths.organization(organization.id)}>
          {organization.name}
          {organization.acronym && ` (${organization.acronym})`}
        </Link>
      ),
    },
    {
      key: 'sector',
      header: t('directory.organizations.sector'),
      render: (organization: OrganizationSummaryFragment) => t(`sectors.${organization.sector}` as const),
    },
    { key: 'region', header: t('directory.region'), render: (organization: OrganizationSummaryFragment) => localizedName(language, organization.region) },
  ];

  return (
    <>
      <DirectoryHeader kind="organizations" />
      <FilterBar label={t('directory.organizations.filters')}>
        <SearchBox label={t('directory.organizations.search')} value={filters.q} onSearch={(value) => setFilter('q', value)} />
        <SelectField
          label={t('directory.organizations.sector')}
          placeholder={t('directory.organizations.allSectors')}
          options={SECTORS.map((value) => ({ value, label: t(`sectors.${value}` as const) }))}
          value={sector}
          onChange={(event) => setFilter('sector', event.target.value)}
        />
        <RegionFilter value={filters.region} onChange={(value) => setFilter('region', value)} />
      </FilterBar>
      <DirectoryResults kind="organizations" list={list} columns={columns} rowKey={(organization) => organization.id} />
    </>
  );
}
