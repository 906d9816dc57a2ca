import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ACCESS_TOKEN_STORAGE_KEY, LoginDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { SignInPage } from './sign-in-page';

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('SignInPage', () => {
  afterEach(() => localStorage.clear());

  it('says what is missing and moves focus to the first field to fix', async () => {
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });
    expect(screen.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();

    submit();

    const email = await screen.findByLabelText(/Adresse courriel/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(email));
    // The message is tied to the field, so that a screen reader reads it with the label.
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('Ce champ est obligatoire.');
  });

  it('refuses an e-mail address without a domain before asking the server', () => {
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });
    fill(/Adresse courriel/, 'camille');
    fill(/Mot de passe/, 'secret');
    submit();
    expect(screen.getByText(/Entrez une adresse courriel valide/)).toBeInTheDocument();
  });

  it('shows a wrong password as a sentence, not as a code', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { email: 'camille@exemple.test', password: 'not the right one' } },
        result: { errors: [new GraphQLError('Invalid credentials', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ];
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in', mocks });
    fill(/Adresse courriel/, 'camille@exemple.test');
    fill(/Mot de passe/, 'not the right one');
    submit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Adresse courriel ou mot de passe incorrect.');
    expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('explains a rate limit in words', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { email: 'camille@exemple.test', password: 'whatever-it-is' } },
        result: { errors: [new GraphQLError('Too many attempts', { extensions: { code: 'TOO_MANY_REQUESTS' } })] },
      },
    ];
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in', mocks });
    fill(/Adresse courriel/, 'camille@exemple.test');
    fill(/Mot de passe/, 'whatever-it-is');
    submit();
    expect((await screen.findByRole('alert')).textContent).toMatch(/Trop de tentatives/);
  });

  it('stores the token and goes where the person was heading', async () => {
    const mocks = [
      {
        request: { query: LoginDocument, variables: { email: 'camille@exemple.test', password: 'correct horse battery' } },
        result: { data: { login: { __typename: 'AuthPayload', accessToken: 'token-123', user: viewer() } } },
      },
    ];
    renderWithProviders(<SignInPage />, { route: '/sign-in?next=%2Ftables%2F42', path: '/sign-in', mocks });
    fill(/Adresse courriel/, ' camille@exemple.test ');
    fill(/Mot de passe/, 'correct horse battery');
    submit();

    expect((await screen.findByTestId('location')).textContent).toBe('/tables/42');
    expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBe('token-123');
  });
});
