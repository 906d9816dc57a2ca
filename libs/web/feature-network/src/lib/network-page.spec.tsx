import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NetworkTablesDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { capitale, laval, montreal, national, networkPage, provincial } from '../testing/network-fixtures';
import { NetworkPage } from './network-page';

const route = { route: '/network', path: '/network', me: viewer() };
const firstPage = (data: ReturnType<typeof networkPage>) => ({ request: { query: NetworkTablesDocument, variables: { first: 100 } }, result: { data } });

describe('the network tree', () => {
  afterEach(() => localStorage.clear());

  it('shows national → provincial → regional tables as links, and folds them', async () => {
    renderWithProviders(<NetworkPage />, { ...route, mocks: [firstPage(networkPage([national, provincial, montreal, laval, capitale]))] });

    const tree = await screen.findByRole('list', { name: 'Arbre du réseau des tables' });
    expect(screen.getByText('5 tables dans le réseau')).toBeInTheDocument();
    expect(within(tree).getByRole('link', { name: 'Table nationale fictive' }).getAttribute('href')).toBe('/tables/t-nat');
    const montrealLink = within(tree).getByRole('link', { name: 'Table régionale de Montréal' });
    expect(montrealLink.getAttribute('href')).toBe('/tables/t-mtl');
    const lavalItem = within(tree).getByRole('link', { name: 'Table régionale de Laval' }).closest('li')!;
    expect(within(lavalItem).getByText('Archivée')).toBeInTheDocument();
    expect(within(lavalItem).getByText('Régions : Laval')).toBeInTheDocument();
    // A regional table that reports to no table stays at the top, and says so.
    const capitaleItem = within(tree).getByRole('link', { name: 'Table de la Capitale-Nationale' }).closest('li')!;
    expect(capitaleItem.parentElement).toBe(tree);
    expect(within(capitaleItem).getByText(/Sans table de rattachement/)).toBeInTheDocument();

    const provincialToggle = screen.getByRole('button', { name: 'Tables rattachées à Table provinciale du Québec' });
    expect(provincialToggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(provincialToggle);
    expect(provincialToggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Table régionale de Montréal' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Table provinciale du Québec' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Tout replier' }));
    expect(screen.getByRole('button', { name: 'Tables rattachées à Table nationale fictive' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Table provinciale du Québec' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tout déplier' }));
    expect(screen.getByRole('link', { name: 'Table régionale de Montréal' })).toBeInTheDocument();
    expect(provincialToggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('follows the pages until every table is in the tree', async () => {
    const mocks = [
      firstPage(networkPage([national, provincial], { hasNextPage: true, endCursor: 'cursor-t-qc', totalCount: 3 })),
      {
        request: { query: NetworkTablesDocument, variables: { first: 100, after: 'cursor-t-qc' } },
        result: { data: networkPage([montreal], { totalCount: 3 }) },
      },
    ];
    renderWithProviders(<NetworkPage />, { ...route, mocks });
    const montrealLink = await screen.findByRole('link', { name: 'Table régionale de Montréal' });
    // Under the provincial table, not at the top.
    expect(montrealLink.closest('ul')?.id).toBe('network-children-t-qc');
    await waitFor(() => expect(screen.queryByText('Chargement des autres tables du réseau…')).toBeNull());
  });

  it('says when the network is empty, and when it cannot be loaded', async () => {
    const { unmount } = renderWithProviders(<NetworkPage />, { ...route, mocks: [firstPage(networkPage([]))] });
    expect(await screen.findByText('Le réseau ne compte encore aucune table')).toBeInTheDocument();
    unmount();

    renderWithProviders(<NetworkPage />, {
      ...route,
      mocks: [{ request: { query: NetworkTablesDocument, variables: { first: 100 } }, error: new Error('offline') }],
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});
