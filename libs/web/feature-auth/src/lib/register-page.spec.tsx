import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { OrganizationsDocument, RegisterDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { RegisterPage } from './register-page';

const route = { route: '/register', path: '/register' };

function fillAccount(password: string) {
  fireEvent.change(screen.getByLabelText('Nom affiché'), { target: { value: 'Alex Gagnon' } });
  fireEvent.change(screen.getByLabelText('Adresse courriel'), { target: { value: 'alex@exemple.test' } });
  fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Fuseau horaire'), { target: { value: 'America/Halifax' } });
}

const input = { displayName: 'Alex Gagnon', email: 'alex@exemple.test', password: 'une phrase assez longue', locale: 'FR', timeZone: 'America/Halifax' };

describe('RegisterPage', () => {
  afterEach(() => localStorage.clear());

  it('asks for a password of at least 12 characters', () => {
    renderWithProviders(<RegisterPage />, route);
    fillAccount('court');
    fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(screen.getByText('Le mot de passe doit compter au moins 12 caractères.')).toBeInTheDocument();
  });

  it('offers the Canadian time zones by name', () => {
    renderWithProviders(<RegisterPage />, route);
    expect(screen.getByRole('option', { name: 'Heure de l’Atlantique (Îles-de-la-Madeleine, Halifax)' })).toBeInTheDocument();
  });

  it('shows the server’s words beside the field it blames', async () => {
    const mocks = [
      {
        request: { query: RegisterDocument, variables: { input } },
        result: { errors: [new GraphQLError('Cette adresse est refusée par le serveur.', { extensions: { code: 'BAD_USER_INPUT', field: 'email' } })] },
      },
    ];
    renderWithProviders(<RegisterPage />, { ...route, mocks });
    fillAccount('une phrase assez longue');
    fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    const message = await screen.findByText('Cette adresse est refusée par le serveur.');
    expect(message.id).toBe(screen.getByLabelText('Adresse courriel').getAttribute('aria-describedby'));
  });

  it('then lets the new person name their organization, or skip', async () => {
    const mocks = [
      {
        request: { query: RegisterDocument, variables: { input } },
        result: { data: { register: { __typename: 'AuthPayload', accessToken: 'new-token', user: viewer() } } },
      },
      {
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
      },
    ];
    renderWithProviders(<RegisterPage />, { ...route, mocks });
    fillAccount('une phrase assez longue');
    fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Votre organisation' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Passer cette étape' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/');
  });
});
