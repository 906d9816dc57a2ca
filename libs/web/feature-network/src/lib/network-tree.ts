import type { NetworkTable } from '@concertation/web-data-access';

export interface NetworkNode {
  table: NetworkTable;
  children: NetworkNode[];
}

const LEVEL_ORDER = { NATIONAL: 0, PROVINCIAL: 1, REGIONAL: 2 } as const;

function byLevelThenName(a: NetworkTable, b: NetworkTable): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/**
 * The flat directory as a tree: each table under its parent, national tables first, then by name.
 * A table whose parent is absent (none, or not loaded) is a root. The API refuses cycles; a table
 * met twice is still placed only once, so that a bad record cannot loop the page.
 */
export function buildNetworkTree(tables: readonly NetworkTable[]): NetworkNode[] {
  const ids = new Set(tables.map((table) => table.id));
  const childrenOf = new Map<string, NetworkTable[]>();
  const roots: NetworkTable[] = [];
  for (const table of tables) {
    const parentId = table.parent?.id;
    if (parentId && parentId !== table.id && ids.has(parentId)) childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), table]);
    else roots.push(table);
  }
  const placed = new Set<string>();
  const grow = (table: NetworkTable): NetworkNode => {
    placed.add(table.id);
    const children = (childrenOf.get(table.id) ?? []).filter((child) => !placed.has(child.id)).sort(byLevelThenName);
    return { table, children: children.map(grow) };
  };
  const tree = [...roots].sort(byLevelThenName).map(grow);
  // Tables caught in a cycle have no root above them: show them at the top rather than lose them.
  const stranded = tables.filter((table) => !placed.has(table.id)).sort(byLevelThenName);
  for (const table of stranded) if (!placed.has(table.id)) tree.push(grow(table));
  return tree;
}

/** Every table that has children: what « expand all » opens. */
export function parentIds(nodes: readonly NetworkNode[]): string[] {
  return nodes.flatMap((node) => (node.children.length > 0 ? [node.table.id, ...parentIds(node.children)] : []));
}
