import { Suspense } from 'react';
import { Link, matchPath, Outlet, useLocation, useParams } from 'react-router';
import { useDescribeError, useSession, useTable } from '@concertation/web-data-access';
import { localizedName, useI18n, type MessageKey } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, Breadcrumb, ErrorMessage, Loading, PageHeader, useDocumentTitle, type BreadcrumbItem } from '@concertation/web-ui';
import { TableTabs, tableTabs } from './table-tabs';
import type { TableDetails } from './types';

function TableHeader({ table }: { table: TableDetails }) {
  const { t, tp, language } = useI18n();
  const regions = table.regions.map((region) => localizedName(language, region)).join(', ');
  return (
    <PageHeader
      eyebrow={t('tables.eyebrow', { level: t(`levels.${table.level}` as const) })}
      title={table.name}
      description={
        <>
          <p>{regions ? tp('tables.regionsLine', table.regions.length, { regions }) : t('tables.noRegion')}</p>
          <p className="badges">
            {table.viewerRole ? (
              <Badge tone="info">{t('tables.yourRole', { role: t(`roles.${table.viewerRole}` as const) })}</Badge>
            ) : (
              <Badge>{t('tables.notSeated')}</Badge>
            )}
            {table.archivedAt && <Badge tone="warning">{t('tables.archived')}</Badge>}
          </p>
        </>
      }
    />
  );
}

/**
 * `/tables/:id` and its tabs: the table's name, level and regions, where it sits in the network
 * (breadcrumb), and the tabs; each tab's page renders in the outlet, with its own content only.
 */
export function TableLayout() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { pathname } = useLocation();
  const { data, loading, error } = useTable(id);
  const { isCoordinator } = useSession();
  const table = data?.table;
  const tabs = table ? tableTabs(table, { coordinator: isCoordinator }) : [];
  const current = tabs.find((tab) => matchPath({ path: tab.to, end: tab.key === 'overview' }, pathname));
  // The browser tab names the tab and the table (the header's own title runs first, as a child).
  useDocumentTitle(table ? `${current ? t(`tables.tabs.${current.key}` as MessageKey) : t('tables.tabs.overview')} · ${table.name}` : null);

  if (loading && !table) return <Loading label={t('tables.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('tables.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.tablesDirectory()}>{t('tables.backToDirectory')}</Link>
        </p>
      </>
    );
  }

  const crumbs: BreadcrumbItem[] = [
    { label: t('nav.home'), to: paths.home() },
    { label: t('tables.breadcrumbTables'), to: paths.tablesDirectory() },
    ...(table.parent ? [{ label: table.parent.name, to: paths.table(table.parent.id) }] : []),
    { label: table.name, to: paths.table(table.id) },
  ];

  return (
    <div className="table-layout">
      <Breadcrumb label={t('nav.breadcrumb')} items={crumbs} />
      <TableHeader table={table} />
      <TableTabs tabs={tabs} />
      <div className="table-layout__tab">
        {/* A tab's code loads under the tabs, which stay in place. */}
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
