import type { Page } from 'playwright-core';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';

// Fictitious demo accounts (apps/api/src/startup/demo-data.ts).
const CHAIR = 'presidence.montreal@exemple.test';
const REQUESTER = 'demande.ecole@exemple.test';
const TABLE = /Table régionale de Montréal/;

async function openMontrealTable(page: Page): Promise<void> {
  await page.goto('/directory/tables');
  await page.getByRole('link', { name: TABLE }).first().click();
  await page.getByRole('heading', { level: 1, name: TABLE }).waitFor();
}

describe('joining a round table, in French and English', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lets the chair accept a pending request, after which the new member sees the table as a member', async () => {
    const chair = await browser.newPage();
    await chair.page.goto('/');
    await chair.page.getByRole('heading', { name: 'Se connecter' }).waitFor();
    expect(await chair.page.getAttribute('html', 'lang')).toBe('fr');
    await checkPage(chair.page, '01-sign-in-fr');

    await signIn(chair.page, CHAIR);
    await checkPage(chair.page, '02-home-chair');
    await openMontrealTable(chair.page);
    // Requests wait in the Membres tab.
    await chair.page.getByRole('navigation', { name: 'Sections de la table' }).getByRole('link', { name: 'Membres' }).click();
    await chair.page.getByRole('region', { name: 'Demandes d’adhésion en attente' }).waitFor();
    await checkPage(chair.page, '03-table-chair-pending-request');

    const accept = chair.page.getByRole('button', { name: /^Accepter la demande de/ });
    await accept.first().click();
    await chair.page.getByText(/est maintenant membre de la table/).waitFor();
    await checkPage(chair.page, '04-table-chair-accepted');

    // English one click away, then back to French.
    await chair.page.getByRole('button', { name: 'English' }).click();
    await chair.page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await chair.page.getAttribute('html', 'lang')).toBe('en');
    await checkPage(chair.page, '05-table-chair-en');
    await chair.page.getByRole('button', { name: 'Français' }).click();
    await chair.page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(await chair.page.getAttribute('html', 'lang')).toBe('fr');
    await chair.context.close();

    const member = await browser.newPage();
    await signIn(member.page, REQUESTER);
    await openMontrealTable(member.page);
    await member.page.getByText('Votre rôle : Membre').waitFor();
    await checkPage(member.page, '06-table-new-member');
    await member.context.close();

    expect(violations).toEqual({});
  });

  it('keeps the chosen language across a reload and in the directory', async () => {
    const visitor = await browser.newPage();
    await signIn(visitor.page, CHAIR);
    await visitor.page.getByRole('button', { name: 'English' }).click();
    await visitor.page.goto('/directory/organizations');
    await visitor.page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await checkPage(visitor.page, '07-organizations-en');
    await visitor.page.reload();
    await visitor.page.getByRole('button', { name: 'Français' }).waitFor();
    expect(await visitor.page.getAttribute('html', 'lang')).toBe('en');
    await visitor.page.getByRole('button', { name: 'Français' }).click();
    await visitor.context.close();
    expect(violations).toEqual({});
  });
});
