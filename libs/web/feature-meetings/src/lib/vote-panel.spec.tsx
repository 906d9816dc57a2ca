import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  CancelVoteDocument,
  CastBallotDocument,
  CloseVoteDocument,
  MeetingDocument,
  MeetingEventsDocument,
  MeetingFloorDocument,
  MeetingFloorEventsDocument,
  OpenVoteDocument,
  type MeetingFloor,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { ballot, floor, vote } from '../testing/floor-fixtures';
import { meeting, organizations } from '../testing/meeting-fixtures';
import { LiveRoomPage } from './live-room-page';

const { police, youth, school, city } = organizations;
const route = { route: '/meetings/meeting-1/live', path: '/meetings/:id/live' };
const nbsp = '\u00a0';
const quorate = { __typename: 'Quorum' as const, required: 2, present: 3, reached: true };
const inProgress = meeting({ status: 'IN_PROGRESS', currentItem: { __typename: 'AgendaItem', id: 'item-2' }, quorum: quorate });
const asMember = { ...inProgress, table: { ...inProgress.table, viewerRole: 'MEMBER' as const } };
const meetingQuery = (data: typeof inProgress) => ({
  request: { query: MeetingDocument, variables: { id: 'meeting-1' } },
  result: { data: { meeting: data } },
});
const floorQuery = (data: MeetingFloor) => ({ request: { query: MeetingFloorDocument, variables: { id: 'meeting-1' } }, result: { data: { meeting: data } } });
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };
const noFloorEvents = { request: { query: MeetingFloorEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };

/** Sam sits for the youth centre, which holds the police service's proxy. */
const sam = viewer({ id: 'user-sam', displayName: 'Sam Roy', organization: { __typename: 'Organization', id: youth.id, name: youth.name, acronym: null } });
const chair = viewer({ id: 'user-camille', organization: { __typename: 'Organization', id: police.id, name: police.name, acronym: null } });
const named = (organization: typeof police) => ({ __typename: 'Organization' as const, id: organization.id, name: organization.name });

const votesRegion = () => screen.findByRole('region', { name: 'Votes' });
/** The votes panel's polite live region (the page has others: the current item, the quorum). */
const said = (region: HTMLElement) => within(region).getAllByRole('status')[0];

describe('the votes of the live room', () => {
  afterEach(() => sessionStorage.clear());

  it('lets a member vote for their organization and, through its proxy, for another, with the turnout but never how others voted', async () => {
    const open = vote({ ballots: [] }, [school]);
    const cast = {
      request: { query: CastBallotDocument, variables: { voteId: 'vote-1', organizationId: police.id, choice: 'NO' } },
      result: { data: { castBallot: ballot(police, 'NO', { byProxy: true }) } },
    };
    const mocks = [
      meetingQuery(asMember),
      floorQuery(floor({ votes: [open], viewerBallotOrganizations: [named(youth), named(police)] })),
      noEvents,
      noFloorEvents,
      cast,
    ];
    renderWithProviders(<LiveRoomPage />, { ...route, mocks, me: sam });

    const region = await votesRegion();
    const card = await within(region).findByRole('article', { name: 'Adopter le plan d’action fictif ?' });
    expect(within(card).getByText('Vote en cours')).toBeInTheDocument();
    expect(within(card).getByText('Point : Bilan des signalements')).toBeInTheDocument();
    expect(within(card).getByText(/Pour, contre ou abstention · Majorité simple/)).toBeInTheDocument();
    // Who has voted, not how.
    expect(within(card).getByText('1 organisation sur 4 a voté')).toBeInTheDocument();
    const turnout = within(card).getByRole('list', { name: 'Participation' });
    expect(within(turnout).getByText(school.name).parentElement).toHaveTextContent('A voté');
    expect(within(turnout).getByText(city.name).parentElement).toHaveTextContent('N’a pas encore voté');
    // The chair's words for the answers, never YES/NO/ABSTAIN.
    const own = within(card).getByRole('group', { name: `Voter pour ${youth.name}` });
    expect(
      within(own)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['Pour', 'Contre', 'Abstention']);
    expect(card.textContent).not.toMatch(/YES|ABSTAIN|SIMPLE_MAJORITY/);

    const proxied = within(card).getByRole('group', { name: `Voter pour ${police.name} (procuration)` });
    // « Voter » without a choice asks for one first.
    fireEvent.click(within(card).getByRole('button', { name: `Voter pour ${police.name} (procuration)` }));
    expect(within(proxied).getByText('Choisissez une réponse.')).toBeInTheDocument();
    fireEvent.click(within(proxied).getByRole('radio', { name: 'Contre' }));
    fireEvent.click(within(card).getByRole('button', { name: `Voter pour ${police.name} (procuration)` }));

    expect(await within(card).findByText(`Vote enregistré pour ${police.name} : Contre.`)).toBeInTheDocument();
    await waitFor(() => expect(said(region)).toHaveTextContent(`Votre vote pour ${police.name} est enregistré : Contre.`));
    expect(within(card).getByText('2 organisations sur 4 ont voté')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: `Changer le vote pour ${police.name}` })).toBeInTheDocument();
    // The youth centre has not voted yet: its own ballot still waits.
    expect(within(card).getByRole('button', { name: `Voter pour ${youth.name}` })).toBeInTheDocument();
  });

  it('says in words why a ballot was refused', async () => {
    const refused = {
      request: { query: CastBallotDocument, variables: { voteId: 'vote-1', organizationId: youth.id, choice: 'YES' } },
      result: { errors: [{ message: 'This vote is closed: ballots are no longer taken.', extensions: { code: 'FORBIDDEN' } }] },
    };
    const mocks = [meetingQuery(asMember), floorQuery(floor({ votes: [vote()], viewerBallotOrganizations: [named(youth)] })), noEvents, noFloorEvents, refused];
    renderWithProviders(<LiveRoomPage />, { ...route, mocks, me: sam });
    const card = await within(await votesRegion()).findByRole('article');
    fireEvent.click(within(card).getByRole('radio', { name: 'Pour' }));
    fireEvent.click(within(card).getByRole('button', { name: `Voter pour ${youth.name}` }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Votre vote n’a pas été enregistré');
    expect(card.textContent).not.toContain('ballots are no longer taken');
  });

  it('tells a member who votes for no organization why, and shows no ballot', async () => {
    renderWithProviders(<LiveRoomPage />, {
      ...route,
      mocks: [meetingQuery(asMember), floorQuery(floor({ votes: [vote()] })), noEvents, noFloorEvents],
      me: sam,
    });
    const region = await votesRegion();
    expect(await within(region).findByText(/Vous ne votez pour aucune organisation à cette rencontre/)).toBeInTheDocument();
    expect(within(region).queryByRole('radio')).toBeNull();
    expect(within(region).queryByRole('button', { name: 'Clore le vote' })).toBeNull();
  });

  it('lets the chair open a choice vote, checking the options first, then lands on it and announces it', async () => {
    const opened = vote({
      id: 'vote-2',
      question: 'Quel lieu pour la prochaine rencontre ?',
      method: 'CHOICE',
      options: ['Salle 200', 'En ligne'],
      threshold: 'TWO_THIRDS',
    });
    const open = {
      request: {
        query: OpenVoteDocument,
        variables: {
          input: {
            agendaItemId: 'item-2',
            question: 'Quel lieu pour la prochaine rencontre ?',
            method: 'CHOICE',
            threshold: 'TWO_THIRDS',
            secret: true,
            options: ['Salle 200', 'En ligne'],
          },
        },
      },
      result: { data: { openVote: { ...opened, secret: true } } },
    };
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [meetingQuery(inProgress), floorQuery(floor()), noEvents, noFloorEvents, open], me: chair });
    const region = await votesRegion();
    expect(await within(region).findByText('Aucun vote pour cette rencontre.')).toBeInTheDocument();
    fireEvent.click(within(region).getByRole('button', { name: 'Ouvrir un vote' }));

    const form = within(region).getByRole('form', { name: 'Ouvrir un vote' });
    // The current item is chosen, and focus went to the form.
    expect((within(form).getByRole('combobox', { name: /Point de l’ordre du jour/ }) as HTMLSelectElement).value).toBe('item-2');
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: /Point de l’ordre du jour/ }));
    fireEvent.change(within(form).getByRole('textbox', { name: /Question soumise au vote/ }), { target: { value: 'Quel lieu pour la prochaine rencontre ?' } });
    fireEvent.click(within(form).getByRole('radio', { name: 'Choix entre des options' }));
    fireEvent.click(within(form).getByRole('radio', { name: /Majorité des deux tiers/ }));
    expect(within(form).getByText('Une option obtient au moins les deux tiers des votes exprimés.')).toBeInTheDocument();
    fireEvent.change(within(form).getByRole('textbox', { name: 'Option 1' }), { target: { value: 'Salle 200' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Option 2' }), { target: { value: ' salle 200 ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ouvrir le vote' }));
    expect(within(form).getByText('Les options doivent toutes être différentes.')).toBeInTheDocument();

    fireEvent.change(within(form).getByRole('textbox', { name: 'Option 2' }), { target: { value: 'En ligne' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ajouter une option' }));
    expect(within(form).getByRole('textbox', { name: 'Option 3' })).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Retirer l’option 3' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Vote secret' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Ouvrir le vote' }));

    const card = await within(region).findByRole('article', { name: 'Quel lieu pour la prochaine rencontre ?' });
    // The card comes with the cache's update, the form closes when the mutation settles: either may come first.
    await waitFor(() => expect(within(region).queryByRole('form', { name: 'Ouvrir un vote' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByRole('heading', { name: 'Quel lieu pour la prochaine rencontre ?' })));
    expect(within(card).getByText('Vote secret')).toBeInTheDocument();
    expect(within(card).getByText(/Choix entre des options · Majorité des deux tiers/)).toBeInTheDocument();
    await waitFor(() => expect(said(region)).toHaveTextContent(`Vote ouvert : Quel lieu pour la prochaine rencontre ?`));
  });

  it('keeps the chair from opening a vote without quorum, and says why', async () => {
    const noQuorum = { ...inProgress, quorum: { ...quorate, present: 1, reached: false } };
    renderWithProviders(<LiveRoomPage />, { ...route, mocks: [meetingQuery(noQuorum), floorQuery(floor()), noEvents, noFloorEvents], me: chair });
    const region = await votesRegion();
    fireEvent.click(await within(region).findByRole('button', { name: 'Ouvrir un vote' }));
    expect(within(region).getByText(`Le quorum n’est pas atteint : un vote ne peut pas encore être ouvert.`)).toBeInTheDocument();
    expect((within(region).getByRole('button', { name: 'Ouvrir le vote' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(region).getByRole('button', { name: 'Fermer le formulaire' }));
    await waitFor(() => expect(document.activeElement).toBe(within(region).getByRole('button', { name: 'Ouvrir un vote' })));
  });

  it('closes a vote only once asked, then shows the result as bars and as a table of the same numbers', async () => {
    const open = vote({ ballots: [] }, [police, youth, school]);
    const closed = vote({
      status: 'CLOSED',
      closedAt: '2027-01-12T14:50:00.000Z',
      passed: true,
      results: [
        { __typename: 'OptionCount', option: 'YES', count: 2 },
        { __typename: 'OptionCount', option: 'NO', count: 1 },
        { __typename: 'OptionCount', option: 'ABSTAIN', count: 0 },
      ],
      ballots: [ballot(police, 'YES'), ballot(youth, 'NO', { byProxy: true }), ballot(school, 'YES')],
      votedOrganizations: [police, youth, school].map((organization) => ({ __typename: 'Organization' as const, id: organization.id })),
      decision: { __typename: 'Decision', id: 'decision-1', outcome: 'ADOPTED' },
    });
    const close = { request: { query: CloseVoteDocument, variables: { id: 'vote-1' } }, result: { data: { closeVote: closed } } };
    renderWithProviders(<LiveRoomPage />, {
      ...route,
      mocks: [meetingQuery(inProgress), floorQuery(floor({ votes: [open] })), noEvents, noFloorEvents, close],
      me: chair,
    });
    const region = await votesRegion();
    const card = await within(region).findByRole('article', { name: 'Adopter le plan d’action fictif ?' });

    fireEvent.click(within(card).getByRole('button', { name: 'Clore le vote' }));
    const dialog = screen.getByRole('alertdialog', { name: `Clore le vote${nbsp}?` });
    expect(within(dialog).getByText('3 organisations sur 4 ont voté')).toBeInTheDocument();
    // The safe answer first: nothing is closed by a stray Enter.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clore le vote' }));

    expect(await within(card).findByText('Seuil atteint : Majorité simple.')).toBeInTheDocument();
    expect(within(card).getByText('Adoptée')).toBeInTheDocument();
    expect(within(card).getByText('Vote clos')).toBeInTheDocument();
    const table = within(card).getByRole('table', { name: `Résultats${nbsp}: Adopter le plan d’action fictif ?` });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['RéponseVotes', 'Pour2', 'Contre1', 'Abstention0', 'Total3']);
    // The bars say the same numbers, hidden from assistive technology (the table is what it reads).
    const chart = card.querySelector('.vote-chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    expect(Array.from(card.querySelectorAll<HTMLElement>('.vote-chart__bar')).map((bar) => bar.style.width)).toEqual(['100%', '50%', '0%']);
    expect(within(card).getByText(`${youth.name} : Contre`).parentElement).toHaveTextContent('par procuration');
    expect(within(card).getByText('La décision est consignée au procès-verbal.')).toBeInTheDocument();
    await waitFor(() => expect(said(region)).toHaveTextContent(`Vote clos : Adopter le plan d’action fictif ? Adoptée (Majorité simple).`));
    // The close button went with the open vote: focus is on the vote's question, above its result.
    expect(document.activeElement).toBe(within(card).getByRole('heading', { name: 'Adopter le plan d’action fictif ?' }));
  });

  it('cancels a vote only once asked, and keeps it open when the chair thinks better of it', async () => {
    const cancelled = vote({ status: 'CANCELLED', closedAt: '2027-01-12T14:50:00.000Z' });
    const cancel = { request: { query: CancelVoteDocument, variables: { id: 'vote-1' } }, result: { data: { cancelVote: cancelled } } };
    renderWithProviders(<LiveRoomPage />, {
      ...route,
      mocks: [meetingQuery(inProgress), floorQuery(floor({ votes: [vote()] })), noEvents, noFloorEvents, cancel],
      me: chair,
    });
    const card = await within(await votesRegion()).findByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'Annuler le vote' }));
    fireEvent.click(within(screen.getByRole('alertdialog', { name: `Annuler le vote${nbsp}?` })).getByRole('button', { name: 'Garder le vote ouvert' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(card).getByText('Vote en cours')).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Annuler le vote' }));
    const dialog = screen.getByRole('alertdialog', { name: `Annuler le vote${nbsp}?` });
    expect(within(dialog).getByText('Le vote prendra fin sans résultat ni décision.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler le vote' }));
    expect(await within(card).findByText(`Ce vote a été annulé : il n’a ni résultat ni décision.`)).toBeInTheDocument();
  });

  it('keeps a secret vote secret: who voted, never how, except one’s own ballot', async () => {
    const secret = vote({
      secret: true,
      status: 'CLOSED',
      passed: false,
      method: 'CHOICE',
      options: ['Salle 200', 'En ligne'],
      threshold: 'UNANIMITY',
      results: [
        { __typename: 'OptionCount', option: 'Salle 200', count: 1 },
        { __typename: 'OptionCount', option: 'En ligne', count: 1 },
      ],
      ballots: [ballot(youth, 'En ligne'), ballot(police, null)],
    });
    renderWithProviders(<LiveRoomPage />, {
      ...route,
      mocks: [meetingQuery(asMember), floorQuery(floor({ votes: [secret] })), noEvents, noFloorEvents],
      me: sam,
    });
    const card = await within(await votesRegion()).findByRole('article');
    expect(within(card).getByText('Seuil non atteint : Unanimité.')).toBeInTheDocument();
    expect(within(card).getByText('Rejetée')).toBeInTheDocument();
    expect(within(card).getByText(`Vote secret : on sait quelles organisations ont voté, jamais comment.`)).toBeInTheDocument();
    expect(within(card).getByText(`${police.name} : a voté`)).toBeInTheDocument();
    expect(within(card).getByText(`${youth.name} : En ligne`)).toBeInTheDocument();
  });

  it('announces a vote another officer opens, as its live event brings it', async () => {
    const opened = floor({ votes: [vote()], viewerBallotOrganizations: [named(youth)] });
    const event = {
      request: { query: MeetingFloorEventsDocument, variables: { meetingId: 'meeting-1' } },
      delay: 50,
      result: {
        data: {
          meetingEvents: {
            __typename: 'MeetingEvent',
            kind: 'VOTE_OPENED',
            at: '2027-01-12T14:30:00.000Z',
            actor: { __typename: 'User', id: 'user-camille', displayName: 'Camille Tremblay' },
            meeting: opened,
          },
        },
      },
    };
    renderWithProviders(<LiveRoomPage />, {
      ...route,
      mocks: [meetingQuery(asMember), floorQuery(floor({ viewerBallotOrganizations: [named(youth)] })), noEvents, event],
      me: sam,
    });
    const region = await votesRegion();
    expect(await within(region).findByRole('article', { name: 'Adopter le plan d’action fictif ?' })).toBeInTheDocument();
    await waitFor(() => expect(said(region)).toHaveTextContent(`Vote ouvert : Adopter le plan d’action fictif ?`));
  });

  it('speaks English to English readers', async () => {
    renderWithProviders(<LiveRoomPage />, {
      ...route,
      mocks: [meetingQuery(asMember), floorQuery(floor({ votes: [vote()], viewerBallotOrganizations: [named(youth)] })), noEvents, noFloorEvents],
      me: sam,
      language: 'en',
    });
    const card = await within(await screen.findByRole('region', { name: 'Votes' })).findByRole('article');
    expect(within(card).getByText('Vote open')).toBeInTheDocument();
    expect(within(card).getByText(/For, against or abstain · Simple majority/)).toBeInTheDocument();
    expect(within(card).getByText('0 organizations of 4 have voted')).toBeInTheDocument();
    const group = within(card).getByRole('group', { name: `Vote for ${youth.name}` });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.parentElement?.textContent),
    ).toEqual(['For', 'Against', 'Abstain']);
  });
});
