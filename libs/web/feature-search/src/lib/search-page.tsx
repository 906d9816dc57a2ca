import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDescribeError, useSearch } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, EmptyState, ErrorMessage, Loading, PageHeader, useDocumentTitle } from '@concertation/web-ui';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';

/**
 * `/search?q=…`: the words in an editable field, the number of results (announced politely), the
 * results grouped by kind, and « Plus de résultats » to append the next page.
 */
export function SearchPage() {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const [params] = useSearchParams();
  const list = useSearch(params.get('q') ?? '');
  const { query } = list;
  const [moreError, setMoreError] = useState<unknown>(null);
  const failed = Boolean(list.error) && list.items.length === 0;
  const done = Boolean(query) && !list.loading && !failed;
  // The tab and the history name the words (PageHeader's own title is set first: children run first).
  useDocumentTitle(query ? t('search.documentTitle', { query }) : t('search.title'));

  const loadMore = () => {
    setMoreError(null);
    list.loadMore().catch((error: unknown) => setMoreError(error));
  };

  return (
    <div className="search-page">
      <PageHeader title={t('search.title')} />
      <SearchForm
        // A new address starts the field afresh with its words.
        key={query}
        className="search-page__form"
        landmark={t('search.form.landmark')}
        label={t('search.form.label')}
        visibleLabel
        hint={t('search.form.hint')}
        submitLabel={t('search.form.submit')}
        initialQuery={query}
      />

      {/* Always in the page, so that the count is announced when it changes. */}
      <div className="search-page__summary" role="status" aria-live="polite" aria-atomic="true">
        {done && list.totalCount > 0 && <p className="search-page__count">{tp('search.count', list.totalCount, { query })}</p>}
        {done && list.totalCount === 0 && (
          <EmptyState title={t('search.none', { query })}>
            <ul className="search-page__hints">
              <li>{t('search.hints.spelling')}</li>
              <li>{t('search.hints.fewerWords')}</li>
              <li>{t('search.hints.access')}</li>
            </ul>
          </EmptyState>
        )}
      </div>

      {!query && <EmptyState title={t('search.start')}>{t('search.startHint')}</EmptyState>}
      {query && list.loading && <Loading label={t('search.loading')} />}
      {failed && <ErrorMessage>{describe(list.error, { BAD_USER_INPUT: t('search.badQuery') })}</ErrorMessage>}

      {list.items.length > 0 && <SearchResults results={list.items} />}

      {list.items.length > 0 && (list.hasNextPage || moreError) ? (
        <div className="load-more search-page__more">
          {Boolean(moreError) && <ErrorMessage>{describe(moreError)}</ErrorMessage>}
          <p className="muted" aria-live="polite">
            {tp('search.shown', list.items.length, { total: list.totalCount })}
          </p>
          {list.hasNextPage && (
            <Button variant="secondary" busy={list.loadingMore} onClick={loadMore}>
              {t('search.loadMore')}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
