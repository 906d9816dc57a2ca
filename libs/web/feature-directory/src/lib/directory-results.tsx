import { Link } from 'react-router';
import { useDescribeError, useRegions, useSession, type PagedList } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { buttonClassName, DataTable, EmptyState, ErrorMessage, Loading, PageHeader, SelectField, type DataTableColumn } from '@concertation/web-ui';
import { LoadMore } from './load-more';
import { regionOptions } from './region-options';

/** The two listings of the directory; their texts live under `directory.<kind>` in the catalog. */
export type DirectoryKind = 'tables' | 'organizations';

const createPath: Record<DirectoryKind, () => string> = { tables: paths.createTable, organizations: paths.createOrganization };

/** The page title, with the coordinator's "create" link. */
export function DirectoryHeader({ kind }: { kind: DirectoryKind }) {
  const { t } = useI18n();
  const { isCoordinator } = useSession();
  return (
    <PageHeader
      title={t(`directory.${kind}.title`)}
      description={t(`directory.${kind}.intro`)}
      actions={
        isCoordinator && (
          <Link className={buttonClassName('primary')} to={createPath[kind]()}>
            {t(`directory.${kind}.create`)}
          </Link>
        )
      }
    />
  );
}

/** Both listings filter by region, provinces first and Quebec's administrative regions below. */
export function RegionFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, language } = useI18n();
  const regions = useRegions();
  return (
    <SelectField
      label={t('directory.region')}
      placeholder={t('directory.allRegions')}
      options={regionOptions(regions.data?.regions ?? [], language, t)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** The count (announced), then loading, error, empty state, or the rows with "load more". */
export function DirectoryResults<Row>({
  kind,
  list,
  columns,
  rowKey,
}: {
  kind: DirectoryKind;
  list: PagedList<Row>;
  columns: Array<DataTableColumn<Row>>;
  rowKey: (row: Row) => string;
}) {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  return (
    <>
      <p className="result-count" role="status" aria-live="polite">
        {list.loading ? '' : tp(`directory.${kind}.count`, list.totalCount)}
      </p>
      {list.loading ? (
        <Loading label={t(`directory.${kind}.loading`)} />
      ) : list.error && list.items.length === 0 ? (
        <ErrorMessage>{describe(list.error)}</ErrorMessage>
      ) : list.items.length === 0 ? (
        <EmptyState title={t(`directory.${kind}.emptyTitle`)}>{t('directory.emptyHint')}</EmptyState>
      ) : (
        <>
          <DataTable caption={t(`directory.${kind}.caption`)} hideCaption columns={columns} rows={list.items} rowKey={rowKey} />
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}
