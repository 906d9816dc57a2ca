import type { Messages } from './types';

/** English for fr-network.ts: typed by the French source. */
export const enNetwork: Pick<Messages, 'network'> = {
  network: {
    title: 'Network of tables',
    intro: 'National, provincial and regional tables, each under the table it reports to.',
    directoryLink: 'See the network tree',
    listLink: 'See the list of tables',
    loading: 'Loading the network…',
    loadingMore: 'Loading the other tables of the network…',
    count: { one: '{count} table in the network', other: '{count} tables in the network' },
    treeLabel: 'Tree of the network of tables',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    toggle: 'Tables reporting to {name}',
    children: { one: '{count} reporting table', other: '{count} reporting tables' },
    archived: 'Archived',
    regions: 'Regions: {names}',
    noParent: 'Reports to no table',
    emptyTitle: 'The network has no tables yet',
    empty: 'Coordinators create tables in the directory.',
    retry: 'Try again',
  },
};
