import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  addToMyActionItems,
  removeFromMyActionItems,
  useActionItemChanged,
  useDescribeError,
  useMyActionItems,
  useMyParticipations,
  useSession,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, EmptyState, ErrorMessage, Loading, PageHeader, Section, type SelectOption } from '@concertation/web-ui';
import { ActionFiltersForm } from './action-filters';
import { ActionCardList } from './action-card';
import { localToday } from './due';
import { filtersToParams, hasFilters, matchesFilters, parseFilters, toServerFilter, type ActionFilters } from './filters';
import { isOwner } from './owner';
import { sortByUrgency } from './urgency';

/**
 * `/actions`: every action item assigned to the viewer or their organization, across tables.
 * Most urgent first; the list comes before its filters (on a phone the list is what one came
 * for), which sit beside it on wide screens. Filters live in the address; new items arrive live
 * and are announced politely.
 */
export function MyActionsPage() {
  const { t, tp, timeZone } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const today = localToday(timeZone);
  const server = toServerFilter(filters, today);
  const list = useMyActionItems(server.filter, { skip: server.impossible });
  const participations = useMyParticipations();
  const [announcement, setAnnouncement] = useState('');
  const filtersId = useId();

  useActionItemChanged(
    { mine: true },
    {
      onChanged: (item, cache) => {
        const belongs = isOwner(item, me) && matchesFilters(item, filters, today);
        if (!belongs) return removeFromMyActionItems(cache, server.filter, item.id);
        if (addToMyActionItems(cache, server.filter, item)) setAnnouncement(t('actions.mine.arrived', { title: item.title }));
      },
    },
  );

  const setFilters = (next: ActionFilters) => setParams(filtersToParams(next), { replace: true });

  // The tables the viewer sits at, and those of their items (an organization's item may be elsewhere).
  const tables = useMemo<SelectOption[]>(() => {
    const named = new Map<string, string>();
    for (const seat of participations.data?.me?.participations ?? []) named.set(seat.table.id, seat.table.name);
    for (const item of list.items) named.set(item.table.id, item.table.name);
    if (filters.tableId && !named.has(filters.tableId)) named.set(filters.tableId, filters.tableId);
    return [...named].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [participations.data, list.items, filters.tableId]);

  // The server's order; items arriving live take their place in it.
  const shown = useMemo(() => sortByUrgency(list.items), [list.items]);
  const filtered = hasFilters(filters);

  return (
    <>
      <PageHeader title={t('actions.mine.title')} description={<p>{t('actions.mine.intro')}</p>} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="actions-layout">
        <Section title={t('actions.mine.listTitle')}>
          {list.loading ? (
            <Loading label={t('actions.loading')} />
          ) : list.error && list.items.length === 0 ? (
            <ErrorMessage>{describe(list.error)}</ErrorMessage>
          ) : shown.length === 0 || server.impossible ? (
            filtered ? (
              <EmptyState title={t('actions.mine.emptyFiltered')}>{t('actions.mine.emptyFilteredHint')}</EmptyState>
            ) : (
              <EmptyState title={t('actions.mine.empty')}>{t('actions.mine.emptyHint')}</EmptyState>
            )
          ) : (
            <>
              <p className="result-count actions-count">
                <span>{tp('actions.mine.count', list.totalCount)}</span>
                <a href={`#${filtersId}`} className="actions-count__filters">
                  {t('actions.mine.toFilters')}
                </a>
              </p>
              <ActionCardList items={shown} label={t('actions.mine.title')} />
            </>
          )}
          {list.hasNextPage && !server.impossible && (
            <div className="load-more">
              <Button variant="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
                {t('actions.mine.loadMore')}
              </Button>
            </div>
          )}
        </Section>
        <div id={filtersId} className="actions-layout__filters">
          <Section title={t('actions.filters.title')}>
            <ActionFiltersForm filters={filters} tables={tables} onChange={setFilters} />
          </Section>
        </div>
      </div>
    </>
  );
}
