import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RegionsDocument, TablesDocument } from '@concertation/web-data-access';
import { regions, tablesPage, tableSummary } from '../testing/directory-fixtures';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { TablesDirectoryPage } from './tables-directory-page';

const route = { route: '/directory/tables', path: '/directory/tables' };
const national = tableSummary('t-nat', 'Table nationale fictive', 'NATIONAL');
const quebec = tableSummary('t-qc', 'Table provinciale du Québec', 'PROVINCIAL');
const montreal = tableSummary('t-mtl', 'Table régionale de Montréal', 'REGIONAL');
const laval = tableSummary('t-lav', 'Table régionale de Laval', 'REGIONAL');

const regionsMock = { request: { query: RegionsDocument }, result: { data: regions } };
const tablesMock = (variables: Record<string, unknown>, data: ReturnType<typeof tablesPage>) => ({
  request: { query: TablesDocument, variables },
  result: { data },
});

describe('TablesDirectoryPage', () => {
  afterEach(() => localStorage.clear());

  it('filters by level, region and name, and says when nothing matches', async () => {
    const mocks = [
      regionsMock,
      tablesMock({ first: 20 }, tablesPage([national, quebec, montreal])),
      tablesMock({ level: 'REGIONAL', first: 20 }, tablesPage([montreal, laval])),
      tablesMock({ level: 'REGIONAL', regionId: 'region-06', first: 20 }, tablesPage([montreal])),
      tablesMock({ search: 'gaspésie', level: 'REGIONAL', regionId: 'region-06', first: 20 }, tablesPage([])),
    ];
    renderWithProviders(<TablesDirectoryPage />, { ...route, mocks, me: viewer() });

    expect(await screen.findByRole('link', { name: 'Table nationale fictive' })).toBeInTheDocument();
    expect(screen.getByText('3 tables trouvées')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Niveau'), { target: { value: 'REGIONAL' } });
    expect(await screen.findByRole('link', { name: 'Table régionale de Laval' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Table nationale fictive' })).toBeNull();

    // Quebec's administrative regions are offered under their own heading.
    const region = screen.getByLabelText('Région') as HTMLSelectElement;
    expect(region.querySelector('optgroup[label="Régions administratives du Québec"]')?.textContent).toContain('Montréal');
    fireEvent.change(region, { target: { value: 'region-06' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Table régionale de Laval' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Table régionale de Montréal' })).toBeInTheDocument();
    expect(screen.getByText('1 table trouvée')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Rechercher par nom'), { target: { value: 'gaspésie' } });
    expect(await screen.findByText('Aucune table ne correspond à ces critères.')).toBeInTheDocument();
  });

  it('loads the next page after the current one', async () => {
    const mocks = [
      regionsMock,
      tablesMock({ first: 20 }, tablesPage([national, quebec], 3, 'cursor-t-qc')),
      tablesMock({ first: 20, after: 'cursor-t-qc' }, tablesPage([montreal], 3)),
    ];
    renderWithProviders(<TablesDirectoryPage />, { ...route, mocks, me: viewer() });

    fireEvent.click(await screen.findByRole('button', { name: 'Afficher plus de résultats' }));
    expect(await screen.findByRole('link', { name: 'Table régionale de Montréal' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Table nationale fictive' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Afficher plus de résultats' })).toBeNull();
  });

  it('offers table creation to coordinators only', async () => {
    const mocks = [regionsMock, tablesMock({ first: 20 }, tablesPage([national]))];
    const { unmount } = renderWithProviders(<TablesDirectoryPage />, { ...route, mocks, me: viewer() });
    await screen.findByRole('link', { name: 'Table nationale fictive' });
    expect(screen.queryByRole('link', { name: 'Créer une table' })).toBeNull();
    unmount();

    renderWithProviders(<TablesDirectoryPage />, { ...route, mocks, me: viewer({ platformRole: 'COORDINATOR' }) });
    expect(await screen.findByRole('link', { name: 'Créer une table' })).toBeInTheDocument();
  });
});
