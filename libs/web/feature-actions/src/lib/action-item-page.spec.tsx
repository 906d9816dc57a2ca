import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  ActionItemChangedDocument,
  ActionItemDetailsDocument,
  PostActionItemUpdateDocument,
  TableDocument,
  UpdateActionItemDocument,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { camille, detail, organization, sam, table } from '../testing/action-fixtures';
import { ActionItemPage } from './action-item-page';

const route = { route: '/actions/action-1', path: '/actions/:id' };
const itemQuery = (item: ReturnType<typeof detail>) => ({
  request: { query: ActionItemDetailsDocument, variables: { id: 'action-1' } },
  result: { data: { actionItem: item } },
});
const noEvents = { request: { query: ActionItemChangedDocument, variables: { tableId: 'table-1' } }, delay: Number.POSITIVE_INFINITY };
const conflictError = { errors: [{ message: 'This action item was changed by someone else; reload it and try again.', extensions: { code: 'CONFLICT' } }] };

const tableQuery = {
  request: { query: TableDocument, variables: { id: 'table-1' } },
  result: {
    data: {
      table: {
        ...table('CHAIR'),
        level: 'REGIONAL',
        mandate: null,
        quorum: null,
        createdAt: '2026-09-01T12:00:00.000Z',
        archivedAt: null,
        regions: [],
        parent: null,
        children: [],
        memberships: [
          {
            __typename: 'TableMembership',
            id: 'membership-1',
            status: 'ACTIVE',
            message: null,
            requestedAt: '2026-09-01T12:00:00.000Z',
            decidedAt: '2026-09-02T12:00:00.000Z',
            organization,
          },
        ],
        participants: [
          { __typename: 'TableParticipant', id: 'seat-1', role: 'MEMBER', since: '2026-09-01T12:00:00.000Z', user: { ...camille, email: null }, organization },
          { __typename: 'TableParticipant', id: 'seat-2', role: 'CHAIR', since: '2026-09-01T12:00:00.000Z', user: { ...sam, email: null }, organization: null },
        ],
      },
    },
  },
};

describe('an action item’s page', () => {
  afterEach(() => localStorage.clear());

  // Three requests and a live subscription: more than the default 5 s on a busy machine.
  it('lets the assignee mark it done with a comment in one submit', async () => {
    const item = detail({ table: table('MEMBER') });
    const done = detail({
      table: table('MEMBER'),
      status: 'DONE',
      version: 2,
      completedAt: '2027-01-20T15:00:00.000Z',
      updates: [
        {
          __typename: 'ActionItemUpdate',
          id: 'update-2',
          body: 'Bilan transmis au secrétariat.',
          status: 'DONE',
          createdAt: '2027-01-20T15:00:00.000Z',
          author: camille,
        },
        ...item.updates,
      ],
    });
    const post = {
      request: { query: PostActionItemUpdateDocument, variables: { id: 'action-1', body: 'Bilan transmis au secrétariat.', status: 'DONE' } },
      result: { data: { postActionItemUpdate: done } },
    };
    renderWithProviders(<ActionItemPage />, { ...route, mocks: [itemQuery(item), noEvents, post], me: viewer() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Préparer le bilan des signalements' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rencontre de janvier' }).getAttribute('href')).toBe('/meetings/meeting-1');
    // A member who is the assignee may post progress, not edit the item.
    expect(screen.queryByRole('button', { name: 'Modifier l’action' })).toBeNull();

    // Neither a status nor a comment: the form says what it needs, on the field.
    fireEvent.click(screen.getByRole('button', { name: 'Publier la mise à jour' }));
    const comment = screen.getByRole('textbox', { name: 'Commentaire' });
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choisissez un nouveau statut ou écrivez un commentaire.')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: 'Nouveau statut' }), { target: { value: 'DONE' } });
    fireEvent.change(comment, { target: { value: 'Bilan transmis au secrétariat.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier la mise à jour' }));

    expect(await screen.findByText('Mise à jour publiée : l’action est terminée.')).toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'Historique des mises à jour' });
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0].textContent).toContain('Bilan transmis au secrétariat.');
    expect(within(entries[0]).getByText('Statut : Terminée')).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: 'Commentaire' }) as HTMLTextAreaElement).value).toBe('');
  }, 20_000);

  it('on a conflicting edit, shows the fresh version and keeps the typed text', async () => {
    const item = detail();
    const fresh = detail({ title: 'Préparer le bilan annuel', version: 2 });
    const typed = {
      title: 'Préparer le bilan du trimestre',
      description: 'Rassembler les chiffres fictifs du trimestre.',
      dueOn: item.dueOn,
      assigneeId: 'user-1',
      assigneeOrganizationId: null,
    };
    const mocks = [
      itemQuery(item),
      noEvents,
      tableQuery,
      { request: { query: UpdateActionItemDocument, variables: { id: 'action-1', input: typed, expectedVersion: 1 } }, result: conflictError },
      itemQuery(fresh),
      {
        request: { query: UpdateActionItemDocument, variables: { id: 'action-1', input: typed, expectedVersion: 2 } },
        result: { data: { updateActionItem: detail({ title: 'Préparer le bilan du trimestre', version: 3 }) } },
      },
    ];
    renderWithProviders(<ActionItemPage />, { ...route, mocks, me: viewer({ id: 'user-sam' }) });

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier l’action' }));
    const title = screen.getByRole('textbox', { name: 'Titre' });
    fireEvent.change(title, { target: { value: 'Préparer le bilan du trimestre' } });
    expect(await screen.findByRole('option', { name: 'Camille Tremblay (SPF)' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await screen.findByText(/Quelqu’un a modifié cette action pendant que vous la modifiiez/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Préparer le bilan annuel' })).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: 'Titre' }) as HTMLInputElement).value).toBe('Préparer le bilan du trimestre');

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('Action enregistrée.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Préparer le bilan du trimestre' })).toBeInTheDocument();
  });

  it('says plainly when the viewer may not read the item', async () => {
    const forbidden = {
      request: { query: ActionItemDetailsDocument, variables: { id: 'action-1' } },
      result: { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] },
    };
    renderWithProviders(<ActionItemPage />, { ...route, mocks: [forbidden], me: viewer() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Action introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('alert').textContent).toContain('Vous ne pouvez pas consulter cette action');
  });
});
