import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { WhatNeedsMeDocument, type WhatNeedsMeQuery } from '@concertation/web-data-access';
import { paths } from '@concertation/shared-paths';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { HomePage } from './home-page';

type Home = WhatNeedsMeQuery['whatNeedsMe'];
type Decision = Home['decisions'][number];

const table = (id: string, name: string) => ({ __typename: 'RoundTable' as const, id, name });
const regional = table('table-1', 'Table régionale fictive de Montréal');

function decision(kind: Decision['kind'], targetId: string, title: string, extra: Partial<Decision> = {}): Decision {
  return {
    __typename: 'PendingDecision',
    kind,
    targetId,
    title,
    detail: null,
    waitingSince: '2026-11-20T15:00:00.000Z',
    dueAt: null,
    table: regional,
    ...extra,
  };
}

function home(overrides: Partial<Home> = {}): Home {
  return { __typename: 'WhatNeedsMe', decisions: [], myPendingMemberships: [], actionItems: [], nextMeetings: [], ...overrides };
}

const mock = (whatNeedsMe: Home) => [{ request: { query: WhatNeedsMeDocument }, result: { data: { whatNeedsMe } } }];

const organization = { __typename: 'Organization' as const, id: 'org-1', name: 'Service de police fictif', acronym: null };

// The first render of a page with its Apollo cache takes seconds on a busy shared machine.
describe('HomePage: what needs me now', { timeout: 15_000 }, () => {
  it('shows a chair each decision with its one next step', async () => {
    const data = home({
      decisions: [
        decision('CONSULTATION_TO_CLOSE', 'consultation-1', 'Consultation fictive sur le protocole', { dueAt: '2026-12-10T22:00:00.000Z' }),
        decision('MEMBERSHIP_REQUEST', 'membership-1', 'Organisme communautaire fictif'),
        decision('REFERRAL', 'referral-1', 'Renvoi fictif sur l’hébergement'),
        decision('MINUTES_TO_APPROVE', 'meeting-9', 'Rencontre fictive de novembre'),
      ],
    });
    renderWithProviders(<HomePage />, { mocks: mock(data), me: viewer({ organization }) });
    const decisions = await screen.findByRole('region', { name: 'Décisions qui vous attendent' });
    // One role query for every link: each one computes every accessible name of the list.
    const links = within(decisions).getAllByRole('link');
    const step = (name: RegExp) => {
      const found = links.filter((link) => name.test(link.textContent ?? ''));
      expect(found).toHaveLength(1);
      return found[0];
    };
    expect(step(/^Examiner la demande/).getAttribute('href')).toBe(paths.table('table-1'));
    expect(step(/^Examiner la référence/).getAttribute('href')).toBe(paths.tableReferrals('table-1', { referral: 'referral-1' }));
    expect(step(/^Approuver le procès-verbal/).getAttribute('href')).toBe(paths.minutes('meeting-9'));
    expect(step(/^Voir les réponses et clore/).getAttribute('href')).toBe(paths.consultation('consultation-1'));
    // The link says what it opens, for those who hear it out of context.
    expect(step(/^Répondre|^Voir les réponses/).textContent).toContain('Consultation fictive sur le protocole');
    expect(within(decisions).getByText('Demande d’adhésion')).toBeInTheDocument();
    expect(within(decisions).getByText('Se termine le 10 décembre 2026')).toBeInTheDocument();
    expect(within(decisions).getAllByText('En attente depuis le 20 novembre 2026')).toHaveLength(3);
    // No code on screen.
    expect(document.body.textContent).not.toMatch(/MEMBERSHIP_REQUEST|CONSULTATION_TO_CLOSE|table-1/);
  });

  it('flags a member’s overdue and blocked items in words, first, each with a link to it', async () => {
    const data = home({
      actionItems: [
        {
          __typename: 'ActionItem',
          id: 'action-1',
          title: 'Action fictive en retard',
          status: 'OPEN',
          dueOn: '2026-12-01',
          overdue: true,
          table: regional,
        },
        { __typename: 'ActionItem', id: 'action-2', title: 'Action fictive bloquée', status: 'BLOCKED', dueOn: null, overdue: false, table: regional },
      ],
      decisions: [decision('CONSULTATION_TO_ANSWER', 'consultation-2', 'Consultation fictive à répondre', { dueAt: '2026-12-20T22:00:00.000Z' })],
    });
    renderWithProviders(<HomePage />, { mocks: mock(data), me: viewer({ organization }) });
    const actions = await screen.findByRole('region', { name: 'Vos actions' });
    const cards = within(actions).getAllByRole('listitem');
    expect(within(cards[0]).getByText('En retard')).toBeInTheDocument();
    expect(within(cards[0]).getByText('Échéance : 1 décembre 2026')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Bloquée')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Sans échéance')).toBeInTheDocument();
    expect(
      within(cards[0])
        .getByRole('link', { name: /^Ouvrir l’action/ })
        .getAttribute('href'),
    ).toBe(paths.actionItem('action-1'));
    expect(within(actions).getByRole('link', { name: 'Toutes mes actions' }).getAttribute('href')).toBe(paths.myActions());
    const decisions = screen.getByRole('region', { name: 'Décisions qui vous attendent' });
    expect(
      within(decisions)
        .getByRole('link', { name: /^Répondre/ })
        .getAttribute('href'),
    ).toBe(paths.consultation('consultation-2'));
  });

  it('shows the next meetings in the viewer’s time zone, a live one with the way in', async () => {
    const meeting = (id: string, title: string, status: 'SCHEDULED' | 'IN_PROGRESS', startsAt: string, endsAt: string) => ({
      __typename: 'Meeting' as const,
      id,
      title,
      status,
      startsAt,
      endsAt,
      timeZone: 'America/Toronto',
      location: null,
      onlineUrl: null,
      seriesId: null,
      agendaPublishedAt: null,
      cancelledReason: null,
      viewerRsvp: null,
      table: regional,
    });
    const data = home({
      nextMeetings: [
        meeting('meeting-1', 'Rencontre fictive en cours', 'IN_PROGRESS', '2026-12-07T14:00:00.000Z', '2026-12-07T16:00:00.000Z'),
        meeting('meeting-2', 'Rencontre fictive de décembre', 'SCHEDULED', '2026-12-14T14:00:00.000Z', '2026-12-14T16:00:00.000Z'),
      ],
    });
    renderWithProviders(<HomePage />, { mocks: mock(data), me: viewer({ organization }) });
    const meetings = await screen.findByRole('region', { name: 'Vos prochaines rencontres' });
    expect(within(meetings).getByText('En cours')).toBeInTheDocument();
    expect(
      within(meetings)
        .getByRole('link', { name: /^Rejoindre la rencontre/ })
        .getAttribute('href'),
    ).toBe(paths.liveMeeting('meeting-1'));
    expect(
      within(meetings)
        .getByRole('link', { name: /^Voir l’ordre du jour/ })
        .getAttribute('href'),
    ).toBe(paths.meeting('meeting-2'));
    // 14 h UTC is 9 h in Toronto.
    expect(within(meetings).getByText(/lundi 14 décembre 2026.*9 h/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Décisions qui vous attendent' })).toHaveTextContent('Aucune décision ne vous attend.');
  });

  it('shows a coordinator the affiliations to confirm, in English too', async () => {
    const data = home({ decisions: [decision('AFFILIATION', 'user-7', 'Alex Fictif', { detail: 'Organisme fictif X', table: null })] });
    renderWithProviders(<HomePage />, { mocks: mock(data), me: viewer({ platformRole: 'COORDINATOR' }), language: 'en' });
    const decisions = await screen.findByRole('region', { name: 'Waiting for your decision' });
    expect(within(decisions).getByText('Alex Fictif says they work for Organisme fictif X')).toBeInTheDocument();
    expect(
      within(decisions)
        .getByRole('link', { name: /^Confirm the affiliation/ })
        .getAttribute('href'),
    ).toBe(paths.affiliations());
    expect(screen.getByRole('link', { name: 'Create a table' })).toBeInTheDocument();
  });

  it('tells a requester their request is pending, and what to do when nothing waits', async () => {
    const data = home({
      myPendingMemberships: [
        { __typename: 'TableMembership', id: 'membership-2', status: 'PENDING', requestedAt: '2026-12-01T15:00:00.000Z', table: regional },
      ],
    });
    renderWithProviders(<HomePage />, { mocks: mock(data), me: viewer({ organization }) });
    expect(await screen.findByText(/Votre demande pour rejoindre « Table régionale fictive de Montréal » est en attente/)).toBeInTheDocument();
    expect(screen.queryByText('Rien ne vous attend')).toBeNull();
    expect(screen.queryByText(/aucune table/)).toBeNull();
  });

  it('says nothing waits, with the next thing to do', async () => {
    renderWithProviders(<HomePage />, { mocks: mock(home()), me: viewer({ organization }) });
    expect(await screen.findByText('Rien ne vous attend')).toBeInTheDocument();
    const browse = screen.getAllByRole('link', { name: 'Parcourir les tables de concertation' });
    expect(browse[0].getAttribute('href')).toBe(paths.tablesDirectory());
    expect(screen.queryByRole('region', { name: 'Vos actions' })).toBeNull();
  });

  it('asks someone with no organization to complete their profile first', async () => {
    renderWithProviders(<HomePage />, { mocks: mock(home()), me: viewer() });
    expect(await screen.findByText('Rien ne vous attend')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compléter mon profil' }).getAttribute('href')).toBe(paths.profile());
  });
});
