import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  EndSpeechDocument,
  GiveFloorDocument,
  MeetingDocument,
  MeetingEventsDocument,
  MeetingFloorDocument,
  MeetingFloorEventsDocument,
  RequestToSpeakDocument,
  WithdrawRequestToSpeakDocument,
  type MeetingFloor,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { floor, speaker } from '../testing/floor-fixtures';
import { meeting, organizations } from '../testing/meeting-fixtures';
import { LiveRoomPage } from './live-room-page';

const { police, youth, school, city } = organizations;
const route = { route: '/meetings/meeting-1/live', path: '/meetings/:id/live' };
const inProgress = meeting({ status: 'IN_PROGRESS', currentItem: { __typename: 'AgendaItem', id: 'item-2' } });
const asMember = { ...inProgress, table: { ...inProgress.table, viewerRole: 'MEMBER' as const } };
const meetingQuery = (data: typeof inProgress) => ({
  request: { query: MeetingDocument, variables: { id: 'meeting-1' } },
  result: { data: { meeting: data } },
});
const floorQuery = (data: MeetingFloor) => ({ request: { query: MeetingFloorDocument, variables: { id: 'meeting-1' } }, result: { data: { meeting: data } } });
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };
const noFloorEvents = { request: { query: MeetingFloorEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

const sam = viewer({ id: 'user-sam', displayName: 'Sam Roy', organization: { __typename: 'Organization', id: youth.id, name: youth.name, acronym: null } });
const chair = viewer({ id: 'user-camille', displayName: 'Camille Tremblay' });

// Alex (police) speaks; Dominique (school) then Lou (city) wait; Alex already spoke once before.
const alexSpeaking = speaker('alex', 'Alex Martin', police, 'POLICE', 'SPEAKING', { startedAt: ago(75_000) });
const dominique = speaker('dominique', 'Dominique Roy', school, 'EDUCATION', 'WAITING');
const lou = speaker('lou', 'Lou Gagnon', city, 'MUNICIPAL', 'WAITING');
const alexEarlier = speaker('alex-1', 'Alex Martin', police, 'POLICE', 'DONE', { startedAt: '2027-01-12T14:21:00.000Z', endedAt: '2027-01-12T14:23:30.000Z' });
const list = floor({ speakers: [alexSpeaking, dominique, lou, alexEarlier] });

const speakersRegion = () => screen.findByRole('region', { name: 'Tour de parole' });
const said = (region: HTMLElement) => within(region).getAllByRole('status')[0];

describe('the speakers’ list of the live room', () => {
  afterEach(() => sessionStorage.clear());

  it('shows who has the floor with a ticking clock, who waits in calling order with their sector, and who has spoken', async () => {
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [meetingQuery(asMember), floorQuery(list), noEvents, noFloorEvents], me: sam });
    const region = await speakersRegion();
    const clock = await within(region).findByRole('timer');
    const block = clock.closest('.speakers__now') as HTMLElement;
    expect(within(block).getByText('Alex Martin')).toBeInTheDocument();
    expect(within(block).getByText(`${police.name} · Police`)).toBeInTheDocument();
    expect(clock.textContent).toMatch(/^01:1[5-6]$/);
    // The clock moves on its own, from the server's start time.
    await waitFor(() => expect(clock.textContent).toMatch(/^01:1[6-9]$/), { timeout: 2500 });

    const queue = within(region).getByRole('list', { name: 'En attente' });
    expect(
      within(queue)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([`Dominique Roy${school.name} · Éducation`, `Lou Gagnon${city.name} · Municipal`]);
    // Members follow; officers call.
    expect(within(region).queryByRole('button', { name: /Donner la parole/ })).toBeNull();
    expect(within(region).getByText('Intervention passée (1)')).toBeInTheDocument();
    expect(within(region).getByText('A parlé 02:30')).toBeInTheDocument();
    expect(region.textContent).not.toMatch(/WAITING|SPEAKING|EDUCATION|MUNICIPAL/);
  });

  it('lets a member raise a hand, see their place and lower it again, each said in the live region', async () => {
    const asking = speaker('sam', 'Sam Roy', youth, 'YOUTH_PROTECTION', 'WAITING');
    const request = { request: { query: RequestToSpeakDocument, variables: { meetingId: 'meeting-1' } }, result: { data: { requestToSpeak: asking } } };
    const withdraw = {
      request: { query: WithdrawRequestToSpeakDocument, variables: { id: 'sam' } },
      result: { data: { withdrawRequestToSpeak: { ...asking, status: 'WITHDRAWN' } } },
    };
    const waitingList = floor({ speakers: [alexSpeaking, dominique, asking] });
    const mocks = [
      meetingQuery(asMember),
      floorQuery(floor({ speakers: [alexSpeaking, dominique] })),
      noEvents,
      noFloorEvents,
      request,
      floorQuery(waitingList),
      withdraw,
      floorQuery(floor({ speakers: [alexSpeaking, dominique, { ...asking, status: 'WITHDRAWN' }] })),
    ];
    renderWithProviders(<LiveRoomPage />, { ...route, mocks, me: sam });
    const region = await speakersRegion();
    fireEvent.click(await within(region).findByRole('button', { name: 'Demander la parole' }));

    expect(await within(region).findByText('Vous êtes en position 2 sur la liste.')).toBeInTheDocument();
    expect(within(region).getByText('Sam Roy (vous)')).toBeInTheDocument();
    // The live region is written after the list shows the new place (a later render).
    await waitFor(() => expect(said(region)).toHaveTextContent('Votre demande de parole est enregistrée.'));
    fireEvent.click(within(region).getByRole('button', { name: 'Retirer ma demande' }));
    expect(await within(region).findByRole('button', { name: 'Demander la parole' })).toBeInTheDocument();
    await waitFor(() => expect(said(region)).toHaveTextContent('Votre demande de parole est retirée.'));
    expect(within(region).getByText('Demande retirée')).toBeInTheDocument();
  });

  it('says in words that one is already on the list', async () => {
    const refused = {
      request: { query: RequestToSpeakDocument, variables: { meetingId: 'meeting-1' } },
      result: { errors: [{ message: 'You are already on the speakers’ list of this item.', extensions: { code: 'CONFLICT' } }] },
    };
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [meetingQuery(asMember), floorQuery(list), noEvents, noFloorEvents, refused], me: sam });
    const region = await speakersRegion();
    fireEvent.click(await within(region).findByRole('button', { name: 'Demander la parole' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent('Vous êtes déjà sur la liste de ce point.');
  });

  it('lets the chair give the floor to the next one, end a speech and withdraw a request', async () => {
    const called = { ...dominique, status: 'SPEAKING' as const, startedAt: ago(0) };
    const alexDone = { ...alexSpeaking, status: 'DONE' as const, endedAt: ago(0) };
    const give = { request: { query: GiveFloorDocument, variables: { id: 'dominique' } }, result: { data: { giveFloor: called } } };
    const afterGive = floor({ speakers: [called, lou, alexEarlier, alexDone] });
    const end = {
      request: { query: EndSpeechDocument, variables: { meetingId: 'meeting-1' } },
      result: {
        data: { endSpeech: { __typename: 'Meeting', id: 'meeting-1', speakers: [lou, alexEarlier, alexDone, { ...called, status: 'DONE', endedAt: ago(0) }] } },
      },
    };
    const withdraw = {
      request: { query: WithdrawRequestToSpeakDocument, variables: { id: 'lou' } },
      result: { data: { withdrawRequestToSpeak: { ...lou, status: 'WITHDRAWN' } } },
    };
    const afterWithdraw = floor({ speakers: [alexEarlier, alexDone, { ...called, status: 'DONE' }, { ...lou, status: 'WITHDRAWN' }] });
    const mocks = [meetingQuery(inProgress), floorQuery(list), noEvents, noFloorEvents, give, floorQuery(afterGive), end, withdraw, floorQuery(afterWithdraw)];
    renderWithProviders(<LiveRoomPage />, { ...route, mocks, me: chair });
    const region = await speakersRegion();

    fireEvent.click(await within(region).findByRole('button', { name: 'Donner la parole à Dominique Roy' }));
    await waitFor(() => expect((region.querySelector('.speakers__now') as HTMLElement).textContent).toContain('Dominique Roy'));
    await waitFor(() => expect(said(region)).toHaveTextContent('Dominique Roy a la parole.'));

    fireEvent.click(within(region).getByRole('button', { name: 'Terminer l’intervention de Dominique Roy' }));
    expect(await within(region).findByText('Personne n’a la parole.')).toBeInTheDocument();
    await waitFor(() => expect(said(region)).toHaveTextContent('L’intervention est terminée.'));

    fireEvent.click(within(region).getByRole('button', { name: 'Retirer la demande de Lou Gagnon' }));
    expect(await within(region).findByText('Personne n’attend son tour.')).toBeInTheDocument();
  });

  it('waits for a current item, and speaks English to English readers', async () => {
    const { unmount } = renderWithProviders(<LiveRoomPage />, {
      ...route,
      mocks: [meetingQuery({ ...asMember, currentItem: null }), floorQuery(floor()), noEvents, noFloorEvents],
      me: sam,
    });
    expect(await within(await speakersRegion()).findByText('Le tour de parole suit le point en cours : aucun point n’est en cours.')).toBeInTheDocument();
    unmount();

    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [meetingQuery(asMember), floorQuery(list), noEvents, noFloorEvents], me: sam, language: 'en' });
    const region = await screen.findByRole('region', { name: 'Speakers’ list' });
    expect((await within(region).findAllByText(`${police.name} · Police`)).length).toBe(2);
    expect(within(region).getByText(`${school.name} · Education`)).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Ask to speak' })).toBeInTheDocument();
    expect(within(region).getByText('Past speech (1)')).toBeInTheDocument();
  });

  it('announces who gets the floor when the chair gives it elsewhere, through the live event', async () => {
    const event = {
      request: { query: MeetingFloorEventsDocument, variables: { meetingId: 'meeting-1' } },
      delay: 50,
      result: {
        data: {
          meetingEvents: {
            __typename: 'MeetingEvent',
            kind: 'SPEAKERS_CHANGED',
            at: new Date().toISOString(),
            actor: { __typename: 'User', id: 'user-camille', displayName: 'Camille Tremblay' },
            meeting: floor({ speakers: [{ ...dominique, status: 'SPEAKING', startedAt: ago(0) }, lou, alexEarlier] }),
          },
        },
      },
    };
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [meetingQuery(asMember), floorQuery(list), noEvents, event], me: sam });
    const region = await speakersRegion();
    await within(region).findByRole('timer');
    await waitFor(() => expect(said(region)).toHaveTextContent('Dominique Roy a la parole.'));
  });
});
