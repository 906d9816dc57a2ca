import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { DecideAffiliationDocument, PendingAffiliationsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { AffiliationsPage } from './affiliations-page';

const organization = { __typename: 'Organization' as const, id: 'org-1', name: 'Centre jeunesse fictif', acronym: null };
const applicant = { __typename: 'User' as const, id: 'user-9', displayName: 'Sam Roy', email: 'sam@exemple.test', pendingOrganization: organization };

describe('AffiliationsPage', () => {
  afterEach(() => localStorage.clear());

  it('confirms an affiliation and takes it off the queue', async () => {
    const mocks = [
      { request: { query: PendingAffiliationsDocument }, result: { data: { pendingAffiliations: [applicant] } } },
      {
        request: { query: DecideAffiliationDocument, variables: { userId: 'user-9', accept: true } },
        result: { data: { decideAffiliation: { __typename: 'User', id: 'user-9', organization, pendingOrganization: null } } },
      },
    ];
    renderWithProviders(<AffiliationsPage />, { route: '/affiliations', path: '/affiliations', mocks, me: viewer({ platformRole: 'COORDINATOR' }) });

    const table = await screen.findByRole('table', { name: '1 demande d’affiliation en attente' });
    fireEvent.click(within(table).getByRole('button', { name: 'Confirmer l’affiliation de Sam Roy' }));

    expect(await screen.findByText('L’affiliation de Sam Roy à Centre jeunesse fictif est confirmée.')).toBeInTheDocument();
    expect(screen.getByText('Aucune affiliation en attente')).toBeInTheDocument();
  });
});
