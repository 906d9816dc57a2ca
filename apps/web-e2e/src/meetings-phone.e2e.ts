import { ApiSession } from './support/api';
import { baseUrl, launchBrowser, screenshot, type Session } from './support/browser';
import { signIn } from './support/flows';
import { horizontalOverflow } from './support/route-checks';

// Fictitious demo account and table (apps/api/src/startup/demo-data*.ts).
const CHAIR = 'presidence.montreal@exemple.test';
const MONTREAL = 'Table régionale de Montréal (fictive)';
const MEETING = 'Rencontre au téléphone (fictive, e2e)';
const NEXT_MONTH = 'Rencontre du mois prochain (fictive, e2e)';
const ITEMS = ['Ouverture (fictive)', 'Bilan des signalements (fictif)', 'Prévention dans les écoles (fictive)', 'Hébergement (fictif)', 'Varia (fictif)'];

describe('meetings on a 360 px phone', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('never scrolls sideways, keeps the chair’s controls in view, and adjourns to the minutes', async () => {
    const api = await ApiSession.as(CHAIR);
    const meeting = await api.startedMeeting(await api.tableNamed(MONTREAL), MEETING, ITEMS);
    const context = await browser.browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-CA',
      timezoneId: 'America/Toronto',
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await signIn(page, CHAIR);

    await page.goto(`/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await page.getByRole('button', { name: `Plus d’actions pour « ${ITEMS[1]} »` }).click();
    await page.getByRole('button', { name: `Modifier « ${ITEMS[1]} »` }).waitFor();
    expect(await horizontalOverflow(page)).toBeNull();
    // The three answers to the invitation share one line.
    const answers = page.getByRole('group', { name: 'Serez-vous présent à cette rencontre ?' }).getByRole('button');
    const tops = await answers.evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await screenshot(page, '40-meeting-phone');

    await page.goto(`/meetings/${meeting.id}/live`);
    await page.getByRole('region', { name: 'Point en cours' }).getByRole('heading', { name: ITEMS[0] }).waitFor();
    expect(await horizontalOverflow(page)).toBeNull();
    // Scrolled to the bottom, the next-item and adjourn buttons are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    for (const name of ['Point suivant', 'Lever la rencontre']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 740).toBe(true);
    }
    await screenshot(page, '41-live-room-phone');
    // Measured once every panel has loaded (the height changed with whichever came last): shorter than
    // the 3,561 px it took before the other items and the attendance folded away, although the votes
    // and the speakers' list have joined the minutes panel, which stays open (about 3,100 px).
    await page.getByRole('combobox', { name: 'Point affiché' }).waitFor();
    await page.getByText('Aucun vote pour cette rencontre.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3400);

    await page.getByRole('button', { name: 'Point suivant', exact: true }).click();
    await page.getByRole('region', { name: 'Point en cours' }).getByRole('heading', { name: ITEMS[1] }).waitFor();
    await page.getByRole('button', { name: 'Lever la rencontre', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Lever la rencontre ?' });
    await dialog.getByText(`Ces ${ITEMS.length - 1} points n’ont été ni traités ni reportés :`).waitFor();
    expect(await horizontalOverflow(page)).toBeNull();
    await dialog.getByRole('button', { name: 'Lever la rencontre' }).click();
    await page.getByRole('link', { name: 'Aller au procès-verbal' }).waitFor();
    expect(await page.getByText(/En direct/).count()).toBe(0);
    expect(await page.getByText('À venir', { exact: true }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeNull();
    await screenshot(page, '42-live-room-adjourned-phone');

    // The calendars too: my meetings and the table's, as lists and as a month. Next month has a
    // meeting on each day of its first week, so that every column of the grid holds one: what a
    // meeting's link carries once stuck out of a column on the right, whichever day the test ran.
    const now = new Date();
    for (let day = 1; day <= 7; day += 1) {
      const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, day, 15));
      await api.scheduledMeeting(await api.tableNamed(MONTREAL), `${NEXT_MONTH} ${day}`, [ITEMS[0]], startsAt);
    }
    for (const path of ['/meetings', `/tables/${await api.tableNamed(MONTREAL)}/meetings`]) {
      await page.goto(path);
      await page.getByRole('group', { name: 'Affichage du calendrier' }).waitFor();
      expect(await horizontalOverflow(page)).toBeNull();
      await page.getByRole('button', { name: 'Mois', exact: true }).click();
      await page.getByRole('button', { name: 'Mois suivant' }).click();
      await page.getByRole('link', { name: `${NEXT_MONTH} 7` }).waitFor();
      // The view's styles arrive after its first frame: measured once the page is still.
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page)).toBeNull();
    }
    await screenshot(page, '43-table-month-phone');
    await context.close();
  });
});
