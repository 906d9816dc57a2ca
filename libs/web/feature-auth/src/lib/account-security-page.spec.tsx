import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import {
  BeginTwoFactorSetupDocument,
  ConfirmTwoFactorDocument,
  DisableTwoFactorDocument,
  MeDocument,
  MySessionsDocument,
  RevokeSessionDocument,
} from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { AccountSecurityPage } from './account-security-page';

const CHROME_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const RECOVERY_CODES = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pq${String(i).padStart(2, '0')}`);

const thisDevice = {
  __typename: 'Session' as const,
  id: 'session-here',
  createdAt: '2027-01-12T14:00:00.000Z',
  lastSeenAt: '2027-01-12T15:30:00.000Z',
  userAgent: CHROME_ON_LINUX,
  current: true,
};
const phone = { ...thisDevice, id: 'session-phone', userAgent: SAFARI_ON_IPHONE, current: false, lastSeenAt: '2027-01-11T09:00:00.000Z' };
const sessions = (list: Array<typeof thisDevice>, maxUsageCount = 5) => ({
  request: { query: MySessionsDocument },
  maxUsageCount,
  result: { data: { mySessions: list } },
});

function renderPage(options: Parameters<typeof renderWithProviders>[1]) {
  return renderWithProviders(<AccountSecurityPage />, { route: '/profile/security', path: '/profile/security', ...options });
}

describe('AccountSecurityPage', () => {
  afterEach(() => localStorage.clear());

  it('turns two-step verification on: a QR code drawn here and the key as text, a code, then the ten recovery codes once', async () => {
    const off = viewer({ twoFactorEnabled: false });
    const mocks = [
      sessions([thisDevice]),
      {
        request: { query: BeginTwoFactorSetupDocument },
        result: {
          data: {
            beginTwoFactorSetup: {
              __typename: 'TwoFactorSetup',
              secret: 'JBSWY3DPEHPK3PXP',
              otpauthUrl: 'otpauth://totp/Concertation:camille%40exemple.test?secret=JBSWY3DPEHPK3PXP&issuer=Concertation',
            },
          },
        },
      },
      {
        request: { query: ConfirmTwoFactorDocument, variables: { code: '000000' } },
        result: { errors: [new GraphQLError('Not the current code', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } })] },
      },
      { request: { query: ConfirmTwoFactorDocument, variables: { code: '123456' } }, result: { data: { confirmTwoFactor: RECOVERY_CODES } } },
      { request: { query: MeDocument }, maxUsageCount: 2, result: { data: { me: { ...off, twoFactorEnabled: true } } } },
    ];
    renderPage({ me: off, mocks });
    expect(screen.getByRole('heading', { level: 1, name: 'Sécurité du compte' })).toBeInTheDocument();
    expect(screen.getByText('Désactivée : la connexion ne demande que votre mot de passe.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Activer la vérification en deux étapes' }));

    const setupHeading = await screen.findByRole('heading', { level: 3, name: 'Configurer votre application d’authentification' });
    await waitFor(() => expect(document.activeElement).toBe(setupHeading));
    const qr = screen.getByRole('img', { name: 'Code QR à balayer avec votre application d’authentification' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByTestId('two-factor-secret').textContent).toBe('JBSW Y3DP EHPK 3PXP');

    const code = screen.getByLabelText(/Code à six chiffres/);
    fireEvent.change(code, { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activer' }));
    expect(await screen.findByText('Entrez les six chiffres du code.')).toBeInTheDocument();
    fireEvent.change(code, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activer' }));
    expect(await screen.findByText(/Ce code ne correspond pas/)).toBeInTheDocument();
    fireEvent.change(code, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activer' }));

    const codesHeading = await screen.findByRole('heading', { level: 3, name: 'Vos codes de secours' });
    await waitFor(() => expect(document.activeElement).toBe(codesHeading));
    expect(screen.getByText(/ils ne seront plus jamais affichés/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Codes de secours' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(RECOVERY_CODES);
    expect(screen.getByRole('button', { name: 'Copier les codes' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'J’ai noté mes codes' }));
    expect(await screen.findByText('La vérification en deux étapes est activée. Vos autres sessions ont été fermées.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Codes de secours' })).toBeNull();
    expect(await screen.findByText('Activée : la connexion demande un code.')).toBeInTheDocument();
  });

  it('lists the signed-in devices in words and signs one out after asking, in English', async () => {
    const on = viewer({ twoFactorEnabled: true, locale: 'EN' });
    const mocks = [
      sessions([thisDevice, phone], 1),
      { request: { query: RevokeSessionDocument, variables: { id: 'session-phone' } }, result: { data: { revokeSession: true } } },
      sessions([thisDevice]),
    ];
    renderPage({ me: on, mocks, language: 'en' });
    const list = await screen.findByRole('list', { name: 'Signed-in devices' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(['Chrome on Linux', 'Safari on iOS']);
    expect(within(items[0]).getByText('This session')).toBeInTheDocument();
    expect(within(items[1]).queryByText('This session')).toBeNull();
    expect(within(items[0]).getByText('Last used')).toBeInTheDocument();
    expect(screen.getByText('2 open sessions')).toBeInTheDocument();

    fireEvent.click(within(items[1]).getByRole('button', { name: 'Sign out Safari on iOS' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Sign this device out?' });
    expect(within(dialog).getByText('Safari on iOS will have to sign in again to reach Concertation.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Safari on iOS is signed out.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Signed-in devices' })).getAllByRole('listitem')).toHaveLength(1));
  });

  it('turns it off with the password and a code, and says a wrong one in words', async () => {
    const on = viewer({ twoFactorEnabled: true });
    const mocks = [
      sessions([thisDevice]),
      {
        request: { query: DisableTwoFactorDocument, variables: { password: 'correct horse battery', code: '999999' } },
        result: { errors: [new GraphQLError('Wrong', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
      {
        request: { query: DisableTwoFactorDocument, variables: { password: 'correct horse battery', code: 'abcd-efgh-jkmn-pq00' } },
        result: { data: { disableTwoFactor: { ...on, twoFactorEnabled: false } } },
      },
    ];
    renderPage({ me: on, mocks });
    expect(screen.getByText('Activée : la connexion demande un code.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Désactiver la vérification en deux étapes' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'correct horse battery' } });
    fireEvent.change(screen.getByLabelText(/Code de l’application ou code de secours/), { target: { value: '999999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Désactiver' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Le mot de passe ou le code est incorrect.');

    fireEvent.change(screen.getByLabelText(/Code de l’application ou code de secours/), { target: { value: 'abcd-efgh-jkmn-pq00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Désactiver' }));
    expect(await screen.findByText('La vérification en deux étapes est désactivée. Vos autres sessions ont été fermées.')).toBeInTheDocument();
    expect(screen.getByText('Désactivée : la connexion ne demande que votre mot de passe.')).toBeInTheDocument();
  });

  it('explains why someone whose role requires it must turn it on, and hides what the server would refuse', () => {
    renderPage({ me: viewer({ platformRole: 'COORDINATOR', twoFactorRequired: true, twoFactorEnabled: false }) });
    expect(screen.getByText('Activez la vérification en deux étapes pour continuer')).toBeInTheDocument();
    expect(screen.getByText(/Votre rôle exige la vérification en deux étapes/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Appareils connectés' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Retour à mon profil' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Activer la vérification en deux étapes' })).toBeInTheDocument();
  });

  it('offers a new device but no way off when the role requires it, in English', async () => {
    renderPage({ me: viewer({ twoFactorRequired: true, twoFactorEnabled: true, locale: 'EN' }), mocks: [sessions([thisDevice])], language: 'en' });
    expect(screen.getByText('Your role requires two-step verification: it cannot be turned off.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up a new device' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Turn off two-step verification' })).toBeNull();
    expect(await screen.findByRole('list', { name: 'Signed-in devices' })).toBeInTheDocument();
  });
});
