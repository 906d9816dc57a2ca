import type { Page } from 'playwright-core';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';

// Fictitious demo accounts and meeting (apps/api/src/startup/demo-meetings.set.ts).
const CHAIR = 'presidence.montreal@exemple.test';
const MEMBER = 'membre.police@exemple.test';
const OBSERVER = 'observation.montreal@exemple.test';
const MEETING = 'Réunion de la table de Montréal — suivi des actions (fictive)';
const IN_CAMERA_ITEM = 'Situations individuelles à huis clos (fictives)';

function currentItem(page: Page) {
  return page.getByRole('region', { name: 'Point en cours' });
}

describe('the live meeting room', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the chair’s moves to the member within 2 seconds and never the in-camera item to the observer', async () => {
    const chair = await browser.newPage();
    await signIn(chair.page, CHAIR);
    await chair.page.goto('/meetings');
    await chair.page.getByRole('link', { name: MEETING }).first().click();
    await chair.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await checkPage(chair.page, '10-meeting-chair');
    await chair.page.getByRole('button', { name: 'Commencer la rencontre' }).click();
    // Starting is asked first (the demo meeting may fall on another day than the test's).
    await chair.page.getByRole('alertdialog', { name: 'Commencer la rencontre ?' }).getByRole('button', { name: 'Commencer la rencontre' }).click();
    await chair.page.waitForURL(/\/meetings\/[^/]+\/live$/);
    const liveUrl = new URL(chair.page.url()).pathname;

    const member = await browser.newPage();
    await signIn(member.page, MEMBER);
    await member.page.goto(liveUrl);
    const observer = await browser.newPage();
    await signIn(observer.page, OBSERVER);
    await observer.page.goto(liveUrl);
    for (const page of [chair.page, member.page, observer.page]) await currentItem(page).waitFor();
    // Let both subscriptions settle before the chair moves.
    await member.page.waitForLoadState('networkidle');
    await observer.page.waitForLoadState('networkidle');

    const next = chair.page.getByRole('button', { name: 'Point suivant' });
    await next.click();
    await currentItem(member.page).getByRole('heading', { name: 'Ouverture et adoption de l’ordre du jour' }).waitFor({ timeout: 2000 });
    await next.click();
    await currentItem(member.page).getByRole('heading', { name: 'Retour sur la campagne de prévention dans les écoles' }).waitFor({ timeout: 2000 });
    await next.click();
    await currentItem(chair.page).getByRole('heading', { name: IN_CAMERA_ITEM }).waitFor();
    await currentItem(member.page).getByRole('heading', { name: IN_CAMERA_ITEM }).waitFor({ timeout: 2000 });
    await checkPage(member.page, '11-live-room-member');

    // The observer's room has followed the meeting, but the in-camera item is nowhere on it.
    await observer.page.waitForTimeout(1000);
    await checkPage(observer.page, '12-live-room-observer');
    expect(await observer.page.content()).not.toContain(IN_CAMERA_ITEM);
    await next.click();
    await currentItem(observer.page).getByRole('heading', { name: 'Entente de collaboration avec les maisons d’hébergement' }).waitFor({ timeout: 2000 });
    expect(await observer.page.content()).not.toContain(IN_CAMERA_ITEM);
    await checkPage(chair.page, '13-live-room-chair');

    for (const session of [chair, member, observer]) await session.context.close();
    expect(violations).toEqual({});
  });

  it('lists my meetings and the table’s calendar without accessibility violations', async () => {
    const member = await browser.newPage();
    await signIn(member.page, MEMBER);
    await member.page.goto('/meetings');
    await member.page.getByRole('link', { name: MEETING }).first().waitFor();
    await checkPage(member.page, '14-my-meetings');
    await member.page.getByRole('link', { name: MEETING }).first().click();
    await member.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await checkPage(member.page, '15-meeting-member');
    await member.context.close();
    expect(violations).toEqual({});
  });
});
