import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useDescribeError, useNetworkTables } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, EmptyState, ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';
import { buildNetworkTree, parentIds } from './network-tree';
import { NetworkTreeView } from './network-tree-view';

/** The way into the directory by the network's shape: national → provincial → regional tables. */
export function NetworkPage() {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const network = useNetworkTables();
  const tree = useMemo(() => buildNetworkTree(network.tables), [network.tables]);
  const allParents = useMemo(() => parentIds(tree), [tree]);
  // Tables closed by hand; everything else is open, so new pages of tables arrive unfolded.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expanded = useMemo(() => new Set(allParents.filter((id) => !collapsed.has(id))), [allParents, collapsed]);

  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader title={t('network.title')} description={t('network.intro')} actions={<Link to={paths.tablesDirectory()}>{t('network.listLink')}</Link>} />
      <p className="result-count" role="status" aria-live="polite">
        {network.loading ? '' : tp('network.count', network.tables.length)}
      </p>
      {network.loading ? (
        <Loading label={t('network.loading')} />
      ) : network.error && network.tables.length === 0 ? (
        <>
          <ErrorMessage>{describe(network.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void network.retry().catch(() => undefined)}>
            {t('network.retry')}
          </Button>
        </>
      ) : tree.length === 0 ? (
        <EmptyState title={t('network.emptyTitle')}>{t('network.empty')}</EmptyState>
      ) : (
        <>
          {network.error ? <ErrorMessage>{describe(network.error)}</ErrorMessage> : null}
          {allParents.length > 0 && (
            <div className="button-row network-tree__tools">
              <Button variant="secondary" size="small" onClick={() => setCollapsed(new Set())}>
                {t('network.expandAll')}
              </Button>
              <Button variant="secondary" size="small" onClick={() => setCollapsed(new Set(allParents))}>
                {t('network.collapseAll')}
              </Button>
            </div>
          )}
          <NetworkTreeView nodes={tree} expanded={expanded} onToggle={toggle} label={t('network.treeLabel')} />
          {!network.complete && !network.error && <Loading inline label={t('network.loadingMore')} />}
        </>
      )}
    </>
  );
}
