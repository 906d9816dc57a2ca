import type { AdoptionStatus, RegionAdoptionItem } from '@concertation/web-data-access';

/** What the map shows for a region: the API's status, with ADOPTED split by whether the version is current. */
export type CoverageState = 'UP_TO_DATE' | 'OUTDATED' | 'IN_PROGRESS' | 'NOT_STARTED';

export const COVERAGE_STATES: readonly CoverageState[] = ['UP_TO_DATE', 'OUTDATED', 'IN_PROGRESS', 'NOT_STARTED'];

/** Drawn beside the words and the fill, so that the state never rests on colour alone. */
export const COVERAGE_SYMBOLS: Record<CoverageState, string> = {
  UP_TO_DATE: '✓',
  OUTDATED: '!',
  IN_PROGRESS: '…',
  NOT_STARTED: '○',
};

/** Outdated when the adopted version is older than the current one (the contract's rule). */
export function coverageState(status: AdoptionStatus, adoptedVersion: number | null, currentVersion: number | null): CoverageState {
  if (status === 'ADOPTED') return adoptedVersion !== null && currentVersion !== null && adoptedVersion < currentVersion ? 'OUTDATED' : 'UP_TO_DATE';
  return status;
}

export function regionState(region: RegionAdoptionItem, currentVersion: number | null): CoverageState {
  return coverageState(region.status, region.adoptedVersion, currentVersion);
}
