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

  describe('with two-step verification', () => {
    const twoFactorRequired = new GraphQLError('A code is needed', { extensions: { code: 'TWO_FACTOR_REQUIRED' } });

    it('asks for the code once the password is right, says a wrong code in words, then signs in', async () => {
      const credentials = { email: 'camille@exemple.test', password: 'correct horse battery' };
      const mocks = [
        { request: { query: LoginDocument, variables: credentials }, result: { errors: [twoFactorRequired] } },
        {
          request: { query: LoginDocument, variables: { ...credentials, code: '111111' } },
          result: { errors: [new GraphQLError('Wrong code', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
        {
          request: { query: LoginDocument, variables: { ...credentials, code: '123456' } },
          result: { data: { login: { __typename: 'AuthPayload', accessToken: 'token-2fa', user: viewer({ twoFactorEnabled: true }) } } },
        },
      ];
      renderWithProviders(<SignInPage />, { route: '/sign-in?next=%2Fprofile', path: '/sign-in', mocks });
      fill(/Adresse courriel/, credentials.email);
      fill(/Mot de passe/, credentials.password);
      submit();

      const code = await screen.findByLabelText(/Code de vérification/);
      await waitFor(() => expect(document.activeElement).toBe(code));
      expect(code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(code.getAttribute('inputmode')).toBe('numeric');
      expect(screen.getByText(/protégé par la vérification en deux étapes/)).toBeInTheDocument();
      expect(screen.queryByLabelText(/Mot de passe/)).toBeNull();
      expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBeNull();

      fireEvent.change(code, { target: { value: '111111' } });
      fireEvent.click(screen.getByRole('button', { name: 'Vérifier et me connecter' }));
      expect(await screen.findByText('Ce code est incorrect ou a déjà servi.')).toBeInTheDocument();

      fireEvent.change(screen.getByLabelText(/Code de vérification/), { target: { value: ' 123456 ' } });
      fireEvent.click(screen.getByRole('button', { name: 'Vérifier et me connecter' }));
      expect((await screen.findByTestId('location')).textContent).toBe('/profile');
      expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBe('token-2fa');
    });

    it('takes a recovery code instead, in English', async () => {
      const credentials = { email: 'camille@exemple.test', password: 'correct horse battery' };
      const mocks = [
        { request: { query: LoginDocument, variables: credentials }, result: { errors: [twoFactorRequired] } },
        {
          request: { query: LoginDocument, variables: { ...credentials, code: 'abcd-efgh-jkmn-pqrs' } },
          result: { data: { login: { __typename: 'AuthPayload', accessToken: 'token-recovery', user: viewer({ twoFactorEnabled: true }) } } },
        },
      ];
      renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in', mocks, language: 'en' });
      fireEvent.change(screen.getByLabelText(/E-mail address/), { target: { value: credentials.email } });
      fireEvent.change(screen.getByLabelText(/Password/), { target: { value: credentials.password } });
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

      expect(await screen.findByLabelText(/Verification code/)).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
      const recovery = screen.getByLabelText(/Recovery code/);
      expect(recovery.getAttribute('inputmode')).toBe('text');
      expect(screen.getByText(/Each works once/)).toBeInTheDocument();
      fireEvent.change(recovery, { target: { value: 'abcd-efgh-jkmn-pqrs' } });
      fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));
      expect((await screen.findByTestId('location')).textContent).toBe('/');
      expect(localStorage.getItem(ACCESS_TOKEN_STORAGE_KEY)).toBe('token-recovery');
    });
  });
});
