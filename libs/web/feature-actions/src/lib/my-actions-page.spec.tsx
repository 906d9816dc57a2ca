import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { ActionItemChangedDocument, MyActionItemsDocument, MyParticipationsDocument, type ActionItemFilter } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { connection, detail, inDays, organization, summary, table } from '../testing/action-fixtures';
import { MyActionsPage } from './my-actions-page';

function Address() {
  const location = useLocation();
  return <p data-testid="address">{location.search}</p>;
}

const list = (filter: ActionItemFilter | null, items: ReturnType<typeof summary>[]) => ({
  request: { query: MyActionItemsDocument, variables: { first: 25, ...(filter ? { filter } : {}) } },
  result: { data: { myActionItems: connection(items) } },
});
const participations = {
  request: { query: MyParticipationsDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'user-1',
        participations: [
          {
            __typename: 'TableParticipant',
            id: 'seat-1',
            role: 'MEMBER',
            since: '2026-09-01T12:00:00.000Z',
            table: { __typename: 'RoundTable', id: 'table-1', name: 'Table régionale de Montréal', level: 'REGIONAL', archivedAt: null },
            organization: { __typename: 'Organization', id: 'org-1', name: 'Service de police fictif' },
          },
        ],
      },
    },
  },
};
const noEvents = { request: { query: ActionItemChangedDocument, variables: { mine: true } }, delay: Number.POSITIVE_INFINITY };
const me = viewer({ organization });

const late = summary({ id: 'action-1', title: 'Préparer le bilan des signalements', dueOn: inDays(-3), overdue: true });
const soon = summary({
  id: 'action-2',
  title: 'Joindre les écoles du secteur',
  dueOn: inDays(1),
  assignee: null,
  assigneeOrganization: organization,
  table: table('MEMBER', 'table-2', 'Table provinciale du Québec'),
});
const blocked = summary({ id: 'action-3', title: 'Réserver la salle', status: 'BLOCKED', dueOn: null });

describe('my action items', () => {
  afterEach(() => localStorage.clear());

  // Seven requests in turn: more than the default 5 s on a busy machine.
  it('lists the items with their badges and keeps the filters in the address', async () => {
    const mocks = [
      list({ status: ['OPEN'] }, [late, soon]),
      participations,
      noEvents,
      list({ status: ['OPEN', 'BLOCKED'] }, [late, soon, blocked]),
      list({ tableId: 'table-2', status: ['OPEN', 'BLOCKED'] }, [soon]),
      list({ status: ['OPEN', 'BLOCKED'] }, [late, soon, blocked]),
      list({ status: ['OPEN', 'BLOCKED'], overdue: true }, [late]),
    ];
    renderWithProviders(
      <>
        <MyActionsPage />
        <Address />
      </>,
      { mocks, me, route: '/actions?status=OPEN', path: '/actions' },
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes actions' })).toBeInTheDocument();
    const cards = within(await screen.findByRole('list', { name: 'Mes actions' })).getAllByRole('listitem');
    const lateCard = cards.find((card) => within(card).queryByRole('link', { name: 'Préparer le bilan des signalements' }));
    expect(within(lateCard!).getByRole('link').getAttribute('href')).toBe('/actions/action-1');
    expect(within(lateCard!).getByText('En retard de 3 jours')).toBeInTheDocument();
    expect(within(lateCard!).getByText('Camille Tremblay')).toBeInTheDocument();
    const soonCard = cards.find((card) => within(card).queryByRole('link', { name: 'Joindre les écoles du secteur' }));
    expect(within(soonCard!).getByText('Échéance demain')).toBeInTheDocument();
    expect(within(soonCard!).getByText('Service de police fictif')).toBeInTheDocument();
    expect(within(soonCard!).getByText('Table : Table provinciale du Québec')).toBeInTheDocument();
    expect((screen.getByRole('checkbox', { name: 'À faire' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Bloquée' }));
    expect(await screen.findByRole('link', { name: 'Réserver la salle' })).toBeInTheDocument();
    expect(screen.getByTestId('address').textContent).toBe('?status=OPEN&status=BLOCKED');

    // The server filters by table, across every page.
    fireEvent.change(screen.getByRole('combobox', { name: 'Table' }), { target: { value: 'table-2' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Réserver la salle' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Joindre les écoles du secteur' })).toBeInTheDocument();
    expect(screen.getByTestId('address').textContent).toBe('?status=OPEN&status=BLOCKED&table=table-2');

    fireEvent.change(screen.getByRole('combobox', { name: 'Table' }), { target: { value: '' } });
    expect(await screen.findByRole('link', { name: 'Réserver la salle' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'En retard' }));
    expect(screen.getByTestId('address').textContent).toBe('?status=OPEN&status=BLOCKED&due=overdue');
    await screen.findByText('1 action');
    expect(screen.queryByRole('link', { name: 'Joindre les écoles du secteur' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Préparer le bilan des signalements' })).toBeInTheDocument();
  }, 20_000);

  it('puts the most urgent first, and the list before its filters (read first on a phone)', async () => {
    const later = summary({ id: 'action-4', title: 'Mettre à jour le répertoire', dueOn: inDays(30) });
    const done = summary({ id: 'action-5', title: 'Envoyer le compte rendu', status: 'DONE', dueOn: inDays(-10) });
    // Even when a live arrival or a page joins in another order, the screen keeps urgency order.
    renderWithProviders(<MyActionsPage />, {
      mocks: [list(null, [done, later, blocked, soon, late]), participations, noEvents],
      me,
      route: '/actions',
      path: '/actions',
    });

    const listed = await screen.findByRole('list', { name: 'Mes actions' });
    const titles = within(listed)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([
      'Préparer le bilan des signalements',
      'Joindre les écoles du secteur',
      'Mettre à jour le répertoire',
      'Réserver la salle',
      'Envoyer le compte rendu',
    ]);

    const filters = screen.getByRole('form', { name: 'Filtres' });
    expect(listed.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.indexOf('Actions')).toBeLessThan(headings.indexOf('Filtres'));
    // A way to reach the filters without scrolling past every card.
    const jump = screen.getByRole('link', { name: 'Filtrer la liste' });
    expect(document.getElementById(jump.getAttribute('href')!.slice(1))).toContainElement(filters);
  });

  it('shows a new item assigned to me without a reload, and says so', async () => {
    const arrived = detail({ id: 'action-9', title: 'Rappeler le centre jeunesse', dueOn: inDays(20) });
    const event = { request: { query: ActionItemChangedDocument, variables: { mine: true } }, delay: 50, result: { data: { actionItemChanged: arrived } } };
    renderWithProviders(<MyActionsPage />, { mocks: [list(null, []), participations, event], me, route: '/actions', path: '/actions' });

    expect(await screen.findByText('Aucune action ne vous est confiée.')).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'Rappeler le centre jeunesse' });
    expect(link.getAttribute('href')).toBe('/actions/action-9');
    expect(screen.getByText('1 action')).toBeInTheDocument();
    expect(screen.getByRole('status').textContent).toBe('Nouvelle action : Rappeler le centre jeunesse');
  });
});
