import type { Page } from 'playwright-core';
import { ApiSession } from './support/api';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, violations } from './support/flows';
import { addressedTo, waitForEmail } from './support/outbox';

// Fictitious demo accounts (apps/api/src/startup/demo-data.ts).
const CHAIR = 'presidence.montreal@exemple.test';
const MEMBER = 'membre.police@exemple.test';
const OBSERVER = 'observation.montreal@exemple.test';
const TABLE = 'Table régionale de Montréal (fictive)';

const VIEWER_RSVP = 'query Rsvp($id: ID!) { meeting(id: $id) { viewerRsvp } }';

/** The path and query of the e-mail's answer link for `response` (PUBLIC_URL's host is not the browser's). */
function answerLink(text: string, response: string): string {
  const match = new RegExp(`https?://[^\\s/]+(/rsvp/[^\\s?]+\\?response=${response})`).exec(text);
  if (!match) throw new Error(`no ${response} link in the e-mail`);
  return match[1];
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('answering an invitation from its e-mail, without signing in', () => {
  let browser: Session;
  let chair: ApiSession;
  let meetingId: string;
  const title = `Rencontre fictive par courriel ${Date.now()}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    chair = await ApiSession.as(CHAIR);
    const observer = await ApiSession.as(OBSERVER);
    await observer.gql('mutation Lang { updateProfile(input: { locale: EN }) { id } }');
    const startsAt = new Date(Date.now() + 6 * 86_400_000);
    const scheduled = await chair.gql<{ scheduleMeeting: { id: string }[] }>(
      'mutation Schedule($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
      {
        input: {
          tableId: await chair.tableNamed(TABLE),
          title,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
          location: 'Salle fictive 3',
        },
      },
    );
    meetingId = scheduled.scheduleMeeting[0].id;
  });
  afterAll(async () => {
    await (await ApiSession.as(OBSERVER)).gql('mutation Lang { updateProfile(input: { locale: FR }) { id } }');
    await browser.close();
  });

  it('shows the meeting with the clicked answer selected, then records the one confirmed (French, desktop and phone)', async () => {
    const mail = await waitForEmail((m) => addressedTo(m, MEMBER) && (m.subject ?? '').includes(title), `to ${MEMBER} about ${title}`);
    const { context, page } = await browser.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(answerLink(mail.text ?? '', 'TENTATIVE'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByText(title).first().waitFor();
    expect(await page.getByRole('radio', { name: /Peut-être/ }).isChecked()).toBe(true);
    await checkPage(page, 'email-rsvp-fr-desktop');
    // Nothing is recorded until the button is pressed.
    const member = await ApiSession.as(MEMBER);
    expect((await member.gql<{ meeting: { viewerRsvp: string | null } }>(VIEWER_RSVP, { id: meetingId })).meeting.viewerRsvp).toBeNull();

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await checkPage(page, 'email-rsvp-fr-phone');
    // Another answer than the link's, chosen with the keyboard.
    await page.getByRole('radio', { name: /Peut-être/ }).focus();
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: /Je serai présent/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: /Confirmer/ }).click();
    await page
      .getByRole('link', { name: /rencontre/i })
      .first()
      .waitFor();
    await checkPage(page, 'email-rsvp-fr-recorded');
    expect((await member.gql<{ meeting: { viewerRsvp: string | null } }>(VIEWER_RSVP, { id: meetingId })).meeting.viewerRsvp).toBe('ATTENDING');
    await context.close();
  });

  it('speaks the invited person’s language (English)', async () => {
    const mail = await waitForEmail((m) => addressedTo(m, OBSERVER) && (m.subject ?? '').includes(title), `to ${OBSERVER} about ${title}`);
    expect(mail.subject).toMatch(/^Concertation: /);
    const { context, page } = await browser.newPage();
    await page.goto(answerLink(mail.text ?? '', 'DECLINED'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('radio', { name: /not attend/ }).isChecked()).toBe(true);
    await checkPage(page, 'email-rsvp-en');
    await page.getByRole('button', { name: /Confirm/ }).click();
    await page
      .getByText(/recorded|noted/i)
      .first()
      .waitFor();
    await checkPage(page, 'email-rsvp-en-recorded');
    await context.close();
  });

  it('has no serious accessibility violation on any page it visited', () => {
    expect(Object.fromEntries(Object.entries(violations).filter(([name]) => name.startsWith('email-rsvp')))).toEqual({});
  });
});
