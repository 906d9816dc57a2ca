import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  MeetingDocument,
  MeetingEventsDocument,
  OrganizationMembersDocument,
  SendSubstituteDocument,
  WithdrawSubstituteDocument,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { camille, meeting, membership, organizations, person, sam, substitution } from '../testing/meeting-fixtures';
import { MeetingPage } from './meeting-page';

const { police, youth, school, city } = organizations;
const route = { route: '/meetings/meeting-1', path: '/meetings/:id' };
const query = (data: ReturnType<typeof meeting>) => ({
  request: { query: MeetingDocument, variables: { id: 'meeting-1' } },
  result: { data: { meeting: data } },
});
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };
const nbsp = '\u00a0';

/** Alex sits at the table for the police service, as its delegate. */
const alex = person('alex', 'Alex Martin', 'MEMBER');
const asAlex = (overrides: Parameters<typeof meeting>[0] = {}) =>
  meeting({
    ...overrides,
    table: {
      ...meeting().table,
      viewerRole: 'MEMBER',
      participants: [camille, sam, alex],
      memberships: [membership(police, alex), membership(youth, sam), membership(school), membership(city)],
    },
  });
const alexViewer = viewer({
  id: 'user-alex',
  displayName: 'Alex Martin',
  organization: { __typename: 'Organization', id: police.id, name: police.name, acronym: null },
});

// The police service's people: Camille and Alex sit at the table; Jo and Béa do not.
const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });
const policePeople = {
  request: { query: OrganizationMembersDocument, variables: { id: police.id } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: police.id,
        members: [user('user-camille', 'Camille Tremblay'), user('user-jo', 'Jo Gagnon'), user('user-alex', 'Alex Martin'), user('user-bea', 'Béa Roy')],
      },
    },
  },
};
const joSent = (note: string | null = null) => substitution('sub-1', police, ['jo', 'Jo Gagnon'], { replaces: ['alex', 'Alex Martin'], note });
const sendJo = (note: string | null, result: object) => ({
  request: { query: SendSubstituteDocument, variables: { meetingId: 'meeting-1', organizationId: police.id, userId: 'user-jo', note } },
  result,
});

const section = (name = 'Représentation') => screen.findByRole('region', { name });

describe('substitutes on the meeting page', () => {
  afterEach(() => sessionStorage.clear());

  it('lets a person of the organization send a colleague who does not sit at the table, with a note', async () => {
    const sent = sendJo('Merci de présenter notre bilan fictif.', { data: { sendSubstitute: joSent('Merci de présenter notre bilan fictif.') } });
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asAlex()), noEvents, policePeople, sent], me: alexViewer });
    const region = await section();
    expect(within(region).getByText('Délégué·e de Service de police fictif à cette table : Alex Martin.')).toBeInTheDocument();
    expect(within(region).getByText('Aucun remplacement pour Service de police fictif à cette rencontre.')).toBeInTheDocument();
    const form = await within(region).findByRole('form', { name: 'Envoyer un·e remplaçant·e' });
    const select = within(form).getByRole('combobox', { name: 'Personne à envoyer' });
    // Neither those who sit at the table (Camille, Alex) nor the sender.
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choisir…', 'Béa Roy', 'Jo Gagnon']);
    fireEvent.change(select, { target: { value: 'user-jo' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Mot pour cette personne (facultatif)' }), {
      target: { value: '  Merci de présenter notre bilan fictif.  ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer cette personne' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Jo Gagnon représentera Service de police fictif à cette rencontre. Un avis lui a été envoyé.',
    );
    expect(
      within(region).getByText('À cette rencontre, Jo Gagnon représente Service de police fictif à la place de Alex Martin, à la demande de Alex Martin.'),
    ).toBeInTheDocument();
    const list = within(region).getByRole('list', { name: 'Remplacements' });
    expect(within(list).getByText('Jo Gagnon représente Service de police fictif, à la demande de Alex Martin')).toBeInTheDocument();
    expect(within(list).getByText('Merci de présenter notre bilan fictif.')).toBeInTheDocument();
  });

  it('asks for a colleague and keeps the note within its length before anything is sent', async () => {
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asAlex()), noEvents, policePeople], me: alexViewer });
    const form = await within(await section()).findByRole('form', { name: 'Envoyer un·e remplaçant·e' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Mot pour cette personne (facultatif)' }), { target: { value: 'x'.repeat(1001) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer cette personne' }));
    expect(within(form).getByText('Faites un choix dans la liste.')).toBeInTheDocument();
    expect(within(form).getByText('Ce texte est trop long : 1000 caractères au plus.')).toBeInTheDocument();
  });

  it('says in words why the server refused, beside the colleague when it names them', async () => {
    const refusedPerson = sendJo(null, {
      errors: [{ message: 'This person already sits at this table.', extensions: { code: 'BAD_USER_INPUT', field: 'userId' } }],
    });
    const refused = sendJo(null, { errors: [{ message: 'Only the officers of this table may do this.', extensions: { code: 'FORBIDDEN' } }] });
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asAlex()), noEvents, policePeople, refusedPerson, refused], me: alexViewer });
    const form = await within(await section()).findByRole('form', { name: 'Envoyer un·e remplaçant·e' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Personne à envoyer' }), { target: { value: 'user-jo' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer cette personne' }));
    expect(
      await within(form).findByText(
        'Cette personne ne peut pas représenter Service de police fictif : il faut une personne confirmée de l’organisation qui ne siège pas déjà à la table.',
      ),
    ).toBeInTheDocument();
    expect(form).not.toHaveTextContent('already sits');

    fireEvent.change(within(form).getByRole('combobox', { name: 'Personne à envoyer' }), { target: { value: 'user-jo' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer cette personne' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(
      /seules la présidence et le secrétariat de la table, ou une personne de l’organisation qui siège à la table, peuvent envoyer/,
    );
    expect(alert).not.toHaveTextContent('FORBIDDEN');
    expect(alert).not.toHaveTextContent('Only the officers');
  });

  it('asks before replacing the standing substitute, then sends the new one', async () => {
    const bea = substitution('sub-2', police, ['bea', 'Béa Roy'], { replaces: ['alex', 'Alex Martin'] });
    const sent = {
      request: { query: SendSubstituteDocument, variables: { meetingId: 'meeting-1', organizationId: police.id, userId: 'user-bea', note: null } },
      result: { data: { sendSubstitute: bea } },
    };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asAlex({ substitutions: [joSent()] })), noEvents, policePeople, sent], me: alexViewer });
    const region = await section();
    const form = await within(region).findByRole('form', { name: 'Envoyer un·e remplaçant·e' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Personne à envoyer' }), { target: { value: 'user-bea' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer cette personne' }));
    const dialog = screen.getByRole('alertdialog', { name: `Envoyer Béa Roy à la place de Jo Gagnon${nbsp}?` });
    expect(
      within(dialog).getByText('Jo Gagnon ne représentera plus Service de police fictif à cette rencontre et ne pourra plus la voir.'),
    ).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Envoyer cette personne' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Béa Roy représentera Service de police fictif à cette rencontre.');
    const list = within(region).getByRole('list', { name: 'Remplacements' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('Béa Roy représente Service de police fictif, à la demande de Alex Martin')).toBeInTheDocument();
  });

  it('withdraws our substitute, after asking', async () => {
    const withdraw = { request: { query: WithdrawSubstituteDocument, variables: { id: 'sub-1' } }, result: { data: { withdrawSubstitute: true } } };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asAlex({ substitutions: [joSent()] })), noEvents, policePeople, withdraw], me: alexViewer });
    const region = await section();
    fireEvent.click(within(region).getByRole('button', { name: 'Retirer notre remplaçant·e' }));
    const dialog = screen.getByRole('alertdialog', { name: `Retirer le remplacement de Service de police fictif${nbsp}?` });
    expect(
      within(dialog).getByText(
        'Jo Gagnon ne représentera plus Service de police fictif et ne verra plus cette rencontre. Sa présence déjà consignée reste inscrite.',
      ),
    ).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer le remplacement' }));

    expect(await within(region).findByText('Jo Gagnon ne représente plus Service de police fictif à cette rencontre.')).toBeInTheDocument();
    expect(within(region).getByText('Aucun remplacement pour cette rencontre.')).toBeInTheDocument();
  });

  it('shows officers every organization’s substitute, each with its withdrawal', async () => {
    const data = meeting({
      substitutions: [joSent(), substitution('sub-3', youth, ['lou', 'Lou Caron'], { sentBy: ['sam', 'Sam Roy'], note: 'Pour le point 2.' })],
    });
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents], me: viewer() });
    const list = within(await section()).getByRole('list', { name: 'Remplacements' });
    expect(within(list).getByText('Lou Caron représente Centre jeunesse fictif, à la demande de Sam Roy')).toBeInTheDocument();
    expect(within(list).getByText('Mot de Sam Roy :')).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Retirer le remplacement de Service de police fictif' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Retirer le remplacement de Centre jeunesse fictif' })).toBeInTheDocument();
  });

  it('follows a substitute sent from elsewhere, without a reload', async () => {
    const after = asAlex({ substitutions: [joSent()] });
    const event = {
      request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } },
      delay: 50,
      result: {
        data: {
          meetingEvents: {
            __typename: 'MeetingEvent',
            kind: 'REPRESENTATION_CHANGED',
            at: new Date().toISOString(),
            actor: { __typename: 'User', id: 'user-camille', displayName: 'Camille Tremblay' },
            meeting: after,
          },
        },
      },
    };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asAlex()), event, policePeople], me: alexViewer });
    const region = await section();
    expect(within(region).getByText('Aucun remplacement pour cette rencontre.')).toBeInTheDocument();
    expect(await within(region).findByText('Jo Gagnon représente Service de police fictif, à la demande de Alex Martin')).toBeInTheDocument();
  });

  it('tells the colleague sent why they see the meeting, offers them the invitation and nothing only the table may do', async () => {
    // Jo does not sit at the table: the server gives them no table role and no participants, and MEMBER at this meeting.
    const data = meeting({
      substitutions: [joSent('Merci de présenter notre bilan fictif.')],
      table: { ...meeting().table, viewerRole: null, participants: [] },
      viewerRole: 'MEMBER',
    });
    const jo = viewer({
      id: 'user-jo',
      displayName: 'Jo Gagnon',
      organization: { __typename: 'Organization', id: police.id, name: police.name, acronym: null },
    });
    const { unmount } = renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents], me: jo });
    const region = await section();
    expect(within(region).getByText('Vous représentez Service de police fictif à cette rencontre, à la demande de Alex Martin.')).toBeInTheDocument();
    expect(within(region).getAllByText('Merci de présenter notre bilan fictif.').length).toBeGreaterThan(0);
    expect(within(region).queryByRole('button')).toBeNull();
    expect(within(region).queryByRole('form')).toBeNull();
    expect(within(region).queryByRole('heading', { name: 'Votre organisation' })).toBeNull();
    // A seat for this meeting: they answer the invitation.
    expect(screen.getByRole('group', { name: 'Serez-vous présent à cette rencontre ?' })).toBeInTheDocument();
    unmount();

    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents], me: jo, language: 'en' });
    const english = await section('Representation');
    expect(within(english).getByText('You represent Service de police fictif at this meeting, sent by Alex Martin.')).toBeInTheDocument();
  });
});
