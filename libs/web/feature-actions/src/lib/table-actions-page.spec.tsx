import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ActionItemChangedDocument, TableActionItemsDocument, UpdateActionItemDocument, type TableRole } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { connection, detail, inDays, summary, table } from '../testing/action-fixtures';
import { TableActionsPage } from './table-actions-page';

const route = { route: '/tables/table-1/actions', path: '/tables/:id/actions' };
const items = [
  summary({ id: 'a1', title: 'Préparer le bilan des signalements', status: 'OPEN', dueOn: inDays(-2), overdue: true }),
  summary({ id: 'a2', title: 'Joindre les écoles du secteur', status: 'OPEN', dueOn: inDays(2), assignee: null }),
  summary({ id: 'a3', title: 'Réserver la salle', status: 'IN_PROGRESS', version: 4 }),
  summary({ id: 'a4', title: 'Diffuser le protocole', status: 'DONE', dueOn: inDays(1) }),
];
const boardQuery = (role: TableRole | null = 'CHAIR') => ({
  request: { query: TableActionItemsDocument, variables: { tableId: 'table-1', first: 100 } },
  result: { data: { table: { ...table(role), actionItems: connection(items) } } },
});
const noEvents = { request: { query: ActionItemChangedDocument, variables: { tableId: 'table-1' } }, delay: Number.POSITIVE_INFINITY };

const column = (name: string) => screen.getByRole('region', { name });
const titles = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('the table’s action board', () => {
  afterEach(() => localStorage.clear());

  it('groups the items by status, with counts and due badges', async () => {
    renderWithProviders(<TableActionsPage />, { ...route, mocks: [boardQuery(), noEvents], me: viewer() });

    expect(await screen.findByRole('heading', { level: 2, name: 'Tableau des actions' })).toBeInTheDocument();
    expect(titles(column('À faire'))).toEqual(['Préparer le bilan des signalements', 'Joindre les écoles du secteur']);
    expect(within(column('À faire')).getByText('2 actions')).toBeInTheDocument();
    expect(titles(column('En cours'))).toEqual(['Réserver la salle']);
    expect(titles(column('Bloquée'))).toEqual([]);
    expect(within(column('Bloquée')).getByText('Aucune action dans cette colonne.')).toBeInTheDocument();
    expect(titles(column('Terminée'))).toEqual(['Diffuser le protocole']);
    expect(within(column('Annulée')).getByText('0 action')).toBeInTheDocument();

    const late = within(column('À faire')).getAllByRole('listitem')[0];
    expect(within(late).getByText('En retard')).toBeInTheDocument();
    const soon = within(column('À faire')).getAllByRole('listitem')[1];
    expect(within(soon).getByText('Échéance proche')).toBeInTheDocument();
    expect(within(soon).getByText('Personne désignée')).toBeInTheDocument();
    // Done items are never « due soon ».
    expect(within(column('Terminée')).queryByText('Échéance proche')).toBeNull();
  });

  it('lets an officer move a card with a select and a button, sending the version it shows', async () => {
    const moved = { ...detail({ id: 'a3', title: 'Réserver la salle', status: 'BLOCKED', version: 5 }) };
    const update = {
      request: { query: UpdateActionItemDocument, variables: { id: 'a3', input: { status: 'BLOCKED' }, expectedVersion: 4 } },
      result: { data: { updateActionItem: moved } },
    };
    renderWithProviders(<TableActionsPage />, { ...route, mocks: [boardQuery(), noEvents, update], me: viewer() });

    const select = await screen.findByRole('combobox', { name: 'Nouveau statut de « Réserver la salle »' });
    fireEvent.change(select, { target: { value: 'BLOCKED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Changer le statut de « Réserver la salle »' }));

    expect(await within(column('Bloquée')).findByRole('heading', { level: 3, name: 'Réserver la salle' })).toBeInTheDocument();
    expect(titles(column('En cours'))).toEqual([]);
    expect((await screen.findByRole('status')).textContent).toBe('« Réserver la salle » : Bloquée.');
  });

  it('shows members no status controls but for their own items', async () => {
    renderWithProviders(<TableActionsPage />, { ...route, mocks: [boardQuery('MEMBER'), noEvents], me: viewer({ id: 'user-other' }) });
    await screen.findByRole('heading', { level: 2, name: 'Tableau des actions' });
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
