import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  DecideReferralDocument,
  ReferralMeetingChoicesDocument,
  TableReferralsDocument,
  type ReferralItem,
  type TableRole,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { accepted, decision, provincial, referral, regional, scheduledItem } from '../testing/referral-fixtures';
import { TableReferralsPage } from './table-referrals-page';

function page(
  tableId: string,
  name: string,
  level: string,
  viewerRole: TableRole | null,
  incoming: ReferralItem[],
  outgoing: ReferralItem[],
  parent: { id: string } | null = null,
) {
  return {
    request: { query: TableReferralsDocument, variables: { id: tableId } },
    result: {
      data: {
        table: {
          __typename: 'RoundTable',
          id: tableId,
          name,
          level,
          viewerRole,
          archivedAt: null,
          parent: parent && { __typename: 'RoundTable', ...parent },
          incomingReferrals: incoming,
          outgoingReferrals: outgoing,
        },
      },
    },
  };
}

const meetingChoices = {
  // `from` is the moment the panel opened: any instant will do.
  request: {
    query: ReferralMeetingChoicesDocument,
    variables: (variables: Record<string, unknown>) => variables['id'] === 'table-prov' && typeof variables['from'] === 'string',
  },
  result: {
    data: {
      table: {
        __typename: 'RoundTable',
        id: 'table-prov',
        meetings: [
          {
            __typename: 'Meeting',
            id: 'meeting-prov',
            title: 'Rencontre provinciale de février',
            status: 'SCHEDULED',
            startsAt: '2027-02-10T14:00:00.000Z',
            timeZone: 'America/Toronto',
          },
          {
            __typename: 'Meeting',
            id: 'meeting-off',
            title: 'Rencontre annulée fictive',
            status: 'CANCELLED',
            startsAt: '2027-02-20T14:00:00.000Z',
            timeZone: 'America/Toronto',
          },
        ],
      },
    },
  },
};

const provincialRoute = { route: '/tables/table-prov/referrals', path: '/tables/:id/referrals' };
const regionalRoute = { route: '/tables/table-reg/referrals', path: '/tables/:id/referrals' };

describe('a table’s referrals page', () => {
  afterEach(() => localStorage.clear());

  it('lets the receiving chair accept a question into one of the table’s meetings', async () => {
    const pending = referral();
    const decided = accepted({ response: 'Merci, nous en traiterons en février.', scheduledItem: scheduledItem() });
    const decide = {
      request: {
        query: DecideReferralDocument,
        variables: { id: 'referral-1', accept: true, meetingId: 'meeting-prov', response: 'Merci, nous en traiterons en février.' },
      },
      result: { data: { decideReferral: decided } },
    };
    renderWithProviders(<TableReferralsPage />, {
      ...provincialRoute,
      mocks: [page('table-prov', 'Table provinciale fictive', 'PROVINCIAL', 'CHAIR', [pending], []), meetingChoices, decide],
      me: viewer(),
    });

    const received = await screen.findByRole('region', { name: 'Reçues' });
    expect(screen.getByRole('heading', { level: 2, name: 'Références' })).toBeInTheDocument();
    const card = within(received).getByRole('listitem', { name: 'Harmoniser les protocoles fictifs' });
    expect(within(card).getByText('En attente')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Table régionale fictive' }).getAttribute('href')).toBe('/tables/table-reg');
    expect(within(received).getByText('1 en attente de réponse')).toBeInTheDocument();
    // A table that reports to no other sends nothing: no « Nouvelle référence ».
    expect(screen.queryByRole('button', { name: 'Nouvelle référence' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Envoyées' })).getByText('Aucune référence envoyée')).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Accepter la référence « Harmoniser les protocoles fictifs »' }));
    const panel = await within(card).findByRole('form', { name: 'Accepter « Harmoniser les protocoles fictifs »' });
    const meeting = await within(panel).findByRole('combobox', { name: 'Rencontre' });
    // Cancelled and adjourned meetings cannot take it.
    expect(
      within(meeting)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Sans rencontre pour l’instant', expect.stringContaining('Rencontre provinciale de février — ')]);
    fireEvent.change(meeting, { target: { value: 'meeting-prov' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Note à la table qui a envoyé la question (facultatif)' }), {
      target: { value: 'Merci, nous en traiterons en février.' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Accepter…' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Accepter cette référence ?' });
    expect(within(dialog).getByText(/sera ajoutée à l’ordre du jour de « Rencontre provinciale de février »/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accepter' }));

    expect(
      await screen.findByText('La référence « Harmoniser les protocoles fictifs » est inscrite à l’ordre du jour de « Rencontre provinciale de février ».'),
    ).toBeInTheDocument();
    expect(within(card).getByText('Acceptée')).toBeInTheDocument();
    expect(within(card).getByText('Merci, nous en traiterons en février.')).toBeInTheDocument();
    expect(
      within(card)
        .getByRole('link', { name: /Rencontre provinciale de février/ })
        .getAttribute('href'),
    ).toBe('/meetings/meeting-prov#item-item-prov-9');
    expect(within(card).queryByRole('button', { name: /Accepter/ })).toBeNull();
  });

  it('asks for the meeting of a question accepted for later', async () => {
    const later = accepted({ response: null });
    const decide = {
      request: { query: DecideReferralDocument, variables: { id: 'referral-1', accept: true, meetingId: 'meeting-prov' } },
      result: { data: { decideReferral: accepted({ scheduledItem: scheduledItem() }) } },
    };
    renderWithProviders(<TableReferralsPage />, {
      ...provincialRoute,
      mocks: [page('table-prov', 'Table provinciale fictive', 'PROVINCIAL', 'SECRETARY', [later], []), meetingChoices, decide],
      me: viewer(),
    });
    const card = await screen.findByRole('listitem', { name: 'Harmoniser les protocoles fictifs' });
    expect(within(card).getByText('Acceptée, pas encore inscrite à une rencontre.')).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Inscrire « Harmoniser les protocoles fictifs » à une rencontre' }));
    const panel = await within(card).findByRole('form', { name: 'Inscrire « Harmoniser les protocoles fictifs » à une rencontre' });
    await within(panel).findByRole('combobox', { name: 'Rencontre' });
    // Here the meeting is what is asked for.
    fireEvent.click(within(panel).getByRole('button', { name: 'Inscrire…' }));
    expect(within(panel).getByText('Choisissez la rencontre où inscrire la question.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.change(within(panel).getByRole('combobox', { name: 'Rencontre' }), { target: { value: 'meeting-prov' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Inscrire…' }));
    fireEvent.click(within(await screen.findByRole('alertdialog', { name: 'Accepter cette référence ?' })).getByRole('button', { name: 'Inscrire' }));
    expect(
      await screen.findByText('La référence « Harmoniser les protocoles fictifs » est inscrite à l’ordre du jour de « Rencontre provinciale de février ».'),
    ).toBeInTheDocument();
  });

  it('lets the receiving secretary decline with a response, after asking', async () => {
    const pending = referral();
    const declined = referral({ status: 'DECLINED', response: 'Ne relève pas de notre mandat fictif.', decidedAt: '2027-01-20T15:00:00.000Z' });
    const decide = {
      request: { query: DecideReferralDocument, variables: { id: 'referral-1', accept: false, response: 'Ne relève pas de notre mandat fictif.' } },
      result: { data: { decideReferral: declined } },
    };
    renderWithProviders(<TableReferralsPage />, {
      ...provincialRoute,
      mocks: [page('table-prov', 'Table provinciale fictive', 'PROVINCIAL', 'SECRETARY', [pending], []), decide],
      me: viewer(),
    });
    const card = await screen.findByRole('listitem', { name: 'Harmoniser les protocoles fictifs' });

    fireEvent.click(within(card).getByRole('button', { name: 'Refuser la référence « Harmoniser les protocoles fictifs »' }));
    const panel = await within(card).findByRole('form', { name: 'Refuser « Harmoniser les protocoles fictifs »' });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Réponse à la table qui a envoyé la question' }), {
      target: { value: '  Ne relève pas de notre mandat fictif. ' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Refuser…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Refuser cette référence ?' });
    // « Annuler » is the safe answer: nothing is sent.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Refuser…' }));
    fireEvent.click(within(await screen.findByRole('alertdialog', { name: 'Refuser cette référence ?' })).getByRole('button', { name: 'Refuser' }));

    expect(await screen.findByText('La référence « Harmoniser les protocoles fictifs » est refusée.')).toBeInTheDocument();
    expect(within(card).getByText('Refusée')).toBeInTheDocument();
    expect(within(card).getByText('Ne relève pas de notre mandat fictif.')).toBeInTheDocument();

    // The filter keeps the queue to one status.
    const filter = screen.getByRole('combobox', { name: 'Filtrer par statut' });
    fireEvent.change(filter, { target: { value: 'PENDING' } });
    expect(await screen.findByText('Aucune référence reçue avec ce statut')).toBeInTheDocument();
    fireEvent.change(filter, { target: { value: 'DECLINED' } });
    expect(await screen.findByRole('listitem', { name: 'Harmoniser les protocoles fictifs' })).toBeInTheDocument();
  });

  it('shows the sending table the status, the response and the decisions taken', async () => {
    const answered = accepted({
      fromTable: regional('MEMBER'),
      toTable: provincial(null),
      response: 'Inscrite à notre rencontre de février.',
      scheduledItem: scheduledItem(),
      outcomeDecisions: [decision('decision-1', 'Adopter la démarche fictive', { votesFor: 5, votesAgainst: 1, abstentions: 0 })],
    });
    const declined = referral({
      id: 'referral-2',
      title: 'Question refusée fictive',
      status: 'DECLINED',
      response: 'Hors mandat fictif.',
      fromTable: regional('MEMBER'),
      toTable: provincial(null),
    });
    renderWithProviders(<TableReferralsPage />, {
      ...regionalRoute,
      mocks: [page('table-reg', 'Table régionale fictive', 'REGIONAL', 'MEMBER', [], [answered, declined], { id: 'table-prov' })],
      me: viewer(),
    });
    const sent = await screen.findByRole('region', { name: 'Envoyées' });
    const card = within(sent).getByRole('listitem', { name: 'Harmoniser les protocoles fictifs' });
    expect(within(card).getByText('Acceptée')).toBeInTheDocument();
    expect(within(card).getByText('Inscrite à notre rencontre de février.')).toBeInTheDocument();
    // The receiving table's meeting is not theirs to open: named, not linked.
    expect(within(card).getByText(/« Rencontre provinciale de février », le/)).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /Rencontre provinciale de février/ })).toBeNull();
    const decisions = within(card).getByRole('list', { name: 'Décisions prises' });
    expect(within(decisions).getByText('Adoptée')).toBeInTheDocument();
    expect(within(decisions).getByText('Adopter la démarche fictive')).toBeInTheDocument();
    expect(within(decisions).getByText('Pour 5 · Contre 1 · Abstentions 0')).toBeInTheDocument();

    const refused = within(sent).getByRole('listitem', { name: 'Question refusée fictive' });
    expect(within(refused).getByText('Refusée')).toBeInTheDocument();
    expect(within(refused).getByText('Hors mandat fictif.')).toBeInTheDocument();
    expect(within(refused).queryByRole('list', { name: 'Décisions prises' })).toBeNull();

    // A member neither sends nor answers.
    expect(screen.queryByRole('button', { name: 'Nouvelle référence' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Reçues' })).getByText('Aucune référence reçue')).toBeInTheDocument();
  });

  it('tells those who do not sit at the table that its referrals are not theirs to see', async () => {
    renderWithProviders(<TableReferralsPage />, {
      ...regionalRoute,
      mocks: [page('table-reg', 'Table régionale fictive', 'REGIONAL', null, [], [])],
      me: viewer(),
    });
    expect(await screen.findByText('Seules les personnes qui siègent à cette table voient ses références.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Reçues' })).toBeNull();
  });
});
