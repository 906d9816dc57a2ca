export { NetworkPage } from './lib/network-page';
export { buildNetworkTree, parentIds, type NetworkNode } from './lib/network-tree';
