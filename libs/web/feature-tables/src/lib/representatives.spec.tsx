import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { MyOrganizationMembershipsDocument, SetRepresentativesDocument, TableDocument, TablePendingRequestsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { memberOf, participant, policeOrganization, table, youthOrganization } from '../testing/table-fixtures';
import { TableRoutes, tablePath } from '../testing/table-routes';

const route = { route: '/tables/table-1/members', path: tablePath };
// The catalogue puts a narrow no-break space before « : »; testing-library's matcher folds it into a plain space.
const NBSP = ' ';

const camille = participant('p1', 'Camille Tremblay', 'CHAIR');
const sam = participant('p2', 'Sam Roy', 'MEMBER', youthOrganization);
const alex = participant('p3', 'Alex Gagnon', 'OBSERVER', youthOrganization);
const lee = participant('p4', 'Lee Martin', 'MEMBER', youthOrganization);

const tableWithReps = (viewerRole: 'CHAIR' | 'MEMBER' = 'CHAIR') =>
  table({
    viewerRole,
    memberships: [memberOf('membership-police', policeOrganization, camille), memberOf('membership-youth', youthOrganization)],
    participants: [camille, sam, alex, lee],
  });

const baseMocks = (viewerRole: 'CHAIR' | 'MEMBER' = 'CHAIR') => [
  { request: { query: TableDocument, variables: { id: 'table-1' } }, result: { data: { table: tableWithReps(viewerRole) } } },
  {
    request: { query: TablePendingRequestsDocument, variables: { id: 'table-1' } },
    result: { data: { table: { __typename: 'RoundTable', id: 'table-1', memberships: [] } } },
  },
  {
    request: { query: MyOrganizationMembershipsDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'user-1',
          organization: {
            ...policeOrganization,
            tableMemberships: [
              { __typename: 'TableMembership', id: 'membership-police', status: 'ACTIVE', table: { __typename: 'RoundTable', id: 'table-1' } },
            ],
          },
        },
      },
    },
  },
];

const select = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('representatives on the table’s Membres tab', () => {
  afterEach(() => localStorage.clear());

  it('shows each organization’s delegate and alternates by name, and lets an officer name them in order', async () => {
    const saved = memberOf('membership-youth', youthOrganization, sam, [lee, alex]);
    const mocks = [
      ...baseMocks(),
      {
        request: {
          query: SetRepresentativesDocument,
          variables: { membershipId: 'membership-youth', delegateParticipantId: 'p2', alternateParticipantIds: ['p4', 'p3'] },
        },
        result: { data: { setRepresentatives: { __typename: 'TableMembership', id: saved.id, delegate: saved.delegate, alternates: saved.alternates } } },
      },
    ];
    renderWithProviders(<TableRoutes />, { ...route, mocks, me: viewer({ organization: policeOrganization }) });

    const members = await screen.findByRole('region', { name: 'Organisations membres' });
    expect(await within(members).findByText(`Délégué·e${NBSP}: Camille Tremblay`)).toBeInTheDocument();
    expect(within(members).getByText(`Délégué·e${NBSP}: aucune personne nommée`)).toBeInTheDocument();
    expect(within(members).queryByText(/p1|p2|membership-/)).toBeNull();

    fireEvent.click(within(members).getByRole('button', { name: 'Modifier les représentant·es de Centre jeunesse fictif' }));
    const form = within(members).getByRole('form', { name: 'Représentant·es de Centre jeunesse fictif' });
    // Only that organization's people at the table are offered.
    const delegateSelect = within(form).getByLabelText('Délégué·e');
    expect(within(delegateSelect).queryByRole('option', { name: 'Camille Tremblay' })).toBeNull();
    select('Délégué·e', 'p2');
    select('Ajouter un·e suppléant·e', 'p3');
    fireEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    select('Ajouter un·e suppléant·e', 'p4');
    fireEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    expect(
      within(form)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.representatives-form__name')?.textContent),
    ).toEqual(['1. Alex Gagnon', '2. Lee Martin']);
    fireEvent.click(within(form).getByRole('button', { name: 'Monter Lee Martin d’un rang' }));
    expect(
      within(form)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.representatives-form__name')?.textContent),
    ).toEqual(['1. Lee Martin', '2. Alex Gagnon']);
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(members).findByText('Les représentant·es de Centre jeunesse fictif sont enregistré·es.')).toBeInTheDocument();
    expect(within(members).getByText(`Délégué·e${NBSP}: Sam Roy`)).toBeInTheDocument();
    expect(within(members).getByText(`Suppléant·es${NBSP}: Lee Martin et Alex Gagnon`)).toBeInTheDocument();
    expect(within(members).queryByRole('form')).toBeNull();
  });

  it('checks the form before sending: a person to add, the delegate not also an alternate, at most 3 alternates', async () => {
    renderWithProviders(<TableRoutes />, { ...route, mocks: baseMocks(), me: viewer({ organization: policeOrganization }) });
    const members = await screen.findByRole('region', { name: 'Organisations membres' });
    fireEvent.click(await within(members).findByRole('button', { name: 'Modifier les représentant·es de Centre jeunesse fictif' }));
    const form = within(members).getByRole('form', { name: 'Représentant·es de Centre jeunesse fictif' });

    fireEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    expect(within(form).getByText('Choisissez la personne à ajouter.')).toBeInTheDocument();

    for (const id of ['p2', 'p3', 'p4']) {
      select('Ajouter un·e suppléant·e', id);
      fireEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    }
    expect(within(form).getByText(`Au plus 3 suppléant·es${NBSP}: retirez-en un·e pour en ajouter un·e autre.`)).toBeInTheDocument();
    expect(within(form).queryByLabelText('Ajouter un·e suppléant·e')).toBeNull();

    select('Délégué·e', 'p2');
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(within(form).getByText('La personne déléguée ne peut pas aussi être suppléante.')).toBeInTheDocument();

    fireEvent.click(within(form).getByRole('button', { name: 'Retirer Alex Gagnon des suppléant·es' }));
    expect(within(form).getByLabelText('Ajouter un·e suppléant·e')).toBeInTheDocument();
    expect(within(form).getAllByRole('listitem')).toHaveLength(2);
  });

  it('says in words why the API refused', async () => {
    const mocks = [
      ...baseMocks(),
      {
        request: {
          query: SetRepresentativesDocument,
          variables: { membershipId: 'membership-youth', delegateParticipantId: 'p3', alternateParticipantIds: [] },
        },
        result: { errors: [{ message: 'Representatives can only be named for an ACTIVE membership.', extensions: { code: 'FORBIDDEN' } }] },
      },
    ];
    renderWithProviders(<TableRoutes />, { ...route, mocks, me: viewer({ organization: policeOrganization }) });
    const members = await screen.findByRole('region', { name: 'Organisations membres' });
    fireEvent.click(await within(members).findByRole('button', { name: 'Modifier les représentant·es de Centre jeunesse fictif' }));
    select('Délégué·e', 'p3');
    fireEvent.click(within(members).getByRole('button', { name: 'Enregistrer' }));
    expect(
      await within(members).findByText('Vous ne pouvez pas nommer les représentant·es de cette organisation, ou son adhésion n’est plus active.'),
    ).toBeInTheDocument();
    expect(within(members).getByRole('form')).toBeInTheDocument();
  });

  it('offers a member the action for their own organization only, in English too', async () => {
    renderWithProviders(<TableRoutes />, { ...route, mocks: baseMocks('MEMBER'), me: viewer({ organization: policeOrganization }), language: 'en' });
    const members = await screen.findByRole('region', { name: 'Member organizations' });
    expect(await within(members).findByText('Delegate: Camille Tremblay')).toBeInTheDocument();
    expect(within(members).getByText('Delegate: none named')).toBeInTheDocument();
    expect(within(members).getByRole('button', { name: 'Edit representatives of Service de police fictif' })).toBeInTheDocument();
    expect(within(members).queryByRole('button', { name: 'Edit representatives of Centre jeunesse fictif' })).toBeNull();
  });
});
