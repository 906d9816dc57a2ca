import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { NetworkReportDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { networkReport, QUEBEC_REGIONS } from '../testing/report-fixtures';
import { activityScale } from './activity-scale';
import { NetworkReportPage } from './network-report-page';
import { nextSort, sortNetworkTables } from './network-sort';

const NOW = new Date('2026-05-14T16:00:00Z');
const LAST_12_MONTHS = { from: '2025-06-01', to: '2026-05-14' };

const reportMock = { request: { query: NetworkReportDocument, variables: LAST_12_MONTHS }, result: { data: { networkReport: networkReport() } } };

type Mocks = NonNullable<Parameters<typeof renderWithProviders>[1]>['mocks'];

function renderPage({ mocks = [reportMock] as Mocks, language = 'fr' as 'fr' | 'en' } = {}) {
  return renderWithProviders(<NetworkReportPage />, {
    route: '/network/report',
    path: '/network/report',
    mocks,
    me: viewer({ platformRole: 'COORDINATOR' }),
    language,
  });
}

/** The tables' names, top to bottom. */
const tableOrder = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('sorting the network’s tables', () => {
  const rows = networkReport().tables;

  it('puts a missing figure last whichever way the column is sorted', () => {
    const names = (key: Parameters<typeof nextSort>[1], direction: 'ascending' | 'descending') =>
      sortNetworkTables(rows, { key, direction }, 'fr-CA').map((row) => row.table.id);
    expect(names('attendanceRate', 'ascending')).toEqual(['t-est', 't-lav', 't-nat', 't-mtl', 't-qc']);
    expect(names('attendanceRate', 'descending')).toEqual(['t-mtl', 't-nat', 't-lav', 't-est', 't-qc']);
    // Two missing figures keep the names' order between them.
    expect(names('medianDaysToAnswerReferral', 'descending')).toEqual(['t-mtl', 't-nat', 't-lav', 't-qc', 't-est']);
    // Down the network: national, provincial, then the regional tables by name.
    expect(names('level', 'ascending')).toEqual(['t-nat', 't-qc', 't-est', 't-lav', 't-mtl']);
  });

  it('turns the sorted column round, and starts another ascending', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'overdue')).toEqual({ key: 'overdue', direction: 'ascending' });
  });
});

describe('the activity scale of the map', () => {
  it('cuts the busiest count in three steps of whole meetings, none empty', () => {
    const scale = activityScale([0, 1, 4, 9]);
    expect(scale.ranges).toEqual([
      { level: 0, min: 0, max: 0 },
      { level: 1, min: 1, max: 3 },
      { level: 2, min: 4, max: 6 },
      { level: 3, min: 7, max: 9 },
    ]);
    expect([0, 1, 3, 4, 6, 7, 9].map(scale.levelOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(activityScale([0, 2]).ranges.map((range) => [range.min, range.max])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(activityScale([0, 0]).ranges).toEqual([{ level: 0, min: 0, max: 0 }]);
  });
});

describe('the network report', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('lists every table with its figures, each name leading to its own report for the same period', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Activité de chaque table pendant la période' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Table', 'Niveau', 'Rencontres tenues', 'Taux de présence', 'Actions en retard', 'Délai médian de réponse aux références']);
    expect(tableOrder(table)).toEqual([
      'Table nationale fictive',
      'Table provinciale fictive',
      'Table régionale de l’Estrie',
      'Table régionale de Laval',
      'Table régionale de Montréal',
    ]);
    expect(within(table).getByRole('link', { name: 'Table régionale de Montréal' })).toHaveAttribute(
      'href',
      '/tables/t-mtl/report?from=2025-06-01&to=2026-05-14',
    );
    const montreal = within(table).getByRole('rowheader', { name: 'Table régionale de Montréal' }).closest('tr') as HTMLElement;
    expect([...montreal.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual(['Régional', '9', '90 %', '2', '6,5 jours']);
    // A missing figure is a dash that says what it means.
    const provincial = within(table).getByRole('rowheader', { name: 'Table provinciale fictive' }).closest('tr') as HTMLElement;
    expect(within(provincial).getByText('aucune rencontre tenue')).toHaveClass('visually-hidden');
    expect(within(provincial).getByText('aucune référence reçue n’a reçu de réponse')).toHaveClass('visually-hidden');
    expect(screen.getByText(/^« — » : aucune rencontre tenue pendant la période/)).toBeInTheDocument();
  });

  it('sorts by a column header, says the order with aria-sort and in words, and turns it round', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Activité de chaque table pendant la période' });
    const header = (name: string) => within(table).getByRole('button', { name }).closest('th') as HTMLElement;
    expect(header('Table')).toHaveAttribute('aria-sort', 'ascending');

    fireEvent.click(within(table).getByRole('button', { name: 'Rencontres tenues' }));
    expect(header('Rencontres tenues')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Table')).not.toHaveAttribute('aria-sort');
    expect(tableOrder(table)).toEqual([
      'Table provinciale fictive',
      'Table régionale de l’Estrie',
      'Table nationale fictive',
      'Table régionale de Laval',
      'Table régionale de Montréal',
    ]);
    expect(screen.getByText('Tableau trié par « Rencontres tenues », ordre croissant.')).toBeInTheDocument();

    fireEvent.click(within(table).getByRole('button', { name: 'Rencontres tenues' }));
    expect(header('Rencontres tenues')).toHaveAttribute('aria-sort', 'descending');
    expect(tableOrder(table)[0]).toBe('Table régionale de Montréal');
    expect(screen.getByText('Tableau trié par « Rencontres tenues », ordre décroissant.')).toBeInTheDocument();

    fireEvent.click(within(table).getByRole('button', { name: 'Taux de présence' }));
    fireEvent.click(within(table).getByRole('button', { name: 'Taux de présence' }));
    expect(tableOrder(table)).toEqual([
      'Table régionale de Montréal',
      'Table nationale fictive',
      'Table régionale de Laval',
      'Table régionale de l’Estrie',
      'Table provinciale fictive',
    ]);
  });

  it('shades the 17 regions by meetings held, writes each count on its tile, and gives the same in a table', async () => {
    renderPage();
    const map = await screen.findByRole('list', { name: 'Carte schématique des rencontres tenues par région' });
    const tiles = within(map).getAllByRole('listitem');
    expect(tiles).toHaveLength(17);
    const tile = (name: string) => tiles.find((item) => item.querySelector('.region-tile__name')?.textContent === name) as HTMLElement;
    expect(tile('Montréal')).toHaveTextContent('Montréal9 rencontres tenues');
    expect(tile('Montréal').firstElementChild).toHaveClass('activity-level--3');
    expect(tile('Laval').firstElementChild).toHaveClass('activity-level--2');
    expect(tile('Estrie')).toHaveTextContent('1 rencontre tenue');
    expect(tile('Estrie').firstElementChild).toHaveClass('activity-level--1');
    expect(tile('Outaouais')).toHaveTextContent('0 rencontre tenue');
    expect(tile('Outaouais').firstElementChild).toHaveClass('activity-level--0');
    expect(screen.getByRole('figure', { name: /^Carte schématique des 17 régions administratives du Québec/ })).toBeInTheDocument();

    const legend = screen.getByRole('list', { name: 'Légende' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Aucune rencontre', '1 à 3 rencontres', '4 à 6 rencontres', '7 à 9 rencontres']);

    const regions = screen.getByRole('table', { name: 'Activité par région administrative' });
    expect(
      within(regions)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(QUEBEC_REGIONS.map(([, name]) => name));
    const montreal = within(regions).getByRole('rowheader', { name: 'Montréal' }).closest('tr') as HTMLElement;
    expect([...montreal.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual(['1', '9', '75 %', '2']);
  });

  it('downloads the network’s CSV for the period with the bearer token', async () => {
    const fetch = vi.fn(async () => new Response('\uFEFFTable;Niveau\n', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:network'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPage();
    await screen.findByRole('table', { name: 'Activité de chaque table pendant la période' });
    expect(screen.queryByRole('button', { name: 'Télécharger en PDF' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }));
    expect(await screen.findByText('Fichier CSV téléchargé.')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/reports/network.csv?from=2025-06-01&to=2026-05-14', { headers: { Authorization: 'Bearer test-token' } });
    click.mockRestore();
  });

  it('tells anyone but a coordinator that the report is not theirs', async () => {
    renderPage({
      mocks: [{ request: reportMock.request, result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    expect(await screen.findByText('Rapport réservé')).toBeInTheDocument();
    expect(screen.getByText('Le rapport du réseau est réservé aux personnes qui assurent la coordination de la plateforme.')).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    renderPage({ language: 'en' });
    const table = await screen.findByRole('table', { name: 'Each table’s activity over the period' });
    const montreal = within(table).getByRole('rowheader', { name: 'Table régionale de Montréal' }).closest('tr') as HTMLElement;
    expect([...montreal.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['Regional', '9', '90%', '2', '6.5 days']);
    fireEvent.click(within(table).getByRole('button', { name: 'Overdue action items' }));
    expect(screen.getByText('Table sorted by “Overdue action items”, ascending order.')).toBeInTheDocument();
    const map = screen.getByRole('list', { name: 'Schematic map of the meetings held by region' });
    expect(within(map).getByText('9 meetings held')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Network report' })).toBeInTheDocument();
  });
});
