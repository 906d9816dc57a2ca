import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { paths } from '@concertation/shared-paths';
import { baseUrl, launchBrowser, type Session } from './support/browser';
import { checkPage, DEMO_PASSWORD, signIn, violations } from './support/flows';
import { horizontalOverflow } from './support/route-checks';

/** GraphQL over HTTP without a token, as registration and sign-in are. */
async function anonymous(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> }> {
  const response = await fetch(new URL('/graphql', baseUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

describe('privacy: the page, my data, and erasing my account', () => {
  let browser: Session;
  // A person of this flow alone: never a demo account that other flows sign in as.
  const email = `personne.${randomBytes(4).toString('hex')}@exemple.test`;
  const name = 'Personne fictive de passage';

  beforeAll(async () => {
    browser = await launchBrowser();
    const registered = await anonymous(`mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`, {
      input: { email, password: DEMO_PASSWORD, displayName: name },
    });
    expect(registered.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tells anyone, signed out, what is kept and why, in French and English, on a phone too', async () => {
    const { context, page } = await browser.newPage();
    await page.goto(paths.signIn());
    await page.getByRole('contentinfo').getByRole('link', { name: 'Confidentialité et vos données' }).click();
    await page.getByRole('heading', { level: 1, name: 'Confidentialité et vos données' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Pendant combien de temps' }).waitFor();
    await page.getByText('Les sessions expirées sont effacées après 30 jours.').waitFor();
    await checkPage(page, '70-privacy-fr');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy and your data' }).waitFor();
    await page.getByText('A file uploaded but never attached to an agenda item is deleted after one hour.').waitFor();
    await checkPage(page, '71-privacy-en');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await horizontalOverflow(page)).toBeNull();
    await checkPage(page, '72-privacy-phone-en');
    await context.close();
    expect(violations).toEqual({});
  });

  it('downloads my data as a file that parses, then erases my account and signs me out', async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, email);
    await page.goto(paths.profile());
    await page.getByRole('heading', { level: 2, name: 'Mes données' }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger mes données' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^mes-donnees-concertation-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await file.path(), 'utf8'));
    expect(data.format.name).toBe('concertation.my-data');
    expect(data.profile).toMatchObject({ email, displayName: name });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.auditEvents.map((event: { action: string }) => event.action)).toEqual(expect.arrayContaining(['user.registered', 'data.exported']));
    await page
      .getByRole('status')
      .filter({ hasText: /^Vos données sont téléchargées/ })
      .waitFor();
    await checkPage(page, '73-profile-my-data');

    const erase = page.getByRole('region', { name: 'Supprimer mon compte' });
    await erase.getByRole('heading', { level: 3, name: 'Ce qui reste' }).waitFor();
    // Without the confirmation ticked, nothing is sent.
    await erase.getByLabel('Votre mot de passe, pour confirmer').fill(DEMO_PASSWORD);
    await erase.getByRole('button', { name: 'Supprimer mon compte définitivement' }).click();
    await erase.getByText('Cochez cette case pour confirmer la suppression.').waitFor();
    await erase.getByRole('checkbox', { name: 'Je comprends que mon compte sera supprimé définitivement.' }).check();
    await erase.getByRole('button', { name: 'Supprimer mon compte définitivement' }).click();

    await page.waitForURL((url) => url.pathname === paths.privacy());
    await page
      .getByRole('status')
      .filter({ hasText: /^Votre compte est supprimé\./ })
      .waitFor();
    await page.getByRole('link', { name: 'Se connecter', exact: true }).waitFor();
    // Still there once every navigation the sign-out set off has settled.
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe(paths.privacy());
    await checkPage(page, '74-account-deleted');
    await context.close();

    const signInAgain = await anonymous(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
      e: email,
      p: DEMO_PASSWORD,
    });
    expect(signInAgain.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(violations).toEqual({});
  });
});
