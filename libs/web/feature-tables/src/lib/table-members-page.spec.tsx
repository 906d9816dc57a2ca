import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  DecideMembershipDocument,
  MyOrganizationMembershipsDocument,
  RequestMembershipDocument,
  TableDocument,
  TablePendingRequestsDocument,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import {
  memberOf,
  membership,
  participant,
  pendingRequests,
  policeOrganization,
  schoolOrganization,
  table,
  youthOrganization,
} from '../testing/table-fixtures';
import { TableRoutes, tablePath } from '../testing/table-routes';

const route = { route: '/tables/table-1/members', path: tablePath };

function myOrganizationMemberships(
  organization: { id: string; name: string; acronym: string | null },
  memberships: Array<{ id: string; status: 'ACTIVE' | 'PENDING' }>,
) {
  return {
    request: { query: MyOrganizationMembershipsDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'user-1',
          organization: {
            __typename: 'Organization',
            ...organization,
            tableMemberships: memberships.map((item) => ({ __typename: 'TableMembership', ...item, table: { __typename: 'RoundTable', id: 'table-1' } })),
          },
        },
      },
    },
  };
}

describe('the table’s Membres tab', () => {
  afterEach(() => localStorage.clear());

  it('lets an officer accept a pending membership request', async () => {
    const accepted = { ...memberOf('membership-youth', youthOrganization), table: { __typename: 'RoundTable', id: 'table-1' } };
    const mocks = [
      { request: { query: TableDocument, variables: { id: 'table-1' } }, result: { data: { table: table() } } },
      { request: { query: TablePendingRequestsDocument, variables: { id: 'table-1' } }, result: { data: pendingRequests } },
      myOrganizationMemberships(policeOrganization, [{ id: 'membership-police', status: 'ACTIVE' }]),
      {
        request: { query: DecideMembershipDocument, variables: { membershipId: 'membership-youth', accept: true } },
        result: { data: { decideMembership: accepted } },
      },
      // Accepting seats the requester: the page asks for the participants again.
      {
        request: { query: TableDocument, variables: { id: 'table-1' } },
        result: {
          data: {
            table: table({
              memberships: [memberOf('membership-police', policeOrganization), memberOf('membership-youth', youthOrganization)],
              participants: [participant('p1', 'Camille Tremblay', 'CHAIR'), participant('p2', 'Sam Roy', 'MEMBER', youthOrganization)],
            }),
          },
        },
      },
    ];
    renderWithProviders(<TableRoutes />, { ...route, mocks, me: viewer({ organization: policeOrganization }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Table régionale de Montréal' })).toBeInTheDocument();
    const pending = screen.getByRole('region', { name: 'Demandes d’adhésion en attente' });
    expect(await within(pending).findByText('Centre jeunesse fictif')).toBeInTheDocument();
    expect(within(pending).getByText('Nous souhaitons contribuer à la table.')).toBeInTheDocument();

    fireEvent.click(within(pending).getByRole('button', { name: 'Accepter la demande de Centre jeunesse fictif' }));

    expect(await within(pending).findByText('Centre jeunesse fictif est maintenant membre de la table.')).toBeInTheDocument();
    expect(within(pending).getByText('Aucune demande en attente.')).toBeInTheDocument();
    const members = screen.getByRole('region', { name: 'Organisations membres' });
    expect(within(members).getByRole('link', { name: 'Centre jeunesse fictif' })).toBeInTheDocument();
    const participants = screen.getByRole('region', { name: 'Participants' });
    await waitFor(() => expect(within(participants).getByRole('rowheader', { name: 'Sam Roy' })).toBeInTheDocument());
  });

  it('asks before declining a request', async () => {
    const mocks = [
      { request: { query: TableDocument, variables: { id: 'table-1' } }, result: { data: { table: table({ viewerRole: 'SECRETARY' }) } } },
      { request: { query: TablePendingRequestsDocument, variables: { id: 'table-1' } }, result: { data: pendingRequests } },
      myOrganizationMemberships(policeOrganization, [{ id: 'membership-police', status: 'ACTIVE' }]),
    ];
    renderWithProviders(<TableRoutes />, { ...route, mocks, me: viewer({ organization: policeOrganization }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Refuser la demande de Centre jeunesse fictif' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Refuser cette demande d’adhésion ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('Centre jeunesse fictif')).toBeInTheDocument();
  });

  it('shows a member neither the pending requests nor the log’s tab', async () => {
    const mocks = [
      { request: { query: TableDocument, variables: { id: 'table-1' } }, result: { data: { table: table({ viewerRole: 'MEMBER' }) } } },
      myOrganizationMemberships(policeOrganization, [{ id: 'membership-police', status: 'ACTIVE' }]),
    ];
    renderWithProviders(<TableRoutes />, { ...route, mocks, me: viewer({ organization: policeOrganization }) });

    expect(await screen.findByText('Votre rôle : Membre')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Demandes d’adhésion en attente' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Journal' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Accepter/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter un participant' })).toBeNull();
    expect(screen.getByText('Service de police fictif est membre de cette table.')).toBeInTheDocument();
  });

  it('lets someone of another organization request membership', async () => {
    const requested = {
      ...membership('membership-school', { ...schoolOrganization }, 'PENDING'),
      message: null,
      table: { __typename: 'RoundTable', id: 'table-1' },
    };
    const mocks = [
      { request: { query: TableDocument, variables: { id: 'table-1' } }, result: { data: { table: table({ viewerRole: null, participants: [] }) } } },
      myOrganizationMemberships(schoolOrganization, []),
      {
        request: { query: RequestMembershipDocument, variables: { tableId: 'table-1', organizationId: 'org-school' } },
        result: { data: { requestMembership: requested } },
      },
    ];
    renderWithProviders(<TableRoutes />, { ...route, mocks, me: viewer({ organization: schoolOrganization }) });

    fireEvent.click(await screen.findByRole('button', { name: 'Demander l’adhésion pour mon organisation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText('La demande d’adhésion de Centre scolaire fictif attend la décision des responsables de la table.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Demander l’adhésion pour mon organisation' })).toBeNull();
  });

  it('explains why there is no request button without a confirmed organization', async () => {
    const mocks = [
      { request: { query: TableDocument, variables: { id: 'table-1' } }, result: { data: { table: table({ viewerRole: null, participants: [] }) } } },
    ];
    renderWithProviders(<TableRoutes />, { ...route, mocks, me: viewer({ pendingOrganization: schoolOrganization }) });
    expect(await screen.findByText(/Votre affiliation à Centre scolaire fictif attend la confirmation/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Demander l’adhésion pour mon organisation' })).toBeNull();
    expect(screen.getByText(/La liste des participants est visible/)).toBeInTheDocument();
  });
});
