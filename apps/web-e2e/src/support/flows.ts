import type { Page } from 'playwright-core';
import { paths } from '@concertation/shared-paths';
import { screenshot, seriousViolations } from './browser';

/** Every demo account's password (apps/api/src/startup/demo-data.ts); the data is fictitious. */
export const DEMO_PASSWORD = 'demo-concertation-2026';

/** Serious or critical axe violations, per page visited; each flow asserts it stays empty. */
export const violations: Record<string, unknown[]> = {};

/** Waits for the page to settle, checks it with axe and keeps a screenshot as an artefact. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const found = await seriousViolations(page);
  if (found.length) violations[name] = found;
  await screenshot(page, name);
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // Signed in once the form has led elsewhere: on a phone « Se déconnecter » waits behind the menu button.
  await page.waitForURL((url) => url.pathname !== paths.signIn());
}
