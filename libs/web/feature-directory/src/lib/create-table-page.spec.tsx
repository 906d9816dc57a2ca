import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CreateTableDocument, OrganizationsDocument, RegionsDocument, TablesDocument } from '@concertation/web-data-access';
import { regions, tablesPage, tableSummary } from '../testing/directory-fixtures';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { CreateTablePage } from './create-table-page';

const route = { route: '/directory/tables/new', path: '/directory/tables/new' };
const coordinator = viewer({ platformRole: 'COORDINATOR' });
const noOrganizations = {
  request: { query: OrganizationsDocument, variables: { first: 50 } },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};
const provincial = tableSummary('t-qc', 'Table provinciale du Québec', 'PROVINCIAL');
const national = tableSummary('t-nat', 'Table nationale fictive', 'NATIONAL');

describe('CreateTablePage', () => {
  afterEach(() => localStorage.clear());

  it('says what is missing before sending anything', async () => {
    renderWithProviders(<CreateTablePage />, {
      ...route,
      me: coordinator,
      mocks: [{ request: { query: RegionsDocument }, result: { data: regions } }, noOrganizations],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la table' }));
    expect(screen.getByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(screen.getByText('Faites un choix dans la liste.')).toBeInTheDocument();
    expect(screen.getByText('Cochez au moins une région couverte par la table.')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Nom')));
  });

  it('offers only higher-level tables as parent, then creates the table', async () => {
    let sent: unknown = null;
    const mocks = [
      { request: { query: RegionsDocument }, result: { data: regions } },
      noOrganizations,
      { request: { query: TablesDocument, variables: { level: 'PROVINCIAL', first: 100 } }, result: { data: tablesPage([provincial]) } },
      { request: { query: TablesDocument, variables: { level: 'NATIONAL', first: 100 } }, result: { data: tablesPage([national]) } },
      {
        request: {
          query: CreateTableDocument,
          variables: (variables: Record<string, unknown>) => {
            sent = variables;
            return true;
          },
        },
        result: {
          data: {
            createTable: {
              ...tableSummary('t-new', 'Table régionale de Montréal', 'REGIONAL'),
              parent: { __typename: 'RoundTable', id: 't-qc', name: provincial.name },
              mandate: null,
              quorum: 3,
            },
          },
        },
      },
    ];
    renderWithProviders(<CreateTablePage />, { ...route, me: coordinator, mocks });

    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Table régionale de Montréal' } });
    fireEvent.change(screen.getByLabelText('Niveau'), { target: { value: 'REGIONAL' } });
    const parent = screen.getByLabelText('Table de rattachement (facultatif)');
    await screen.findByRole('option', { name: 'Table provinciale du Québec (Provincial)' });
    expect(screen.getByRole('option', { name: 'Table nationale fictive (National)' })).toBeInTheDocument();
    fireEvent.change(parent, { target: { value: 't-qc' } });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Montréal' }));
    fireEvent.change(screen.getByLabelText('Quorum (facultatif)'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la table' }));

    expect((await screen.findByTestId('location')).textContent).toBe('/tables/t-new');
    expect(sent).toEqual({ input: { name: 'Table régionale de Montréal', level: 'REGIONAL', regionIds: ['region-06'], parentId: 't-qc', quorum: 3 } });
  });
});
