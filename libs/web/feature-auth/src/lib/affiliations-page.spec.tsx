import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { DecideAffiliationDocument, PendingAffiliationsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { AffiliationsPage } from './affiliations-page';

const organization = { __typename: 'Organization' as const, id: 'org-1', name: 'Centre jeunesse fictif', acronym: null, website: 'https://www.exemple.test' };
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

  it('puts the person’s e-mail domain beside the organization’s site and says in words whether they match, in French and English', async () => {
    const others = [
      { ...applicant, id: 'user-10', displayName: 'Alex Côté', email: 'alex@courriel-fictif.test' },
      {
        ...applicant,
        id: 'user-11',
        displayName: 'Lou Gagnon',
        email: 'lou@exemple.test',
        pendingOrganization: { ...organization, id: 'org-2', website: null },
      },
    ];
    const query = { request: { query: PendingAffiliationsDocument }, result: { data: { pendingAffiliations: [applicant, ...others] } } };
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    const first = renderWithProviders(<AffiliationsPage />, {
      route: '/affiliations',
      path: '/affiliations',
      mocks: [query],
      me: viewer({ platformRole: 'COORDINATOR' }),
    });
    await screen.findByRole('table', { name: '3 demandes d’affiliation en attente' });
    expect(within(row('Sam Roy')).getByText('Le domaine du courriel correspond au site de l’organisation.')).toBeInTheDocument();
    expect(within(row('Sam Roy')).getAllByText('exemple.test')).toHaveLength(2);
    expect(within(row('Alex Côté')).getByText('Le domaine du courriel ne correspond pas au site de l’organisation.')).toBeInTheDocument();
    expect(within(row('Alex Côté')).getByText('courriel-fictif.test')).toBeInTheDocument();
    expect(within(row('Lou Gagnon')).getByText('L’organisation n’a pas de site Web : rien à comparer.')).toBeInTheDocument();
    first.unmount();

    renderWithProviders(<AffiliationsPage />, {
      route: '/affiliations',
      path: '/affiliations',
      mocks: [query],
      me: viewer({ platformRole: 'COORDINATOR' }),
      language: 'en',
    });
    await screen.findByRole('table', { name: /3 pending/i });
    expect(within(row('Sam Roy')).getByText('The e-mail domain matches the organization’s website.')).toBeInTheDocument();
    expect(within(row('Alex Côté')).getByText('The e-mail domain does not match the organization’s website.')).toBeInTheDocument();
    expect(within(row('Lou Gagnon')).getByText('The organization has no website: nothing to compare.')).toBeInTheDocument();
  });
});
