import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MeetingDocument, MeetingEventsDocument, RecordAttendanceDocument, SetCurrentAgendaItemDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { camille, meeting, sam } from '../testing/meeting-fixtures';
import { LiveRoomPage } from './live-room-page';

const route = { route: '/meetings/meeting-1/live', path: '/meetings/:id/live' };
const inProgress = meeting({ status: 'IN_PROGRESS', currentItem: { __typename: 'AgendaItem', id: 'item-1' } });
const asMember = { ...inProgress, table: { ...inProgress.table, viewerRole: 'MEMBER' as const } };
const query = (data: typeof inProgress) => ({ request: { query: MeetingDocument, variables: { id: 'meeting-1' } }, result: { data: { meeting: data } } });
const present = (participant: typeof camille) => ({
  __typename: 'Attendance' as const,
  status: 'PRESENT' as const,
  capacity: 'PARTICIPANT' as const,
  recordedAt: '2027-01-12T14:05:00.000Z',
  user: participant.user,
  organization: participant.organization,
});
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
/** What this tab remembers of when an item became current (item-clock.ts). */
const remember = (itemId: string, msAgo: number) =>
  sessionStorage.setItem('concertation.currentItemSince', JSON.stringify({ [`meeting-1:${itemId}`]: Date.now() - msAgo }));
const quorumCount = () => document.querySelector('.quorum__count')?.textContent;
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };

describe('the live meeting room', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('follows the chair: a live event moves the current item and the quorum without a reload', async () => {
    // Sam joins twelve minutes into the first item; this tab once saw it start only a minute ago.
    remember('item-1', 60_000);
    const joined = { ...asMember, currentItemStartedAt: ago(12 * 60_000) };
    const after = {
      ...asMember,
      currentItem: { __typename: 'AgendaItem' as const, id: 'item-2' },
      currentItemStartedAt: ago(0),
      agenda: asMember.agenda.map((item) =>
        item.id === 'item-1' ? { ...item, status: 'DONE' as const } : item.id === 'item-2' ? { ...item, status: 'IN_PROGRESS' as const } : item,
      ),
      attendance: [present(camille), present(sam)],
      quorum: { __typename: 'Quorum' as const, required: 2, present: 2, reached: true },
    };
    const event = {
      request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } },
      delay: 50,
      result: {
        data: {
          meetingEvents: {
            __typename: 'MeetingEvent',
            kind: 'CURRENT_ITEM_CHANGED',
            at: new Date().toISOString(),
            actor: { __typename: 'User', id: 'user-camille', displayName: 'Camille Tremblay' },
            meeting: after,
          },
        },
      },
    };
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [query(joined), event], me: viewer({ id: 'user-sam', displayName: 'Sam Roy' }) });

    const current = await screen.findByRole('region', { name: 'Point en cours' });
    expect(within(current).getByRole('heading', { level: 3, name: 'Mot de bienvenue' })).toBeInTheDocument();
    expect(within(current).getByText('Point 1 sur 3')).toBeInTheDocument();
    // The server's clock, not this tab's: the same for everyone in the room.
    expect(within(current).getByText(/Temps écoulé : 12:0\d sur 10 min prévues\./)).toBeInTheDocument();
    expect(within(current).getByText(/Dépassement : 02:0\d\./)).toBeInTheDocument();
    expect(screen.getByText('Quorum non atteint')).toBeInTheDocument();
    // A member follows; only officers steer.
    expect(screen.queryByRole('button', { name: 'Point suivant' })).toBeNull();

    expect(await within(current).findByRole('heading', { level: 3, name: 'Bilan des signalements' })).toBeInTheDocument();
    expect(within(current).getByText('Point 2 sur 3')).toBeInTheDocument();
    expect(within(current).getByText(/Temps écoulé : 00:0\d sur 20 min prévues\./)).toBeInTheDocument();
    expect(screen.getByText('Point en cours : 2. Bilan des signalements')).toBeInTheDocument();
    expect(screen.getByText('Quorum atteint')).toBeInTheDocument();
    expect(quorumCount()).toBe('Organisations membres 2 présents / 2 requis');
    const agenda = screen.getByRole('region', { name: 'Ordre du jour' });
    expect(
      within(agenda)
        .getAllByRole('listitem')
        .find((item) => item.getAttribute('aria-current') === 'step')?.textContent,
    ).toContain('Bilan des signalements');
  });

  it('lets an officer move to the next item and check people in', async () => {
    const mocks = [
      query(inProgress),
      noEvents,
      {
        request: { query: SetCurrentAgendaItemDocument, variables: { meetingId: 'meeting-1', itemId: 'item-2' } },
        result: {
          data: {
            setCurrentAgendaItem: {
              __typename: 'Meeting',
              id: 'meeting-1',
              status: 'IN_PROGRESS',
              currentItem: { __typename: 'AgendaItem', id: 'item-2' },
              currentItemStartedAt: ago(0),
              agenda: [
                { __typename: 'AgendaItem', id: 'item-1', status: 'DONE' },
                { __typename: 'AgendaItem', id: 'item-2', status: 'IN_PROGRESS' },
                { __typename: 'AgendaItem', id: 'item-3', status: 'PENDING' },
              ],
            },
          },
        },
      },
      {
        request: { query: RecordAttendanceDocument, variables: { meetingId: 'meeting-1', userId: 'user-sam', status: 'PRESENT' } },
        result: {
          data: {
            recordAttendance: present(sam),
          },
        },
      },
      // The quorum is the server's to count: it is asked again after a check-in.
      query({ ...inProgress, attendance: [present(sam)], quorum: { __typename: 'Quorum', required: 2, present: 1, reached: false } }),
    ];
    // No start time from the API (an item chosen before it kept one): this tab's memory of it.
    remember('item-1', 5 * 60_000);
    renderWithProviders(<LiveRoomPage />, { ...route, mocks, me: viewer({ id: 'user-camille' }) });

    const current = await screen.findByRole('region', { name: 'Point en cours' });
    expect(within(current).getByText(/Temps écoulé : 05:0\d sur 10 min prévues\./)).toBeInTheDocument();
    expect((screen.getByRole('button', { name: 'Point précédent' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Point suivant' }));
    expect(await within(current).findByRole('heading', { level: 3, name: 'Bilan des signalements' })).toBeInTheDocument();
    expect(within(current).getByText(/Temps écoulé : 00:0\d sur 20 min prévues\./)).toBeInTheDocument();
    // The buttons stay disabled until the move has fully settled, a moment after the cache shows it.
    await waitFor(() => expect((screen.getByRole('button', { name: 'Point précédent' }) as HTMLButtonElement).disabled).toBe(false));

    const samAttendance = screen.getByRole('group', { name: 'Présence de Sam Roy' });
    fireEvent.click(within(samAttendance).getByRole('button', { name: 'Présence' }));
    await waitFor(() => expect(within(samAttendance).getByRole('button', { name: 'Présence' }).getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(quorumCount()).toBe('Organisations membres 1 présent / 2 requis'));
  });
});
