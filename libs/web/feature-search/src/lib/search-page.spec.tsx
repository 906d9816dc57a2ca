import { afterEach, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { SearchDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { actionResult, decisionResult, itemResult, laterMeetingResult, meetingResult, searchMock, searchPage } from './search-fixtures';
import { SearchPage } from './search-page';

// A loaded CI machine may take more than the default second to render the answer.
configure({ asyncUtilTimeout: 5000 });

const at = (q: string) => ({ route: `/search?q=${encodeURIComponent(q)}`, path: '/search', me: viewer() });

describe('SearchPage', () => {
  afterEach(() => localStorage.clear());

  it('groups the results by kind, marks the matched words and links into each one', async () => {
    // The server answers best first, kinds mixed.
    const mocks = [searchMock({ query: 'plan' }, searchPage([meetingResult, itemResult, decisionResult, actionResult, laterMeetingResult]))];
    renderWithProviders(<SearchPage />, { ...at('  plan '), mocks });

    expect(screen.getByText('Recherche en cours…')).toBeInTheDocument();
    expect(await screen.findByText('5 résultats pour « plan »')).toBeInTheDocument();
    expect(screen.getByText('5 résultats pour « plan »').closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect((screen.getByLabelText('Mots recherchés') as HTMLInputElement).value).toBe('plan');

    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Rencontres', 'Points à l’ordre du jour', 'Décisions', 'Actions']);

    const meetings = screen.getByRole('region', { name: 'Rencontres' });
    const meetingLinks = within(meetings).getAllByRole('link');
    expect(meetingLinks.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Rencontre de janvier', '/meetings/meeting-1'],
      ['Rencontre de février', '/meetings/meeting-2'],
    ]);
    expect(within(meetings).getByText('2 résultats')).toBeInTheDocument();

    const items = screen.getByRole('region', { name: 'Points à l’ordre du jour' });
    expect(within(items).getByRole('link', { name: 'Plan de prévention' }).getAttribute('href')).toBe('/meetings/meeting-1#item-item-7');
    expect(within(items).getByText('Rencontre : Rencontre de janvier')).toBeInTheDocument();
    expect(within(items).getByText('Table régionale de Montréal')).toBeInTheDocument();
    expect(within(items).getByText('12 janvier 2027')).toBeInTheDocument();

    const decisions = screen.getByRole('region', { name: 'Décisions' });
    expect(within(decisions).getByRole('link', { name: 'Décision sur « Plan de prévention »' }).getAttribute('href')).toBe(
      '/meetings/meeting-1/minutes#decision-decision-3',
    );
    expect(within(decisions).getByText('Adoptée')).toBeInTheDocument();

    const actions = screen.getByRole('region', { name: 'Actions' });
    expect(within(actions).getByRole('link', { name: 'Diffuser le plan' }).getAttribute('href')).toBe('/actions/action-5');
    // A calendar day stays that day whatever the zone.
    expect(within(actions).getByText('Échéance : 1 février 2027')).toBeInTheDocument();

    // The snippet: guillemets gone, the matched word in a <mark>, the rest plain text.
    const snippet = within(actions).getByText((_, element) => element?.className === 'search-result__snippet');
    expect(snippet.textContent).toBe('Diffuser le plan aux écoles');
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['plan']);
    expect(document.body.textContent).not.toContain('«plan»');
    expect(screen.queryByRole('button', { name: 'Plus de résultats' })).toBeNull();
  });

  it('says when nothing matches, with hints', async () => {
    renderWithProviders(<SearchPage />, { ...at('gaspésie'), mocks: [searchMock({ query: 'gaspésie' }, searchPage([]))] });

    expect(await screen.findByText('Aucun résultat pour « gaspésie »')).toBeInTheDocument();
    expect(screen.getByText('Aucun résultat pour « gaspésie »').closest('[role="status"]')).toBeInTheDocument();
    expect(screen.getByText(/Vérifiez l’orthographe/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('appends the next page under « Plus de résultats »', async () => {
    const mocks = [
      searchMock({ query: 'plan' }, searchPage([meetingResult, itemResult], 3, 'cursor-2')),
      searchMock({ query: 'plan', after: 'cursor-2' }, searchPage([laterMeetingResult], 3), 30),
    ];
    renderWithProviders(<SearchPage />, { ...at('plan'), mocks });

    expect(await screen.findByText('3 résultats pour « plan »')).toBeInTheDocument();
    expect(screen.getByText('2 résultats affichés sur 3')).toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Plus de résultats' });
    fireEvent.click(more);

    expect(await screen.findByRole('link', { name: 'Rencontre de février' })).toBeInTheDocument();
    const meetings = screen.getByRole('region', { name: 'Rencontres' });
    expect(
      within(meetings)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Rencontre de janvier', 'Rencontre de février']);
    expect(screen.getByRole('link', { name: 'Plan de prévention' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Plus de résultats' })).toBeNull());
  });

  it('explains a query the server refuses', async () => {
    const refused = {
      request: { query: SearchDocument, variables: { query: '***', first: 20 } },
      result: { errors: [new GraphQLError('Query must not be blank.', { extensions: { code: 'BAD_USER_INPUT' } })] },
    };
    renderWithProviders(<SearchPage />, { ...at('***'), mocks: [refused] });

    expect((await screen.findByRole('alert')).textContent).toContain('Cette recherche n’est pas acceptée');
  });

  it('asks for words when the address has none, without asking the server', async () => {
    renderWithProviders(<SearchPage />, { ...at(''), mocks: [] });

    expect(screen.getByText('Que cherchez-vous ?')).toBeInTheDocument();
    fireEvent.submit(screen.getByRole('search', { name: 'Modifier la recherche' }));
    const field = screen.getByRole('searchbox', { name: 'Mots recherchés' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('Écrivez au moins un mot à rechercher.')).toBeInTheDocument();
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByText('Écrivez au moins un mot à rechercher.').id);
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('runs a new search from the page’s own field', async () => {
    const mocks = [
      searchMock({ query: 'plan' }, searchPage([meetingResult])),
      searchMock({ query: 'rencontre de janvier' }, searchPage([itemResult, decisionResult])),
    ];
    renderWithProviders(<SearchPage />, { ...at('plan'), mocks });
    expect(await screen.findByText('1 résultat pour « plan »')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Mots recherchés' }), { target: { value: ' rencontre   de janvier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lancer la recherche' }));

    expect(await screen.findByText('2 résultats pour « rencontre de janvier »')).toBeInTheDocument();
    expect((screen.getByRole('searchbox', { name: 'Mots recherchés' }) as HTMLInputElement).value).toBe('rencontre de janvier');
    expect(screen.queryByRole('region', { name: 'Rencontres' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Décisions' })).toBeInTheDocument();
  });
});
