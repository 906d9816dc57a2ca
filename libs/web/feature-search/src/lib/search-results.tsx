import type { SearchResultItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Section } from '@concertation/web-ui';
import { SearchResultCard } from './search-result-card';
import { groupSearchResults } from './search-targets';

/** Results grouped by kind, one section each (Rencontres, Points à l’ordre du jour, Décisions, Actions). */
export function SearchResults({ results }: { results: readonly SearchResultItem[] }) {
  const { t, tp } = useI18n();
  return (
    <div className="search-results">
      {groupSearchResults(results).map((group) => (
        <Section
          key={group.kind}
          id={`search-${group.kind}`}
          title={t(`search.groups.${group.kind}` as const)}
          actions={<span className="muted">{tp('search.groupCount', group.results.length)}</span>}
        >
          <ol className="search-results__list">
            {group.results.map((result) => (
              <SearchResultCard key={`${result.hit.__typename}:${result.hit.id}`} result={result} />
            ))}
          </ol>
        </Section>
      ))}
    </div>
  );
}
