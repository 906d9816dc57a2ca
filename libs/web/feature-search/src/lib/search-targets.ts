import type { SearchHitItem, SearchHitKind, SearchResultItem } from '@concertation/web-data-access';
import { paths } from '@concertation/shared-paths';

/** The order of the result groups on the page. */
export const SEARCH_KINDS: readonly SearchHitKind[] = ['Meeting', 'AgendaItem', 'Decision', 'ActionItem'];

/**
 * Where a result leads: the meeting; the agenda item on its meeting's page; the decision in its
 * meeting's minutes; the action item's own page. The anchors are the ids those pages give them.
 */
export function searchHitTarget(hit: SearchHitItem): string {
  switch (hit.__typename) {
    case 'Meeting':
      return paths.meeting(hit.id);
    case 'AgendaItem':
      return paths.meeting(hit.meeting.id, { agendaItem: hit.id });
    case 'Decision':
      return paths.minutes(hit.meeting.id, { decision: hit.id });
    case 'ActionItem':
      return paths.actionItem(hit.id);
  }
}

export interface SearchGroup {
  kind: SearchHitKind;
  results: SearchResultItem[];
}

/** Results by kind, in the page's order, best match first within each; kinds without results are left out. */
export function groupSearchResults(results: readonly SearchResultItem[]): SearchGroup[] {
  return SEARCH_KINDS.map((kind) => ({
    kind,
    // The server answers best first; sorting again (stable) keeps that order across appended pages.
    results: results.filter((result) => result.hit.__typename === kind).sort((a, b) => b.rank - a.rank),
  })).filter((group) => group.results.length > 0);
}
