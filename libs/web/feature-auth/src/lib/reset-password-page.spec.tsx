import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ResetPasswordDocument } from '@concertation/web-data-access';
import { renderWithProviders } from '@concertation/web-testing';
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
});
