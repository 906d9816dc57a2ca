// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/protocols.css';

export { ProtocolsPage } from './lib/protocols-page';
export { CreateProtocolPage } from './lib/create-protocol-page';
export { ProtocolPage } from './lib/protocol-page';
export { CoverageMap, type CoverageProps } from './lib/coverage-map';
export { CoverageTable } from './lib/coverage-table';
export { coverageState, COVERAGE_STATES, type CoverageState } from './lib/coverage-state';
export { compareTexts, type DiffKind, type DiffPart, type TextDiff } from './lib/text-diff';
