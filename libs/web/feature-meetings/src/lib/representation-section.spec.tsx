import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GrantProxyDocument, MeetingDocument, MeetingEventsDocument, OrganizationMembersDocument, RevokeProxyDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { meeting, organizations, proxy } from '../testing/meeting-fixtures';
import { MeetingPage } from './meeting-page';

const { police, youth, school, city } = organizations;
const route = { route: '/meetings/meeting-1', path: '/meetings/:id' };
const query = (data: ReturnType<typeof meeting>) => ({
  request: { query: MeetingDocument, variables: { id: 'meeting-1' } },
  result: { data: { meeting: data } },
});
// The page listens for live events; none arrive in these tests.
const noEvents = { request: { query: MeetingEventsDocument, variables: { meetingId: 'meeting-1' } }, delay: Number.POSITIVE_INFINITY };

/** A person of the police service who sits at the table as a member (not an officer). */
const asMember = (overrides: Parameters<typeof meeting>[0] = {}) => meeting({ ...overrides, table: { ...meeting().table, viewerRole: 'MEMBER' } });
const policeMember = viewer({
  id: 'user-alex',
  displayName: 'Alex Martin',
  organization: { __typename: 'Organization', id: police.id, name: police.name, acronym: null },
});
const nbsp = '\u00a0';
// The police service's people, for the « send a substitute » form its members see.
const colleagues = {
  request: { query: OrganizationMembersDocument, variables: { id: police.id } },
  result: {
    data: { organization: { __typename: 'Organization', id: police.id, members: [{ __typename: 'User', id: 'user-alex', displayName: 'Alex Martin' }] } },
  },
};

const section = () => screen.findByRole('region', { name: 'Représentation' });

describe('the representation section', () => {
  afterEach(() => sessionStorage.clear());

  it('says each standing proxy in words, in French and in English', async () => {
    const data = meeting({ proxies: [proxy('proxy-1', youth, school)] });
    const { unmount } = renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents], me: viewer() });
    const region = await section();
    const list = within(region).getByRole('list', { name: 'Procurations' });
    expect(within(list).getByText('Centre jeunesse fictif confie sa voix à École fictive')).toBeInTheDocument();
    unmount();

    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents], me: viewer(), language: 'en' });
    const english = await screen.findByRole('region', { name: 'Representation' });
    expect(within(english).getByText('Centre jeunesse fictif entrusts its ballot to École fictive')).toBeInTheDocument();
  });

  it('says when there is none, in both languages', async () => {
    const { unmount } = renderWithProviders(<MeetingPage />, { ...route, mocks: [query(meeting()), noEvents], me: viewer() });
    expect(within(await section()).getByText('Aucune procuration pour cette rencontre.')).toBeInTheDocument();
    unmount();
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(meeting()), noEvents], me: viewer(), language: 'en' });
    expect(within(await screen.findByRole('region', { name: 'Representation' })).getByText('No proxies for this meeting.')).toBeInTheDocument();
  });

  it('gives our proxy to an organization that may receive it, after saying what it means', async () => {
    const data = asMember({ proxies: [proxy('proxy-1', youth, school)] });
    const grant = {
      request: { query: GrantProxyDocument, variables: { meetingId: 'meeting-1', fromOrganizationId: police.id, toOrganizationId: city.id } },
      result: { data: { grantProxy: proxy('proxy-2', police, city) } },
    };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents, grant, colleagues], me: policeMember });
    const region = await section();
    expect(within(region).getByText('Service de police fictif n’a ni confié ni reçu de procuration pour cette rencontre.')).toBeInTheDocument();
    // A member acts for its own organization only: no « from » choice.
    expect(within(region).queryByRole('combobox', { name: 'Organisation qui confie sa voix' })).toBeNull();
    const select = within(region).getByRole('combobox', { name: 'Confier notre voix à' });
    // Not ourselves, not the one that gave its proxy, not the one that holds one.
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choisir…', 'Ville fictive']);
    fireEvent.change(select, { target: { value: city.id } });
    fireEvent.click(within(region).getByRole('button', { name: 'Confier la procuration' }));

    const dialog = screen.getByRole('alertdialog', { name: `Confier la procuration de Service de police fictif à Ville fictive${nbsp}?` });
    expect(
      within(dialog).getByText('Ville fictive pourra voter au nom de Service de police fictif à cette rencontre, et à celle-ci seulement.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/ne compte jamais dans le quorum/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confier la procuration' }));

    expect(await within(region).findByRole('status')).toHaveTextContent('Service de police fictif confie maintenant sa voix à Ville fictive.');
    const list = within(region).getByRole('list', { name: 'Procurations' });
    expect(within(list).getByText('Service de police fictif confie sa voix à Ville fictive')).toBeInTheDocument();
    expect(within(region).getByText('Service de police fictif a confié sa voix à Ville fictive.')).toBeInTheDocument();
    expect(within(region).queryByRole('combobox')).toBeNull();
  });

  it('asks to choose an organization before anything is sent', async () => {
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asMember()), noEvents, colleagues], me: policeMember });
    const region = await section();
    fireEvent.click(within(region).getByRole('button', { name: 'Confier la procuration' }));
    expect(within(region).getByText('Faites un choix dans la liste.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('withdraws our proxy, after asking', async () => {
    const data = asMember({ proxies: [proxy('proxy-1', police, city)] });
    const revoke = { request: { query: RevokeProxyDocument, variables: { id: 'proxy-1' } }, result: { data: { revokeProxy: true } } };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents, revoke, colleagues], me: policeMember });
    const region = await section();
    expect(within(region).getByText('Service de police fictif a confié sa voix à Ville fictive.')).toBeInTheDocument();
    fireEvent.click(within(region).getByRole('button', { name: 'Retirer notre procuration' }));
    const dialog = screen.getByRole('alertdialog', { name: `Retirer la procuration de Service de police fictif${nbsp}?` });
    expect(within(dialog).getByText('Ville fictive ne pourra plus voter au nom de Service de police fictif à cette rencontre.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer la procuration' }));

    expect(await within(region).findByRole('status')).toHaveTextContent('La procuration de Service de police fictif est retirée.');
    expect(within(region).getByText('Aucune procuration pour cette rencontre.')).toBeInTheDocument();
    expect(within(region).getByRole('combobox', { name: 'Confier notre voix à' })).toBeInTheDocument();
  });

  it('says in words why the server refused', async () => {
    const grant = {
      request: { query: GrantProxyDocument, variables: { meetingId: 'meeting-1', fromOrganizationId: police.id, toOrganizationId: school.id } },
      result: { errors: [{ message: 'That organization already holds a proxy at this meeting.', extensions: { code: 'CONFLICT' } }] },
    };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(asMember()), noEvents, grant, colleagues], me: policeMember });
    const region = await section();
    fireEvent.change(within(region).getByRole('combobox', { name: 'Confier notre voix à' }), { target: { value: school.id } });
    fireEvent.click(within(region).getByRole('button', { name: 'Confier la procuration' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Confier la procuration' }));

    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('Une de ces organisations a déjà confié ou reçu une procuration pour cette rencontre.');
    expect(alert).not.toHaveTextContent('CONFLICT');
    expect(alert).not.toHaveTextContent('already holds');
  });

  it('lets officers act for any member organization', async () => {
    // The chair (no organization of theirs here) gives the youth centre's proxy and may withdraw the others.
    const data = meeting({ proxies: [proxy('proxy-1', school, city)] });
    const grant = {
      request: { query: GrantProxyDocument, variables: { meetingId: 'meeting-1', fromOrganizationId: youth.id, toOrganizationId: police.id } },
      result: { data: { grantProxy: proxy('proxy-2', youth, police) } },
    };
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents, grant], me: viewer() });
    const region = await section();
    expect(within(region).getByRole('button', { name: 'Retirer la procuration de École fictive' })).toBeInTheDocument();
    const from = within(region).getByRole('combobox', { name: 'Organisation qui confie sa voix' });
    expect(
      within(from)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choisir…', 'Centre jeunesse fictif', 'Service de police fictif']);
    fireEvent.change(from, { target: { value: youth.id } });
    const to = within(region).getByRole('combobox', { name: 'Organisation qui la reçoit' });
    expect(
      within(to)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choisir…', 'Service de police fictif']);
    fireEvent.change(to, { target: { value: police.id } });
    fireEvent.click(within(region).getByRole('button', { name: 'Confier la procuration' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Confier la procuration' }));
    expect(await within(region).findByRole('status')).toHaveTextContent('Centre jeunesse fictif confie maintenant sa voix à Service de police fictif.');
  });

  it('shows the proxies of an adjourned meeting without any control', async () => {
    const data = asMember({ status: 'ADJOURNED', proxies: [proxy('proxy-1', police, city)] });
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents], me: policeMember });
    const region = await section();
    expect(within(region).getByText('Service de police fictif confie sa voix à Ville fictive')).toBeInTheDocument();
    expect(within(region).getByText('La rencontre est levée : ses remplacements et ses procurations ne changent plus.')).toBeInTheDocument();
    expect(within(region).queryByRole('button')).toBeNull();
    expect(within(region).queryByRole('combobox')).toBeNull();
    await waitFor(() => expect(within(region).getByText('Service de police fictif a confié sa voix à Ville fictive.')).toBeInTheDocument());
  });

  it('shows no control to someone who does not sit at the table', async () => {
    const data = meeting({ table: { ...meeting().table, viewerRole: null } });
    renderWithProviders(<MeetingPage />, { ...route, mocks: [query(data), noEvents], me: policeMember });
    const region = await section();
    expect(within(region).queryByRole('button')).toBeNull();
    expect(within(region).queryByRole('heading', { name: 'Votre organisation' })).toBeNull();
  });
});
