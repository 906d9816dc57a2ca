import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdjournMeetingDocument, MeetingDocument, MeetingEventsDocument, StartMeetingDocument, TableMeetingsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { agenda, item, meeting } from '../testing/meeting-fixtures';
import { LiveRoomPage } from './live-room-page';

const route = { route: '/meetings/meeting-1/live', path: '/meetings/:id/live' };
const query = (data: ReturnType<typeof meeting>) => ({
  request: { query: MeetingDocument, variables: { id: 'meeting-1' } },
  result: { data: { meeting: data } },
});
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };
const me = viewer({ id: 'user-camille', displayName: 'Camille Tremblay' });

const started = (data: ReturnType<typeof meeting>) => ({
  request: { query: StartMeetingDocument, variables: { id: 'meeting-1' } },
  result: { data: { startMeeting: { ...data, status: 'IN_PROGRESS' } } },
});

describe('starting a meeting', () => {
  afterEach(() => sessionStorage.clear());

  it('asks first, and says plainly when the meeting is on another day', async () => {
    // The fixture's meeting is on 12 January 2027 in Toronto.
    const scheduled = meeting();
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(scheduled), noEvents, started(scheduled)], me });
    fireEvent.click(await screen.findByRole('button', { name: 'Commencer la rencontre' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Commencer la rencontre ?' });
    expect(within(dialog).getByText('Cette rencontre est prévue le 12 janvier 2027, pas aujourd’hui.')).toBeInTheDocument();
    // Cancelling starts nothing.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('La rencontre n’est pas commencée.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Commencer la rencontre' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Commencer la rencontre' }));
    expect(await screen.findByRole('button', { name: 'Point suivant' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  }, 15_000);

  it('gives no warning for a meeting of today, in the meeting’s zone', async () => {
    const now = new Date();
    const today = meeting({ startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 60_000).toISOString(), timeZone: 'America/Toronto' });
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(today), noEvents], me });
    fireEvent.click(await screen.findByRole('button', { name: 'Commencer la rencontre' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Commencer la rencontre ?' });
    expect(within(dialog).queryByText(/pas aujourd’hui/)).toBeNull();
    expect(within(dialog).getByText(/La salle de rencontre en direct s’ouvrira/)).toBeInTheDocument();
  });

  it('says so in English too', async () => {
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(meeting()), noEvents], me, language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Start the meeting' }));
    expect(
      within(screen.getByRole('alertdialog', { name: 'Start the meeting?' })).getByText('This meeting is scheduled for January 12, 2027, not today.'),
    ).toBeInTheDocument();
  });
});

describe('adjourning a meeting', () => {
  afterEach(() => sessionStorage.clear());

  const running = meeting({
    status: 'IN_PROGRESS',
    agenda: agenda(
      item('item-1', 'Mot de bienvenue', { status: 'DONE', durationMinutes: 10 }),
      item('item-2', 'Bilan des signalements', { status: 'IN_PROGRESS' }),
      item('item-3', 'Cas à huis clos', { status: 'PENDING' }),
      item('item-4', 'Varia', { status: 'DEFERRED' }),
    ),
    currentItem: { __typename: 'AgendaItem', id: 'item-2' },
  });
  const next = { ...meeting({ id: 'meeting-2', title: 'Rencontre de février', startsAt: '2027-02-09T14:00:00.000Z', endsAt: '2027-02-09T16:00:00.000Z' }) };
  const summary = (data: ReturnType<typeof meeting>) => ({
    __typename: 'Meeting' as const,
    id: data.id,
    title: data.title,
    status: data.status,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    timeZone: data.timeZone,
    location: data.location,
    onlineUrl: data.onlineUrl,
    seriesId: data.seriesId,
    agendaPublishedAt: data.agendaPublishedAt,
    cancelledReason: data.cancelledReason,
    viewerRsvp: data.viewerRsvp,
    table: { __typename: 'RoundTable' as const, id: 'table-1', name: data.table.name },
  });
  const tableMeetings = {
    request: { query: TableMeetingsDocument, variables: () => true },
    result: {
      data: {
        table: {
          __typename: 'RoundTable',
          id: 'table-1',
          name: 'Table régionale de Montréal',
          viewerRole: 'CHAIR',
          archivedAt: null,
          // The running meeting itself and a cancelled one are no place to carry items over to.
          meetings: [
            summary(running),
            summary(meeting({ id: 'meeting-3', title: 'Annulée', status: 'CANCELLED', startsAt: '2027-01-20T14:00:00.000Z' })),
            summary(next),
          ],
        },
      },
    },
  };
  const adjourned = {
    ...running,
    status: 'ADJOURNED' as const,
    currentItem: null,
    agenda: running.agenda.map((entry) => (entry.status === 'DONE' ? entry : { ...entry, status: 'DEFERRED' as const })),
  };

  it('lists the items not dealt with and carries them over to the meeting chosen', async () => {
    const adjourn = {
      request: { query: AdjournMeetingDocument, variables: { id: 'meeting-1', deferUndiscussed: true, carryOverTo: 'meeting-2' } },
      result: { data: { adjournMeeting: adjourned } },
    };
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(running), noEvents, tableMeetings, adjourn], me });
    fireEvent.click(await screen.findByRole('button', { name: 'Lever la rencontre' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Lever la rencontre ?' });
    const list = within(dialog).getByRole('list', { name: 'Ces 2 points n’ont été ni traités ni reportés :' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((entry) => entry.textContent),
    ).toEqual(['2. Bilan des signalements', '3. Cas à huis clos']);
    expect(within(dialog).getByRole('radio', { name: 'Les marquer comme reportés' })).toBeChecked();

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Les reporter à une prochaine rencontre de la table' }));
    const select = await within(dialog).findByRole('combobox', { name: 'Prochaine rencontre' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringContaining('Rencontre de février')]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lever la rencontre' }));

    // The room then says the meeting is over, how each item ended, and leads to the minutes.
    expect(await screen.findByText(/Les points non traités sont reportés à « Rencontre de février »/)).toBeInTheDocument();
    expect(screen.getByText('La rencontre est levée.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au procès-verbal' })).toBeInTheDocument();
  });

  it('can adjourn anyway, leaving the items as they are', async () => {
    const adjourn = {
      request: { query: AdjournMeetingDocument, variables: { id: 'meeting-1', deferUndiscussed: false, carryOverTo: null } },
      result: { data: { adjournMeeting: { ...running, status: 'ADJOURNED', currentItem: null } } },
    };
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(running), noEvents, tableMeetings, adjourn], me });
    fireEvent.click(await screen.findByRole('button', { name: 'Lever la rencontre' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Lever la rencontre ?' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Lever quand même, sans les marquer' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lever la rencontre' }));
    const agendaRegion = await screen.findByRole('region', { name: 'Ordre du jour' });
    await waitFor(() => expect(within(agendaRegion).getAllByText('Non traité')).toHaveLength(1));
    expect(within(agendaRegion).getByText('Non terminé')).toBeInTheDocument();
    expect(within(agendaRegion).queryByText('À venir')).toBeNull();
  });
});

describe('an adjourned meeting’s live room', () => {
  it('says the meeting is adjourned, shows how each item ended, and leads to the minutes', async () => {
    const over = meeting({
      status: 'ADJOURNED',
      agenda: agenda(item('item-1', 'Mot de bienvenue', { status: 'DONE' }), item('item-2', 'Bilan des signalements', { status: 'DEFERRED' })),
    });
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(over), noEvents], me });
    expect(await screen.findByRole('region', { name: 'Rencontre levée' })).toBeInTheDocument();
    expect(screen.getByText('Rencontre levée · Table régionale de Montréal')).toBeInTheDocument();
    expect(screen.queryByText(/En direct/)).toBeNull();
    expect(screen.queryByText('La rencontre n’est pas commencée.')).toBeNull();
    expect(screen.getByRole('link', { name: 'Aller au procès-verbal' })).toHaveAttribute('href', '/meetings/meeting-1/minutes');
    const agendaRegion = screen.getByRole('region', { name: 'Ordre du jour' });
    expect(within(agendaRegion).getByText('Traité')).toBeInTheDocument();
    expect(within(agendaRegion).getByText('Reporté')).toBeInTheDocument();
    expect(within(agendaRegion).queryByText('À venir')).toBeNull();
    // Nothing left to steer.
    expect(screen.queryByRole('button', { name: 'Point suivant' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lever la rencontre' })).toBeNull();
  });
});

describe('the quorum', () => {
  const withQuorum = (present: number, required: number) =>
    meeting({ status: 'IN_PROGRESS', quorum: { __typename: 'Quorum', present, required, reached: present >= required } });
  const count = () => document.querySelector('.quorum__count')?.textContent;

  it('reads « 4 présents / 3 requis », singular for one', async () => {
    const { unmount } = renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(withQuorum(4, 3)), noEvents], me });
    await screen.findByText('Quorum atteint');
    expect(count()).toBe('Organisations membres 4 présents / 3 requis');
    unmount();
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(withQuorum(1, 1)), noEvents], me });
    await screen.findByText('Quorum atteint');
    expect(count()).toBe('Organisations membres 1 présent / 1 requis');
  });

  it('reads « 4 present / 3 required » in English', async () => {
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(withQuorum(0, 3)), noEvents], me, language: 'en' });
    await screen.findByText('Quorum not reached');
    expect(count()).toBe('Member organizations 0 present / 3 required');
  });
});
