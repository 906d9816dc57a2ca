import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { TableReportDocument, type TableReport } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { quietReport, tableReport } from '../testing/report-fixtures';
import { TableReportPage } from './table-report-page';

// « Today » for the presets: 14 May 2026, in Toronto as in UTC.
const NOW = new Date('2026-05-14T16:00:00Z');
const LAST_12_MONTHS = { from: '2025-06-01', to: '2026-05-14' };
const THIS_QUARTER = { from: '2026-04-01', to: '2026-06-30' };

type Period = { from: string; to: string };

const reportMock = (period: Period, report: TableReport = tableReport(period)) => ({
  request: { query: TableReportDocument, variables: { tableId: 'table-1', ...period } },
  result: { data: { tableReport: report } },
});

/** The address's query, as the router holds it: what a shared link or a reload would carry. */
function AddressProbe() {
  return <p data-testid="address">{useLocation().search}</p>;
}

type Mocks = NonNullable<Parameters<typeof renderWithProviders>[1]>['mocks'];

function renderPage({ route = '/tables/table-1/report', mocks = [reportMock(LAST_12_MONTHS)] as Mocks, language = 'fr' as 'fr' | 'en' } = {}) {
  const page = (
    <>
      <TableReportPage />
      <AddressProbe />
    </>
  );
  return renderWithProviders(page, { route, path: '/tables/:id/report', mocks, me: viewer(), language });
}

/** The number a headline figure shows, by its term. */
function figure(term: string): HTMLElement {
  const label = screen.getByText(term, { selector: 'dt' });
  return label.parentElement as HTMLElement;
}

describe('a table’s activity report', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('shows the last twelve months by default, with every headline figure in words and numbers', async () => {
    renderPage();
    expect(await screen.findByText('Période affichée : du 1er juin 2025 au 14 mai 2026')).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Chiffres clés' });
    expect(screen.getByRole('radio', { name: '12 derniers mois' })).toBeChecked();
    expect(within(figure('Rencontres tenues')).getByText('4')).toBeInTheDocument();
    expect(within(figure('Rencontres annulées')).getByText('1')).toBeInTheDocument();
    expect(within(figure('Rencontres tenues sans quorum')).getByText('1')).toBeInTheDocument();
    expect(figure('Taux de présence des organisations membres')).toHaveTextContent(/81\s%/);
    expect(within(figure('Décisions consignées')).getByText('7')).toBeInTheDocument();
    expect(within(figure('Votes clos')).getByText('2')).toBeInTheDocument();
    expect(within(figure('Actions créées')).getByText('9')).toBeInTheDocument();
    expect(within(figure('Actions terminées')).getByText('5')).toBeInTheDocument();
    expect(within(figure('Actions en retard aujourd’hui')).getByText('3')).toBeInTheDocument();
    expect(figure('Délai médian pour terminer une action')).toHaveTextContent('12,5 jours');
    expect(within(figure('Références envoyées')).getByText('2')).toBeInTheDocument();
    expect(within(figure('Références reçues')).getByText('3')).toBeInTheDocument();
    expect(within(figure('Références reçues qui ont reçu une réponse')).getByText('2')).toBeInTheDocument();
    expect(figure('Délai médian de réponse à une référence reçue')).toHaveTextContent('4,5 jours');
    expect(within(figure('Consultations lancées')).getByText('1')).toBeInTheDocument();
  });

  it('explains a figure it cannot give, instead of a bare dash', async () => {
    renderPage({
      mocks: [reportMock(LAST_12_MONTHS, tableReport({ attendanceRate: null, medianDaysToAnswerReferral: null, consultationResponseRate: null }))],
    });
    await screen.findByRole('heading', { level: 2, name: 'Chiffres clés' });
    const rate = figure('Taux de réponse aux consultations');
    expect(rate).toHaveTextContent('—');
    expect(within(rate).getByText('Non disponible')).toHaveClass('visually-hidden');
    expect(rate).toHaveTextContent('Aucune consultation n’a été fermée pendant la période : il n’y a pas de taux à calculer.');
    expect(figure('Taux de présence des organisations membres')).toHaveTextContent(/Aucune rencontre tenue pendant la période/);
    expect(figure('Délai médian de réponse à une référence reçue')).toHaveTextContent(/Aucune référence reçue pendant la période n’a reçu de réponse/);
  });

  it('draws the months as charts followed by a table of the same numbers', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 2, name: 'Activité par mois' });
    const charts = screen.getAllByRole('img', { name: /^Diagramme en bâtons/ });
    expect(charts).toHaveLength(4);
    expect(charts[0]).toHaveAccessibleName('Diagramme en bâtons : rencontres tenues par mois, 4 au total. Le tableau qui suit donne chaque mois.');
    // One bar per month with a count (June has no decision: no bar, its 0 still written).
    expect(charts[0].querySelectorAll('rect')).toHaveLength(3);
    expect(charts[1].querySelectorAll('rect')).toHaveLength(2);
    expect([...charts[1].querySelectorAll('.month-chart__value')].map((text) => text.textContent)).toEqual(['3', '4', '0']);
    expect([...charts[0].querySelectorAll('.month-chart__month')].map((text) => text.textContent)).toEqual(['avr. 2026', 'mai', 'juin']);

    const table = screen.getByRole('table', { name: 'Activité par mois' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Mois', 'Rencontres tenues', 'Décisions', 'Actions créées', 'Actions terminées']);
    const april = within(table).getByRole('rowheader', { name: 'avril 2026' }).closest('tr') as HTMLElement;
    expect([...april.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['2', '3', '4', '1']);
  });

  it('sorts attendance by organization, most present first, and gives the numbers in a table', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 2, name: 'Présence par organisation' });
    expect(screen.getByText(/^Part des 4 rencontres tenues/)).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^Diagramme en barres de la présence/ });
    const bars = [...chart.querySelectorAll('.attendance-bar')].map((bar) => [
      bar.querySelector('.attendance-bar__name')?.textContent,
      bar.querySelector('.attendance-bar__value')?.textContent?.replace(/\s/g, ' '),
    ]);
    expect(bars).toEqual([
      ['Aide aux jeunes (fictif)', '100 % · 4 sur 4'],
      ['CISSS fictif de Montréal', '100 % · 4 sur 4'],
      ['Corps de police fictif', '75 % · 3 sur 4'],
      ['Centre de services scolaire fictif', '50 % · 2 sur 4'],
    ]);
    expect((chart.querySelectorAll('.attendance-bar__fill')[3] as HTMLElement).style.inlineSize).toBe('50%');

    const table = screen.getByRole('table', { name: 'Présence et actions par organisation' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.getAttribute('scope')),
    ).toEqual(Array(6).fill('col'));
    const police = within(table).getByRole('rowheader', { name: 'Corps de police fictif' }).closest('tr') as HTMLElement;
    expect([...police.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual(['3 sur 4', '75 %', '1', '2', '3']);
  });

  it('says so when nothing happened over the period', async () => {
    renderPage({ mocks: [reportMock(LAST_12_MONTHS, quietReport())] });
    expect(await screen.findByText('Rien à rapporter pour cette période')).toBeInTheDocument();
    expect(screen.getByText('2 actions de la table sont tout de même en retard aujourd’hui.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Chiffres clés' })).toBeNull();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });

  it('shows the quarter picked, and puts it in the address', async () => {
    renderPage({ mocks: [reportMock(LAST_12_MONTHS), reportMock(THIS_QUARTER, tableReport({ ...THIS_QUARTER, decisions: 11 }))] });
    await screen.findByRole('heading', { level: 2, name: 'Chiffres clés' });
    const quarter = screen.getByRole('radio', { name: 'Ce trimestre' });
    expect(quarter).toHaveAccessibleDescription('du 1er avril 2026 au 30 juin 2026');
    fireEvent.click(quarter);
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect(await screen.findByText('Période affichée : du 1er avril 2026 au 30 juin 2026')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('?from=2026-04-01&to=2026-06-30');
    await waitFor(() => expect(within(figure('Décisions consignées')).getByText('11')).toBeInTheDocument());
    expect(screen.getByRole('radio', { name: 'Ce trimestre' })).toBeChecked();
  });

  it('lets the person pick which fiscal year, 1 April to 31 March', async () => {
    const fiscal = { from: '2024-04-01', to: '2025-03-31' };
    renderPage({ mocks: [reportMock(LAST_12_MONTHS), reportMock(fiscal, tableReport({ ...fiscal, votes: 6 }))] });
    await screen.findByRole('heading', { level: 2, name: 'Chiffres clés' });
    fireEvent.click(screen.getByRole('radio', { name: 'Exercice financier (1er avril au 31 mars)' }));
    const year = screen.getByRole('combobox', { name: 'Exercice financier' });
    expect(
      within(year)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023', '2021-2022']);
    expect(year).toHaveValue('2026');
    fireEvent.change(year, { target: { value: '2024' } });
    expect(year).toHaveAccessibleDescription('du 1er avril 2024 au 31 mars 2025');
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect(await screen.findByText('Période affichée : du 1er avril 2024 au 31 mars 2025')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('?from=2024-04-01&to=2025-03-31');
    await waitFor(() => expect(within(figure('Votes clos')).getByText('6')).toBeInTheDocument());
  });

  it('reads a shared address’s fiscal year back as that preset', async () => {
    const fiscal = { from: '2025-04-01', to: '2026-03-31' };
    renderPage({ route: '/tables/table-1/report?from=2025-04-01&to=2026-03-31', mocks: [reportMock(fiscal)] });
    await screen.findByRole('heading', { level: 2, name: 'Chiffres clés' });
    expect(screen.getByRole('radio', { name: 'Exercice financier (1er avril au 31 mars)' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Exercice financier' })).toHaveValue('2025');
  });

  it('checks chosen dates beside the fields before asking: end after start, at most three years', async () => {
    const january = { from: '2026-01-10', to: '2026-01-20' };
    renderPage({ mocks: [reportMock(LAST_12_MONTHS), reportMock(january, tableReport(january))] });
    await screen.findByRole('heading', { level: 2, name: 'Chiffres clés' });
    fireEvent.click(screen.getByRole('radio', { name: 'Dates choisies' }));
    const from = screen.getByLabelText('Date de début');
    const to = screen.getByLabelText('Date de fin');
    fireEvent.change(from, { target: { value: '2026-05-01' } });
    fireEvent.change(to, { target: { value: '2026-04-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(/La date de fin doit être la même que la date de début, ou venir après\./);
    await waitFor(() => expect(to).toHaveFocus());

    fireEvent.change(from, { target: { value: '2022-01-01' } });
    fireEvent.change(to, { target: { value: '2025-01-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect(to).toHaveAccessibleDescription(/La période ne peut pas dépasser 3 ans\./);

    fireEvent.change(from, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect(from).toHaveAccessibleDescription('Indiquez une date.');
    // Still the last twelve months: the address did not change, nothing was asked with the wrong dates.
    expect(screen.getByText('Période affichée : du 1er juin 2025 au 14 mai 2026')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent(/^$/);

    fireEvent.change(from, { target: { value: '2026-01-10' } });
    fireEvent.change(to, { target: { value: '2026-01-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le rapport' }));
    expect(screen.getByTestId('address')).toHaveTextContent('?from=2026-01-10&to=2026-01-20');
    expect(await screen.findByText('Période affichée : du 10 janvier 2026 au 20 janvier 2026')).toBeInTheDocument();
  });

  it('says what is wrong with a period the address asks for, and asks nothing', async () => {
    renderPage({ route: '/tables/table-1/report?from=2026-05-01&to=2020-01-01', mocks: [] });
    expect(await screen.findByText('L’adresse demande une période impossible. Corrigez les dates ci-dessous.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Dates choisies' })).toBeChecked();
    expect(screen.getByLabelText('Date de fin')).toHaveAccessibleDescription(/La date de fin doit être la même/);
    expect(screen.queryByText(/^Période affichée/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Télécharger en CSV' })).toBeNull();
  });

  it('tells a member that the report is for officers and coordinators', async () => {
    renderPage({
      mocks: [
        {
          request: { query: TableReportDocument, variables: { tableId: 'table-1', ...LAST_12_MONTHS } },
          result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    expect(await screen.findByText('Rapport réservé')).toBeInTheDocument();
    expect(screen.getByText(/^Le rapport d’une table est réservé à sa présidence et à son secrétariat/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Télécharger en CSV' })).toBeNull();
    expect(screen.queryByText('FORBIDDEN')).toBeNull();
  });

  it('downloads the CSV and the PDF of the period with the bearer token, and says how it went', async () => {
    const fetch = vi.fn(async (path: string) =>
      path.includes('.pdf') ? new Response('', { status: 403 }) : new Response('\uFEFFOrganisation;Rencontres\n', { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPage();
    await screen.findByRole('heading', { level: 2, name: 'Chiffres clés' });

    fireEvent.click(screen.getByRole('button', { name: 'Télécharger en CSV' }));
    expect(screen.getByRole('button', { name: 'Télécharger en CSV' })).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('Fichier CSV téléchargé.')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/reports/tables/table-1.csv?from=2025-06-01&to=2026-05-14', { headers: { Authorization: 'Bearer test-token' } });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('rapport-2025-06-01-2026-05-14.csv');

    fireEvent.click(screen.getByRole('button', { name: 'Télécharger en PDF' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le fichier PDF n’a pas pu être téléchargé. Vous n’avez pas l’autorisation de faire cette action.');
    expect(fetch).toHaveBeenLastCalledWith('/reports/tables/table-1.pdf?from=2025-06-01&to=2026-05-14', { headers: { Authorization: 'Bearer test-token' } });
    click.mockRestore();
  });

  it('speaks English too', async () => {
    renderPage({ language: 'en', mocks: [reportMock(LAST_12_MONTHS, tableReport({ consultationResponseRate: 0.4 }))] });
    expect(await screen.findByText('Period shown: June 1, 2025 to May 14, 2026')).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Key figures' });
    expect(within(figure('Meetings held')).getByText('4')).toBeInTheDocument();
    expect(figure('Attendance of member organizations')).toHaveTextContent('81%');
    expect(figure('Median time to complete an action item')).toHaveTextContent('12.5 days');
    expect(figure('Response rate to consultations')).toHaveTextContent('40%');
    expect(screen.getByRole('radio', { name: 'Fiscal year (April 1 to March 31)' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Activity by month' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Attendance and action items by organization' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download as CSV' })).toBeInTheDocument();
  });
});
