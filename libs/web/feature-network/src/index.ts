// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/network.css';

export { NetworkPage } from './lib/network-page';
export { buildNetworkTree, parentIds, type NetworkNode } from './lib/network-tree';
