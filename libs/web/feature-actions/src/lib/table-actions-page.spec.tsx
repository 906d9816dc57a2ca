import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ActionItemChangedDocument,
  TableActionItemsDocument,
  UpdateActionItemDocument,
  type ActionItemStatus,
  type TableRole,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { connection, detail, inDays, summary, table } from '../testing/action-fixtures';
import { TableActionsPage } from './table-actions-page';

const route = { route: '/tables/table-1/actions', path: '/tables/:id/actions' };
const items = [
  summary({ id: 'a1', title: 'Préparer le bilan des signalements', status: 'OPEN', dueOn: inDays(-2), overdue: true }),
  summary({ id: 'a2', title: 'Joindre les écoles du secteur', status: 'OPEN', dueOn: inDays(2), assignee: null }),
  summary({ id: 'a3', title: 'Réserver la salle', status: 'IN_PROGRESS', version: 4 }),
  summary({ id: 'a4', title: 'Diffuser le protocole', status: 'DONE', dueOn: inDays(1) }),
  summary({ id: 'a5', title: 'Inviter le centre jeunesse', status: 'OPEN', dueOn: null }),
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

const card = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('li') as HTMLElement;
const moveTo = (status: ActionItemStatus, id: string, version: number, title: string) => ({
  request: { query: UpdateActionItemDocument, variables: { id, input: { status }, expectedVersion: version } },
  result: { data: { updateActionItem: detail({ id, title, status, version: version + 1 }) } },
});

describe('the table’s action board', () => {
  afterEach(() => localStorage.clear());

  it('groups the items by status, most urgent first, with counts, urgency in words and who answers for each', async () => {
    renderWithProviders(<TableActionsPage />, { ...route, mocks: [boardQuery(), noEvents], me: viewer() });

    expect(await screen.findByRole('heading', { level: 2, name: 'Tableau des actions' })).toBeInTheDocument();
    // The undated item was listed first by the mock: it still comes after the dated ones.
    expect(titles(column('À faire'))).toEqual(['Préparer le bilan des signalements', 'Joindre les écoles du secteur', 'Inviter le centre jeunesse']);
    expect(within(column('À faire')).getByText('3 actions')).toBeInTheDocument();
    expect(titles(column('En cours'))).toEqual(['Réserver la salle']);
    expect(titles(column('Bloquée'))).toEqual([]);
    expect(within(column('Bloquée')).getByText('Aucune action dans cette colonne.')).toBeInTheDocument();
    expect(titles(column('Terminée'))).toEqual(['Diffuser le protocole']);
    expect(within(column('Annulée')).getByText('0 action')).toBeInTheDocument();

    expect(within(card('Préparer le bilan des signalements')).getByText('En retard de 2 jours')).toBeInTheDocument();
    expect(within(card('Préparer le bilan des signalements')).getByText('Camille Tremblay')).toBeInTheDocument();
    expect(within(card('Préparer le bilan des signalements')).getByText('Service de police fictif')).toBeInTheDocument();
    expect(within(card('Joindre les écoles du secteur')).getByText('Échéance dans 2 jours')).toBeInTheDocument();
    expect(within(card('Joindre les écoles du secteur')).getByText('Aucun responsable désigné')).toBeInTheDocument();
    // Done items are never « due soon ».
    expect(within(column('Terminée')).queryByText(/Échéance (demain|dans)/)).toBeNull();
    // No drop-down to cut a status short.
    expect(screen.queryByRole('combobox')).toBeNull();
  }, 20_000);

  it('moves a focused card to the next column with the arrow keys, says so, and keeps the focus on it', async () => {
    renderWithProviders(<TableActionsPage />, {
      ...route,
      mocks: [boardQuery(), noEvents, moveTo('BLOCKED', 'a3', 4, 'Réserver la salle')],
      me: viewer(),
    });
    await screen.findByRole('heading', { level: 2, name: 'Tableau des actions' });
    const moving = card('Réserver la salle');
    expect(moving.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(moving.getAttribute('aria-describedby')!)?.textContent).toMatch(/flèches gauche et droite/);
    act(() => moving.focus());
    fireEvent.keyDown(moving, { key: 'ArrowRight' });

    expect(await within(column('Bloquée')).findByRole('heading', { level: 3, name: 'Réserver la salle' })).toBeInTheDocument();
    expect(titles(column('En cours'))).toEqual([]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('« Réserver la salle » déplacée vers « Bloquée ».'));
    await waitFor(() => expect(document.activeElement).toBe(card('Réserver la salle')));
  });

  it('moves a card with its « Déplacer vers » buttons, sending the version it shows', async () => {
    renderWithProviders(<TableActionsPage />, { ...route, mocks: [boardQuery(), noEvents, moveTo('DONE', 'a3', 4, 'Réserver la salle')], me: viewer() });
    await screen.findByRole('heading', { level: 2, name: 'Tableau des actions' });
    const group = within(card('Réserver la salle')).getByRole('group', { name: 'Déplacer « Réserver la salle »' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Déplacer vers « À faire »', 'Déplacer vers « Bloquée »', 'Déplacer vers « Terminée »', 'Déplacer vers « Annulée »']);
    fireEvent.click(within(group).getByRole('button', { name: 'Déplacer vers « Terminée »' }));

    expect(await within(column('Terminée')).findByRole('heading', { level: 3, name: 'Réserver la salle' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('« Réserver la salle » déplacée vers « Terminée ».'));
  });

  it('moves a card dragged and dropped onto another column', async () => {
    renderWithProviders(<TableActionsPage />, {
      ...route,
      mocks: [boardQuery(), noEvents, moveTo('IN_PROGRESS', 'a1', 1, 'Préparer le bilan des signalements')],
      me: viewer(),
    });
    await screen.findByRole('heading', { level: 2, name: 'Tableau des actions' });
    const dragged = card('Préparer le bilan des signalements');
    expect(dragged.getAttribute('draggable')).toBe('true');
    const dataTransfer = {
      data: {} as Record<string, string>,
      setData(type: string, value: string) {
        this.data[type] = value;
      },
      getData(type: string) {
        return this.data[type];
      },
      effectAllowed: '',
      dropEffect: '',
    };
    fireEvent.dragStart(dragged, { dataTransfer });
    expect(dataTransfer.data['text/plain']).toBe('a1');
    // Its own column does not take it back; another one does, and shows where it would land.
    expect(fireEvent.dragOver(column('À faire'), { dataTransfer })).toBe(true);
    expect(fireEvent.dragOver(column('En cours'), { dataTransfer })).toBe(false);
    expect(column('En cours').className).toContain('board__column--over');
    fireEvent.drop(column('En cours'), { dataTransfer });
    fireEvent.dragEnd(dragged, { dataTransfer });

    expect(await within(column('En cours')).findByRole('heading', { level: 3, name: 'Préparer le bilan des signalements' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('« Préparer le bilan des signalements » déplacée vers « En cours ».'));
  });

  it('lets members move only their own cards', async () => {
    renderWithProviders(<TableActionsPage />, { ...route, mocks: [boardQuery('MEMBER'), noEvents], me: viewer({ id: 'user-other' }) });
    await screen.findByRole('heading', { level: 2, name: 'Tableau des actions' });
    expect(screen.queryAllByRole('group')).toEqual([]);
    expect(card('Réserver la salle').getAttribute('draggable')).toBeNull();
    expect(card('Réserver la salle').getAttribute('tabindex')).toBeNull();
  });
});
