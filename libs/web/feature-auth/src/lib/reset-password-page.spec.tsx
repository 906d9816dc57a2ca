import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ResetPasswordDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { ResetPasswordPage } from './reset-password-page';

describe('ResetPasswordPage', () => {
  afterEach(() => localStorage.clear());

  it('explains a link without a token', () => {
    renderWithProviders(<ResetPasswordPage />, { route: '/reset-password', path: '/reset-password' });
    expect(screen.getByText('Ce lien ne fonctionne plus')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toBeInTheDocument();
  });

  it('explains a used or expired link', async () => {
    const mocks = [
      {
        request: { query: ResetPasswordDocument, variables: { token: 'used-token', newPassword: 'une nouvelle phrase' } },
        result: { errors: [new GraphQLError('Invalid or expired token', { extensions: { code: 'BAD_USER_INPUT' } })] },
      },
    ];
    renderWithProviders(<ResetPasswordPage />, { route: '/reset-password?token=used-token', path: '/reset-password', mocks });
    fireEvent.change(screen.getByLabelText('Nouveau mot de passe'), { target: { value: 'une nouvelle phrase' } });
    fireEvent.change(screen.getByLabelText('Confirmer le nouveau mot de passe'), { target: { value: 'une nouvelle phrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et me connecter' }));
    expect(await screen.findByText('Ce lien ne fonctionne plus')).toBeInTheDocument();
  });

  it('checks that both passwords match', () => {
    renderWithProviders(<ResetPasswordPage />, { route: '/reset-password?token=t', path: '/reset-password' });
    fireEvent.change(screen.getByLabelText('Nouveau mot de passe'), { target: { value: 'une nouvelle phrase' } });
    fireEvent.change(screen.getByLabelText('Confirmer le nouveau mot de passe'), { target: { value: 'une autre phrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et me connecter' }));
    expect(screen.getByText('Les deux mots de passe ne sont pas identiques.')).toBeInTheDocument();
  });

  it('asks for a code too when the account has two-step verification, keeping the new password typed', async () => {
    const base = { token: 'good-token', newPassword: 'une nouvelle phrase' };
    const mocks = [
      {
        request: { query: ResetPasswordDocument, variables: base },
        result: { errors: [new GraphQLError('Code needed', { extensions: { code: 'TWO_FACTOR_REQUIRED' } })] },
      },
      {
        request: { query: ResetPasswordDocument, variables: { ...base, code: '654321' } },
        result: { data: { resetPassword: { __typename: 'AuthPayload', accessToken: 'token-reset', user: viewer({ twoFactorEnabled: true }) } } },
      },
    ];
    renderWithProviders(<ResetPasswordPage />, { route: '/reset-password?token=good-token', path: '/reset-password', mocks });
    fireEvent.change(screen.getByLabelText('Nouveau mot de passe'), { target: { value: base.newPassword } });
    fireEvent.change(screen.getByLabelText('Confirmer le nouveau mot de passe'), { target: { value: base.newPassword } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et me connecter' }));

    const code = await screen.findByLabelText(/Code de vérification/);
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(screen.getByText(/entrez aussi un code de votre application/)).toBeInTheDocument();
    expect((screen.getByLabelText('Nouveau mot de passe') as HTMLInputElement).value).toBe(base.newPassword);
    fireEvent.change(code, { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et me connecter' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/');
  });
});
