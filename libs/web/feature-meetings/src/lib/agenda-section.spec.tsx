import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MeetingDocument, MeetingEventsDocument, PublishAgendaDocument, RemoveAgendaItemDocument, ReorderAgendaDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { agenda, item, meeting } from '../testing/meeting-fixtures';
import { MeetingPage } from './meeting-page';

const route = { route: '/meetings/meeting-1', path: '/meetings/:id' };
const meetingQuery = { request: { query: MeetingDocument, variables: { id: 'meeting-1' } }, result: { data: { meeting: meeting() } } };
// The page listens for live events; none arrive in these tests.
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };

function reordered(ids: string[]) {
  return {
    request: { query: ReorderAgendaDocument, variables: { meetingId: 'meeting-1', itemIds: ids } },
    result: { data: { reorderAgenda: ids.map((id, index) => ({ __typename: 'AgendaItem', id, position: index + 1 })) } },
  };
}

const titles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('the agenda builder', () => {
  afterEach(() => localStorage.clear());

  it('reorders by keyboard and says where the item went', async () => {
    const mocks = [meetingQuery, noEvents, reordered(['item-2', 'item-1', 'item-3']), reordered(['item-2', 'item-3', 'item-1'])];
    renderWithProviders(<MeetingPage />, { ...route, mocks, me: viewer() });
    const list = await screen.findByRole('list', { name: 'Ordre du jour de « Rencontre de janvier »' });
    expect(titles(list)).toEqual(['Mot de bienvenue', 'Bilan des signalements', 'Cas à huis clos']);
    expect(screen.getByText('Durée prévue : 1 h sur 2 h.')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'Cas à huis clos' })).getByText('Huis clos')).toBeInTheDocument();

    // Alt + Down on a focused item moves it one place down.
    const welcome = screen.getByRole('listitem', { name: 'Mot de bienvenue' });
    welcome.focus();
    fireEvent.keyDown(welcome, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(titles(list)).toEqual(['Bilan des signalements', 'Mot de bienvenue', 'Cas à huis clos']));
    expect(screen.getByText('« Mot de bienvenue » est maintenant en position 2 sur 3.')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Mot de bienvenue' }));

    // The « Move up » button, among the item's other actions, does the same and keeps the focus.
    fireEvent.click(screen.getByRole('button', { name: 'Plus d’actions pour « Cas à huis clos »' }));
    expect((screen.getByRole('button', { name: 'Descendre « Cas à huis clos »' }) as HTMLButtonElement).disabled).toBe(true);
    const up = screen.getByRole('button', { name: 'Monter « Cas à huis clos »' });
    up.focus();
    fireEvent.click(up);
    await waitFor(() => expect(titles(list)).toEqual(['Bilan des signalements', 'Cas à huis clos', 'Mot de bienvenue']));
    expect(screen.getByText('« Cas à huis clos » est maintenant en position 2 sur 3.')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Monter « Cas à huis clos »' }));
  }, 15_000);

  it('asks before removing an item', async () => {
    const mocks = [
      meetingQuery,
      noEvents,
      { request: { query: RemoveAgendaItemDocument, variables: { id: 'item-1' } }, result: { data: { removeAgendaItem: true } } },
    ];
    renderWithProviders(<MeetingPage />, { ...route, mocks, me: viewer() });
    const list = await screen.findByRole('list', { name: 'Ordre du jour de « Rencontre de janvier »' });

    const more = screen.getByRole('button', { name: 'Plus d’actions pour « Mot de bienvenue »' });
    fireEvent.click(more);
    fireEvent.click(screen.getByRole('button', { name: 'Retirer « Mot de bienvenue »' }));
    // The actions fold away, so that the question gives the focus back to their button.
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const dialog = screen.getByRole('alertdialog', { name: 'Retirer ce point ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer' }));

    await waitFor(() => expect(titles(list)).toEqual(['Bilan des signalements', 'Cas à huis clos']));
    // The list changes at once (optimistic); the confirmation comes when the server has answered.
    expect(await screen.findByText('Le point « Mot de bienvenue » a été retiré.')).toBeInTheDocument();
    // Positions stay 1..n.
    expect(within(screen.getByRole('listitem', { name: 'Bilan des signalements' })).getByText('1.')).toBeInTheDocument();
  });

  it('shows a member the agenda without the builder', async () => {
    const asMember = { ...meetingQuery, result: { data: { meeting: meeting({ table: { ...meeting().table, viewerRole: 'MEMBER' } }) } } };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [asMember, noEvents], me: viewer() });
    await screen.findByRole('list', { name: 'Ordre du jour de « Rencontre de janvier »' });
    expect(screen.queryByRole('button', { name: /Monter/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Ajouter un point' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Gestion de la rencontre' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Serez-vous présent à cette rencontre ?' })).toBeInTheDocument();
    // The refer form is for officers only.
    expect(screen.queryByRole('button', { name: /à une autre table/ })).toBeNull();
  });

  it('says which table referred an item, and opens the refer form the app gives for an item', async () => {
    const referred = item('item-9', 'Harmoniser les protocoles', {
      kind: 'DECISION',
      referral: { __typename: 'Referral', id: 'referral-1', fromTable: { __typename: 'RoundTable', id: 'table-9', name: 'Table régionale fictive' } },
    });
    const withReferral = { ...meetingQuery, result: { data: { meeting: meeting({ agenda: agenda(item('item-1', 'Mot de bienvenue'), referred) }) } } };
    // Stands in for the referrals feature's form: what the slot receives is what matters here.
    function ReferFormDouble({ tableId, item: referredItem, onClose }: { tableId: string; item: { id: string; title: string }; onClose: () => void }) {
      return (
        <div>
          <p>{`Formulaire pour ${referredItem.id} de ${tableId}`}</p>
          <button type="button" onClick={onClose}>
            Fermer le formulaire
          </button>
        </div>
      );
    }
    renderWithProviders(<MeetingPage referForm={ReferFormDouble} />, { ...route, mocks: [withReferral, noEvents], me: viewer() });
    const card = await screen.findByRole('listitem', { name: 'Harmoniser les protocoles' });
    expect(within(card).getByText('Référé par la table « Table régionale fictive »')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'Mot de bienvenue' })).queryByText(/Référé par/)).toBeNull();

    const more = within(card).getByRole('button', { name: 'Plus d’actions pour « Harmoniser les protocoles »' });
    fireEvent.click(more);
    fireEvent.click(within(card).getByRole('button', { name: 'Envoyer « Harmoniser les protocoles » à une autre table' }));
    expect(await within(card).findByText('Formulaire pour item-9 de table-1')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /à une autre table/ })).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: 'Fermer le formulaire' }));
    // The focus goes back to the actions' button that led to the form.
    await waitFor(() => expect(document.activeElement).toBe(more));
  });

  it('shows each item compact, with its planned start and its description formatted', async () => {
    const described = meeting({
      agenda: agenda(
        item('item-1', 'Mot de bienvenue', { kind: 'INFORMATION', durationMinutes: 10, description: 'Tour de table **rapide**' }),
        item('item-2', 'Bilan des signalements', { durationMinutes: 20 }),
        item('item-3', 'Varia', { durationMinutes: null }),
        item('item-4', 'Levée', { durationMinutes: 5 }),
      ),
    });
    renderWithProviders(<MeetingPage />, { ...route, mocks: [{ ...meetingQuery, result: { data: { meeting: described } } }, noEvents], me: viewer() });
    await screen.findByRole('list', { name: 'Ordre du jour de « Rencontre de janvier »' });
    // The meeting starts at 9 h 00 in Toronto; after an item without a duration nobody can tell.
    const times = Array.from(document.querySelectorAll('.agenda-list time')).map((time) => time.textContent);
    expect(times).toEqual(['9 h 00', '9 h 10', '9 h 30']);
    const welcome = screen.getByRole('listitem', { name: 'Mot de bienvenue' });
    expect(within(welcome).getByText('rapide').tagName).toBe('STRONG');
    // One button for the secondary actions; no drop zone until asked.
    expect(
      within(welcome)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Plus d’actions pour « Mot de bienvenue »']);
    fireEvent.click(within(welcome).getByRole('button', { name: 'Plus d’actions pour « Mot de bienvenue »' }));
    fireEvent.click(within(welcome).getByRole('button', { name: 'Joindre un document' }));
    expect(within(welcome).getByRole('button', { name: 'Joindre un document à « Mot de bienvenue »' })).toHaveFocus();
  });

  it('shows what members will see and who will be told before publishing', async () => {
    const published = {
      request: { query: PublishAgendaDocument, variables: { meetingId: 'meeting-1' } },
      result: { data: { publishAgenda: { ...meeting(), status: 'SCHEDULED', agendaPublishedAt: '2027-01-05T14:00:00.000Z' } } },
    };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [meetingQuery, noEvents, published], me: viewer({ id: 'user-camille' }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Publier l’ordre du jour' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Aperçu de l’ordre du jour publié' });
    const preview = within(dialog).getByRole('list', { name: 'Ordre du jour de « Rencontre de janvier »' });
    expect(within(preview).getAllByRole('listitem')).toHaveLength(3);
    expect(within(dialog).getByText('1 personne sera avisée :')).toBeInTheDocument();
    expect(within(dialog).getByText('Sam Roy')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publier et aviser' }));
    expect(await screen.findByText('L’ordre du jour est publié. Les personnes qui siègent à la table ont été avisées.')).toBeInTheDocument();
  });
});
