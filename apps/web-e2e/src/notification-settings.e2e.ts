import type { Locator, Page } from 'playwright-core';
import { NOTIFICATION_KIND_TEXTS } from '@concertation/shared-domain';
import { ApiSession } from './support/api';
import { baseUrl, launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';
import { horizontalOverflow } from './support/route-checks';

// Fictitious demo account (apps/api/src/startup/demo-data.ts).
const MEMBER = 'membre.police@exemple.test';
// A kind the defaults send by e-mail right away: the flow moves it to the digest.
const KIND = 'MEETING_CHANGED';

interface Preferences {
  me: { locale: string; digestHour: number | null; notificationPreferences: Array<{ kind: string; channel: string }> };
}

const holdsFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));

/** Tabs forward, as a keyboard user would, until the focus is in `target`. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await holdsFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('The keyboard never reached the control');
}

describe('notification settings, with the keyboard only', () => {
  let browser: Session;
  let api: ApiSession;
  let before: Preferences['me'];

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await ApiSession.as(MEMBER);
    before = (await api.gql<Preferences>('{ me { locale digestHour notificationPreferences { kind channel } } }')).me;
  });

  afterAll(async () => {
    // The demo account as it was, for the other flows.
    await api
      ?.gql(
        `mutation Restore($preferences: [NotificationPreferenceInput!]!, $digestHour: Int, $input: UpdateProfileInput!) {
          updateNotificationPreferences(preferences: $preferences, digestHour: $digestHour) { id }
          updateProfile(input: $input) { id }
        }`,
        { preferences: before.notificationPreferences, digestHour: before.digestHour, input: { locale: before.locale } },
      )
      .catch(() => undefined);
    await browser?.close();
  });

  it('moves one kind to the digest and changes the hour; the choice is still there after a reload, in French and English, on a phone too', async () => {
    const context = await browser.browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-CA',
      timezoneId: 'America/Toronto',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signIn(page, MEMBER);

    // From the profile, as a member finds it.
    await page.goto('/profile');
    await page.getByRole('link', { name: 'Choisir mes préférences de notification' }).click();
    await page.getByRole('heading', { level: 1, name: 'Préférences de notification' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer' }).waitFor();
    await checkPage(page, '50-notification-settings-fr');

    const group = page.getByRole('group', { name: NOTIFICATION_KIND_TEXTS.FR[KIND].name });
    const digest = group.getByRole('radio', { name: 'Dans le résumé quotidien' });
    if (await digest.isChecked()) {
      // A run stopped before it restored the account: start from the e-mail again.
      await group.getByRole('radio', { name: 'Par courriel, aussitôt' }).check();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('status').filter({ hasText: 'Vos préférences de notification ont été enregistrées.' }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Enregistrer' }).waitFor();
    }

    // Tab reaches the group's checked radio; the arrow keys move the choice within the group.
    await tabTo(page, group);
    for (let presses = 0; presses < 3 && !(await digest.isChecked()); presses++) await page.keyboard.press('ArrowDown');
    expect(await digest.isChecked()).toBe(true);
    // The focused radio shows it: the outline the app draws for keyboard focus.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');

    const hour = page.getByRole('combobox', { name: 'Heure d’envoi du résumé' });
    await tabTo(page, hour);
    const hourBefore = Number(await hour.inputValue());
    await page.keyboard.press(hourBefore < 23 ? 'ArrowDown' : 'ArrowUp');
    const chosenHour = await hour.inputValue();
    expect(Number(chosenHour)).not.toBe(hourBefore);

    const save = page.getByRole('button', { name: 'Enregistrer' });
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Vos préférences de notification ont été enregistrées.' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Enregistrer' }).waitFor();
    expect(await digest.isChecked()).toBe(true);
    expect(await hour.inputValue()).toBe(chosenHour);
    await checkPage(page, '51-notification-settings-saved-fr');

    // English, one click away.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    const groupEn = page.getByRole('group', { name: NOTIFICATION_KIND_TEXTS.EN[KIND].name });
    expect(await groupEn.getByRole('radio', { name: 'In the daily digest' }).isChecked()).toBe(true);
    await checkPage(page, '52-notification-settings-en');

    // On a phone: nothing sideways, and each kind's three channels one under the other.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await horizontalOverflow(page)).toBeNull();
    const tops = await groupEn.getByRole('radio').evaluateAll((radios) => radios.map((radio) => Math.round(radio.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(3);
    await checkPage(page, '53-notification-settings-phone-en');

    await context.close();
    expect(violations).toEqual({});
  });
});
