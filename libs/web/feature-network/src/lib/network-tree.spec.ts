import { describe, expect, it } from 'vitest';
import { capitale, laval, montreal, national, networkTable, provincial } from '../testing/network-fixtures';
import { buildNetworkTree, parentIds, type NetworkNode } from './network-tree';

const shape = (nodes: NetworkNode[]): unknown[] => nodes.map((node) => (node.children.length ? { [node.table.id]: shape(node.children) } : node.table.id));

describe('buildNetworkTree', () => {
  it('places each table under its parent, national first, then by name', () => {
    const tree = buildNetworkTree([montreal, capitale, laval, provincial, national]);
    expect(shape(tree)).toEqual([{ 't-nat': [{ 't-qc': ['t-lav', 't-mtl'] }] }, 't-cap']);
    expect(parentIds(tree)).toEqual(['t-nat', 't-qc']);
  });

  it('keeps a table whose parent is not in the list at the top', () => {
    const tree = buildNetworkTree([montreal]);
    expect(shape(tree)).toEqual(['t-mtl']);
  });

  it('does not loop or lose tables caught in a cycle', () => {
    const a = networkTable('a', 'A', 'PROVINCIAL', 'b');
    const b = networkTable('b', 'B', 'REGIONAL', 'a');
    const tree = buildNetworkTree([a, b]);
    expect(shape(tree)).toEqual([{ a: ['b'] }]);
  });
});
