import { Secret, TOTP } from 'otpauth';
import { paths } from '@concertation/shared-paths';
import { baseUrl, launchBrowser, type Session } from './support/browser';
import { checkPage, DEMO_PASSWORD, violations } from './support/flows';
import { horizontalOverflow } from './support/route-checks';

// A fictitious demo account no other flow signs in as (apps/api/src/startup/demo-data.ts).
const PERSON = 'intervention.sante@exemple.test';
/** The other device the person signs in from, as the sessions list should name it. */
const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

/**
 * The authenticator application of the test: the same library and parameters as the server's
 * (RFC 6238, SHA-1, 6 digits, 30 s). `stepsAhead`: the code of a later step, which the server
 * accepts for clock drift; a code of a step already accepted would be refused as a replay.
 */
function codeOf(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ data?: T; errors?: Array<{ extensions?: { code?: string } }> }> {
  const response = await fetch(new URL('/graphql', baseUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
}

const LOGIN = `mutation ($email: String!, $password: String!, $code: String) { login(email: $email, password: $password, code: $code) { accessToken } }`;

/** How far the page reaches past the screen's width: 0 when nothing scrolls sideways. */

describe('two-step verification and signed-in devices', () => {
  let browser: Session;
  /** Unused recovery codes, for putting the account back as it was should the flow stop halfway. */
  let spare: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // The demo account as it was, for anyone who signs in as it next.
    if (spare.length >= 2) {
      const signedIn = await gql<{ login: { accessToken: string } }>(LOGIN, { email: PERSON, password: DEMO_PASSWORD, code: spare[0] });
      const token = signedIn.data?.login.accessToken;
      if (token) {
        await gql(
          `mutation ($p: String!, $c: String!) { disableTwoFactor(password: $p, code: $c) { id } }`,
          { p: DEMO_PASSWORD, c: spare[1] },
          { authorization: `Bearer ${token}` },
        );
      }
    }
    await browser?.close();
  });

  it('turns it on from the page, signs in with a code, signs another device out, and turns it off', async () => {
    const context = await browser.browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-CA',
      timezoneId: 'America/Toronto',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();

    await page.goto(paths.signIn());
    await page.getByLabel('Adresse courriel').fill(PERSON);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== paths.signIn());

    // From the profile, as a person finds it.
    await page.goto(paths.profile());
    await page.getByText('Vérification en deux étapes : désactivée.').waitFor();
    await page.getByRole('link', { name: 'Gérer la vérification en deux étapes et les appareils connectés' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sécurité du compte' }).waitFor();
    await page.getByRole('button', { name: 'Activer la vérification en deux étapes' }).click();

    // The QR code is drawn in the page; the key is there as text for whoever cannot scan it.
    await page.getByRole('img', { name: 'Code QR à balayer avec votre application d’authentification' }).waitFor();
    const secret = (await page.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await checkPage(page, '70-two-factor-setup-fr');
    await page.getByLabel('Code à six chiffres').fill(codeOf(secret));
    await page.getByRole('button', { name: 'Activer', exact: true }).click();

    const codes = page.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem');
    await codes.first().waitFor();
    const recoveryCodes = await codes.allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    spare = recoveryCodes.slice(5);
    await page.getByText(/ils ne seront plus jamais affichés/).waitFor();
    await checkPage(page, '71-two-factor-recovery-codes-fr');
    await page.getByRole('button', { name: 'J’ai noté mes codes' }).click();
    await page.getByText('Activée : la connexion demande un code.').waitFor();

    // Signed out, then in again: the password, then the code.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL((url) => url.pathname === paths.signIn());
    await page.getByLabel('Adresse courriel').fill(PERSON);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const code = page.getByLabel('Code de vérification');
    await code.waitFor();
    await checkPage(page, '72-sign-in-code-fr');
    // The setup spent this step's code: the next step's is within the drift the server accepts.
    await code.fill(codeOf(secret, 1));
    await page.getByRole('button', { name: 'Vérifier et me connecter' }).click();
    await page.waitForURL((url) => url.pathname !== paths.signIn());

    // Another device signs in, with a recovery code.
    const other = await gql<{ login: { accessToken: string } }>(
      LOGIN,
      { email: PERSON, password: DEMO_PASSWORD, code: recoveryCodes[0] },
      { 'user-agent': FIREFOX_ON_WINDOWS },
    );
    const otherToken = other.data?.login.accessToken;
    expect(otherToken).toBeTruthy();

    await page.goto(paths.accountSecurity());
    const devices = page.getByRole('list', { name: 'Appareils connectés' });
    const firefox = devices.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Firefox sur Windows' }) });
    await firefox.waitFor();
    // This browser (headless Chromium on Linux) is the session in hand.
    await devices.getByRole('listitem').filter({ hasText: 'Cette session' }).getByRole('heading', { name: 'Chrome sur Linux' }).waitFor();
    await checkPage(page, '73-sessions-fr');

    // On a phone, the list fits the screen; the device is signed out from there, after a question.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await horizontalOverflow(page)).toBeNull();
    await firefox.getByRole('button', { name: 'Déconnecter Firefox sur Windows' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Déconnecter cet appareil ?' });
    await dialog.waitFor();
    await checkPage(page, '74-sessions-revoke-phone-fr');
    await dialog.getByRole('button', { name: 'Déconnecter' }).click();
    await page.getByRole('status').filter({ hasText: 'Firefox sur Windows est déconnecté.' }).waitFor();
    await firefox.waitFor({ state: 'detached' });
    const refused = await gql(`{ me { id } }`, {}, { authorization: `Bearer ${otherToken}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // In English, on a desktop again: turned off with the password and a recovery code.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account security' }).waitFor();
    await checkPage(page, '75-account-security-en');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Code from the app, or recovery code').fill(recoveryCodes[1]);
    await page.getByRole('button', { name: 'Turn off', exact: true }).click();
    await page.getByText('Two-step verification is off. Your other sessions have been closed.').waitFor();
    spare = [];
    // The language chosen goes into the profile: back to French, as the demo account was.
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sécurité du compte' }).waitFor();

    await context.close();
    expect(violations).toEqual({});
  });
});
