import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MyConsultationsDocument, type ConsultationSummary } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { orgs } from '../testing/consultation-fixtures';
import { MyConsultationsPage } from './my-consultations-page';

const summary = (id: string, title: string, overrides: Partial<ConsultationSummary> = {}): ConsultationSummary => ({
  __typename: 'Consultation',
  id,
  title,
  status: 'OPEN',
  closesAt: '2099-03-15T21:00:00.000Z',
  opensAt: '2027-03-01T14:00:00.000Z',
  table: { __typename: 'RoundTable', id: 'table-prov', name: 'Table provinciale fictive', viewerRole: null },
  invitedOrganizations: [
    { __typename: 'Organization', id: orgs.refuge.id },
    { __typename: 'Organization', id: orgs.police.id },
  ],
  respondedOrganizations: [{ __typename: 'Organization', id: orgs.police.id }],
  viewerResponse: null,
  ...overrides,
});
const mine = (list: ConsultationSummary[]) => ({ request: { query: MyConsultationsDocument, variables: {} }, result: { data: { myConsultations: list } } });

describe('my consultations', () => {
  it('lists them with their status, closing and whether my organization has answered', async () => {
    const list = [
      summary('c-1', 'Consultation fictive sur l’accueil'),
      summary('c-2', 'Consultation fictive sur la formation', {
        status: 'CLOSED',
        viewerResponse: { __typename: 'ConsultationResponse', id: 'r-1', submittedAt: '2027-03-02T15:00:00.000Z' },
        respondedOrganizations: [{ __typename: 'Organization', id: orgs.refuge.id }],
      }),
    ];
    renderWithProviders(<MyConsultationsPage />, {
      route: '/consultations',
      path: '/consultations',
      mocks: [mine(list)],
      me: viewer({ organization: orgs.refuge }),
    });

    const table = await screen.findByRole('table', { name: 'Vos consultations' });
    const row = (name: string) => within(table).getByRole('link', { name }).closest('tr') as HTMLElement;
    expect(within(table).getByRole('link', { name: 'Consultation fictive sur l’accueil' }).getAttribute('href')).toBe('/consultations/c-1');
    expect(within(row('Consultation fictive sur l’accueil')).getByText('Ouverte')).toBeInTheDocument();
    expect(within(row('Consultation fictive sur l’accueil')).getByText('Pas encore')).toBeInTheDocument();
    expect(within(row('Consultation fictive sur l’accueil')).getByText(/1 organisation sur 2 a répondu/)).toBeInTheDocument();
    expect(within(row('Consultation fictive sur la formation')).getByText('Close')).toBeInTheDocument();
    expect(within(row('Consultation fictive sur la formation')).getByText('Répondu')).toBeInTheDocument();
  });

  it('says when there are none', async () => {
    renderWithProviders(<MyConsultationsPage />, { route: '/consultations', path: '/consultations', mocks: [mine([])], me: viewer() });
    expect(await screen.findByText('Aucune consultation pour le moment')).toBeInTheDocument();
  });
});
