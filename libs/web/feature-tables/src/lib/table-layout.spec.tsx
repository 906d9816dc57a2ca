import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AuditLogDocument, TableDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { emptyAuditLog, table } from '../testing/table-fixtures';
import { TableRoutes, tablePath } from '../testing/table-routes';

const tableMock = (overrides: Parameters<typeof table>[0] = {}) => ({
  request: { query: TableDocument, variables: { id: 'table-1' } },
  result: { data: { table: table(overrides) } },
});
const emptyLog = { request: { query: AuditLogDocument, variables: { tableId: 'table-1', first: 25 } }, result: { data: emptyAuditLog } };

function renderAt(route: string, mocks: NonNullable<Parameters<typeof renderWithProviders>[1]>['mocks'] = [tableMock()], language: 'fr' | 'en' = 'fr') {
  return renderWithProviders(<TableRoutes />, { route, path: tablePath, mocks, me: viewer(), language });
}

const tabsNav = () => screen.getByRole('navigation', { name: 'Sections de la table' });

describe('the table page’s layout', () => {
  afterEach(() => localStorage.clear());

  it('says where the table sits: home, tables, its parent, itself', async () => {
    renderAt('/tables/table-1');
    const crumbs = await screen.findByRole('navigation', { name: 'Fil d’Ariane' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Accueil', 'Tables', 'Table provinciale du Québec', 'Table régionale de Montréal']);
    expect(within(crumbs).getByRole('link', { name: 'Accueil' })).toHaveAttribute('href', '/');
    expect(within(crumbs).getByRole('link', { name: 'Tables' })).toHaveAttribute('href', '/directory/tables');
    expect(within(crumbs).getByRole('link', { name: 'Table provinciale du Québec' })).toHaveAttribute('href', '/tables/table-0');
    expect(within(crumbs).getByText('Table régionale de Montréal')).toHaveAttribute('aria-current', 'page');
  });

  it('leaves the parent out of the breadcrumb of a top-level table, and names it in English too', async () => {
    renderAt('/tables/table-1', [tableMock({ parent: null })], 'en');
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Home', 'Tables', 'Table régionale de Montréal']);
    expect(screen.getByRole('navigation', { name: 'Sections of the table' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });

  it('heads every tab with the table’s name, level and regions in words', async () => {
    renderAt('/tables/table-1/members');
    expect(await screen.findByRole('heading', { level: 1, name: 'Table régionale de Montréal' })).toBeInTheDocument();
    expect(screen.getByText('Table de concertation · Régional')).toBeInTheDocument();
    expect(screen.getByText('Région : Montréal')).toBeInTheDocument();
    expect(screen.getByText('Votre rôle : Présidence')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('gives an officer every tab, as links to their own addresses', async () => {
    renderAt('/tables/table-1');
    await screen.findByRole('heading', { level: 1, name: 'Table régionale de Montréal' });
    const links = within(tabsNav()).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Aperçu', '/tables/table-1'],
      ['Rencontres', '/tables/table-1/meetings'],
      ['Actions', '/tables/table-1/actions'],
      ['Références', '/tables/table-1/referrals'],
      ['Consultations', '/tables/table-1/consultations'],
      ['Membres', '/tables/table-1/members'],
      ['Rapport', '/tables/table-1/report'],
      ['Journal', '/tables/table-1/journal'],
    ]);
  });

  it.each([
    ['/tables/table-1', 'Aperçu', 'Coordonner la prévention et l’intervention dans la région.'],
    ['/tables/table-1/meetings', 'Rencontres', 'Calendrier (autre fonction)'],
    ['/tables/table-1/actions', 'Actions', 'Tableau des suivis (autre fonction)'],
    ['/tables/table-1/referrals', 'Références', 'Références (autre fonction)'],
    ['/tables/table-1/consultations', 'Consultations', 'Consultations (autre fonction)'],
    ['/tables/table-1/members', 'Membres', 'Organisations membres'],
    ['/tables/table-1/report', 'Rapport', 'Rapport d’activité (autre fonction)'],
    ['/tables/table-1/journal', 'Journal', 'Journal d’audit de la table'],
  ])('at %s, marks « %s » as the current tab and shows its content', async (route, tab, content) => {
    renderAt(route, [tableMock(), emptyLog]);
    expect(await screen.findByText(content)).toBeInTheDocument();
    const current = within(tabsNav())
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.textContent)).toEqual([tab]);
    expect(document.title).toBe(`${tab} · Table régionale de Montréal · Concertation`);
  });

  it('shows the overview’s mandate, facts and next meetings, and only on the overview', async () => {
    renderAt('/tables/table-1');
    expect(await screen.findByRole('region', { name: 'Mandat' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'En bref' })).toBeInTheDocument();
    expect(screen.getByText('Prochaines rencontres (autre fonction)')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Participants' })).toBeNull();
  });

  it('gives someone who does not sit at the table the overview and the members only', async () => {
    renderAt('/tables/table-1', [tableMock({ viewerRole: null, participants: [] })]);
    expect(await screen.findByText('Vous ne siégez pas à cette table')).toBeInTheDocument();
    expect(
      within(tabsNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Aperçu', 'Membres']);
  });

  it('keeps the log’s and the report’s tabs for officers', async () => {
    renderAt('/tables/table-1', [tableMock({ viewerRole: 'MEMBER' })]);
    await screen.findByText('Votre rôle : Membre');
    expect(within(tabsNav()).queryByRole('link', { name: 'Journal' })).toBeNull();
    expect(within(tabsNav()).queryByRole('link', { name: 'Rapport' })).toBeNull();
    expect(within(tabsNav()).getByRole('link', { name: 'Actions' })).toBeInTheDocument();
  });

  it('gives the report’s tab to an officer of a table above, even one who only sits here as a member', async () => {
    const provincial = { __typename: 'RoundTable' as const, id: 'table-0', name: 'Table provinciale du Québec', level: 'PROVINCIAL' as const };
    const national = { __typename: 'RoundTable' as const, id: 'table-n', viewerRole: 'SECRETARY' as const };
    renderAt('/tables/table-1', [tableMock({ viewerRole: 'MEMBER', parent: { ...provincial, viewerRole: null, parent: national } })]);
    await screen.findByText('Votre rôle : Membre');
    expect(within(tabsNav()).getByRole('link', { name: 'Rapport' })).toHaveAttribute('href', '/tables/table-1/report');
    expect(within(tabsNav()).queryByRole('link', { name: 'Journal' })).toBeNull();
  });

  it('gives the report’s tab to a coordinator who does not sit at the table', async () => {
    renderWithProviders(<TableRoutes />, {
      route: '/tables/table-1',
      path: tablePath,
      mocks: [tableMock({ viewerRole: null, participants: [] })],
      me: viewer({ platformRole: 'COORDINATOR' }),
    });
    expect(await screen.findByText('Vous ne siégez pas à cette table')).toBeInTheDocument();
    expect(
      within(tabsNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Aperçu', 'Membres', 'Rapport']);
  });

  it('says so when the table does not exist, with the way back to the directory', async () => {
    renderAt('/tables/table-1/members', [{ request: { query: TableDocument, variables: { id: 'table-1' } }, result: { data: { table: null } } }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Table introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour aux tables de concertation' })).toHaveAttribute('href', '/directory/tables');
    expect(screen.queryByRole('navigation', { name: 'Sections de la table' })).toBeNull();
  });
});
