import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ACCESS_TOKEN_STORAGE_KEY, DeleteMyAccountDocument, MyParticipationsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { DeleteAccountSection } from './delete-account-section';

const seats = {
  request: { query: MyParticipationsDocument },
  result: {
    data: {
      me: {
        __typename: 'User' as const,
        id: 'user-1',
        participations: [
          { name: 'Table régionale fictive de Laval', role: 'CHAIR', archivedAt: null },
          { name: 'Table fictive archivée', role: 'CHAIR', archivedAt: '2026-06-01T00:00:00.000Z' },
          { name: 'Table provinciale fictive', role: 'MEMBER', archivedAt: null },
        ].map((seat, i) => ({
          __typename: 'TableParticipant' as const,
          id: `seat-${i}`,
          role: seat.role,
          since: '2026-01-01T00:00:00.000Z',
          table: { __typename: 'RoundTable' as const, id: `table-${i}`, name: seat.name, level: 'REGIONAL' as const, archivedAt: seat.archivedAt },
          organization: null,
        })),
      },
    },
  },
};
const answer = (password: string, result: object) => ({ request: { query: DeleteMyAccountDocument, variables: { password } }, result });
const refusal = (code: string) => ({ errors: [new GraphQLError('refused', { extensions: { code } })] });
const route = { route: '/profile', path: '/profile', me: viewer() };

function fillAndSubmit(password: string, confirm = true, submit = 'Supprimer mon compte définitivement') {
  fireEvent.change(screen.getByLabelText(/Votre mot de passe, pour confirmer|Your password, to confirm/), { target: { value: password } });
  if (confirm) fireEvent.click(screen.getByRole('checkbox'));
  fireEvent.click(screen.getByRole('button', { name: submit }));
}

describe('DeleteAccountSection', () => {
  afterEach(() => localStorage.clear());

  it('says what goes and what stays, and names the tables the person chairs', async () => {
    renderWithProviders(<DeleteAccountSection />, { ...route, mocks: [seats] });
    expect(screen.getByRole('heading', { level: 3, name: 'Ce qui est effacé' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Ce qui reste' })).toBeInTheDocument();
    expect(screen.getByText(/reste, sous le nom « Ancien participant »/)).toBeInTheDocument();
    expect(await screen.findByText(/^Vous présidez : Table régionale fictive de Laval\. Si vous êtes la seule personne/)).toBeInTheDocument();
    expect(screen.queryByText(/archivée/)).toBeNull();
  });

  it('asks for the password and an explicit confirmation before anything is sent', async () => {
    renderWithProviders(<DeleteAccountSection />, { ...route, mocks: [seats] });
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer mon compte définitivement' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(screen.getByText('Cochez cette case pour confirmer la suppression.')).toBeInTheDocument();
    expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBe('test-token');
  });

  it('says beside the field that the password is wrong', async () => {
    renderWithProviders(<DeleteAccountSection />, { ...route, mocks: [seats, answer('pas le bon', refusal('UNAUTHENTICATED'))] });
    fillAndSubmit('pas le bon');
    expect(await screen.findByText('Le mot de passe est incorrect.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Votre mot de passe, pour confirmer/).getAttribute('aria-invalid')).toBe('true');
  });

  it('explains in words why the only chair of a table cannot leave yet', async () => {
    renderWithProviders(<DeleteAccountSection />, { ...route, mocks: [seats, answer('le bon mot de passe', refusal('FORBIDDEN'))] });
    fillAndSubmit('le bon mot de passe');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Votre compte n’a pas été supprimé : vous êtes la seule personne à la présidence/);
    expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBe('test-token');
  });

  it('signs the person out once erased and shows the confirmation on the privacy page', async () => {
    renderWithProviders(<DeleteAccountSection />, { ...route, mocks: [seats, answer('le bon mot de passe', { data: { deleteMyAccount: true } })] });
    fillAndSubmit('le bon mot de passe');
    expect((await screen.findByTestId('location')).textContent).toBe('/privacy');
    expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('reads in English', async () => {
    renderWithProviders(<DeleteAccountSection />, { ...route, language: 'en', mocks: [seats, answer('the right one', refusal('FORBIDDEN'))] });
    expect(screen.getByText('Deletion is immediate and final: nothing can be recovered.')).toBeInTheDocument();
    expect(await screen.findByText(/^You chair: Table régionale fictive de Laval\./)).toBeInTheDocument();
    fillAndSubmit('the right one', true, 'Delete my account for good');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your account was not deleted: you are the only chair of at least one table\./);
  });
});
