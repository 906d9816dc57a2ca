import type { Page } from 'playwright-core';
import { paths } from '@concertation/shared-paths';
import { ApiSession } from './support/api';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';
import { horizontalOverflow } from './support/route-checks';

// Fictitious demo accounts (apps/api/src/startup/demo-data.set.ts): the police service's delegate at
// the Montréal table, a colleague of the police service who sits at no table, the table's chair.
const DELEGATE = 'membre.police@exemple.test';
const COLLEAGUE = 'releve.police@exemple.test';
const CHAIR = 'presidence.montreal@exemple.test';
const TABLE = 'Table régionale de Montréal (fictive)';
const POLICE = 'Corps de police régional des Deux-Rives (fictif)';
const COLLEAGUE_NAME = 'Sasha Relève (fictive)';
const DELEGATE_NAME = 'Charlie Patrouille (fictif)';
const OTHER_MEETING = 'Réunion de la table de Montréal — suivi des actions (fictive)';

const MEETING = 'Rencontre extraordinaire sur la sécurité des parcs (fictive)';
const OPENING = 'Tour de table des partenaires (fictif)';
const IN_CAMERA = 'Situations signalées dans les parcs, à huis clos (fictives)';
const NOTE = 'Merci de présenter notre bilan des patrouilles dans les parcs (fictif).';

const currentItem = (page: Page) => page.getByRole('region', { name: 'Point en cours' });

async function atPhoneWidth(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await horizontalOverflow(page)).toBeNull();
  await checkPage(page, name);
  await page.setViewportSize({ width: 1280, height: 720 });
}

describe('a colleague sent to one meeting in the delegate’s place', () => {
  let browser: Session;
  let meetingId: string;
  let otherMeetingId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    // A meeting of its own, two days ahead, so that no other flow's changes to the demo data matter.
    const chair = await ApiSession.as(CHAIR);
    const tableId = await chair.tableNamed(TABLE);
    ({ id: meetingId } = await chair.scheduledMeeting(
      tableId,
      MEETING,
      [OPENING, { title: IN_CAMERA, inCamera: true }],
      new Date(Date.now() + 2 * 86_400_000),
    ));
    const { myMeetings } = await chair.gql<{ myMeetings: { id: string; title: string }[] }>('{ myMeetings { id title } }');
    otherMeetingId = myMeetings.find((meeting) => meeting.title === OTHER_MEETING)?.id ?? '';
    expect(otherMeetingId).not.toBe('');
  });
  afterAll(() => browser.close());

  it('is sent by the delegate, sees that meeting only, follows it live, and is checked in by the chair as a substitute', async () => {
    // The delegate sends a colleague from the meeting page.
    const delegate = await browser.newPage();
    await signIn(delegate.page, DELEGATE);
    await delegate.page.goto(paths.meeting(meetingId));
    const representation = delegate.page.getByRole('region', { name: 'Représentation' });
    await representation.getByText(`Délégué·e de ${POLICE} à cette table : ${DELEGATE_NAME}.`).waitFor();
    const form = representation.getByRole('form', { name: 'Envoyer un·e remplaçant·e' });
    const colleagues = form.getByRole('combobox', { name: 'Personne à envoyer' });
    // The delegate and the people who sit at the table are not offered.
    expect(await colleagues.locator('option').allTextContents()).not.toContain(DELEGATE_NAME);
    await colleagues.selectOption({ label: COLLEAGUE_NAME });
    await form.getByRole('textbox', { name: 'Mot pour cette personne (facultatif)' }).fill(NOTE);
    await form.getByRole('button', { name: 'Envoyer cette personne' }).click();
    await form.getByRole('status').getByText(`${COLLEAGUE_NAME} représentera ${POLICE} à cette rencontre. Un avis lui a été envoyé.`).waitFor();
    await representation
      .getByText(`À cette rencontre, ${COLLEAGUE_NAME} représente ${POLICE} à la place de ${DELEGATE_NAME}, à la demande de ${DELEGATE_NAME}.`)
      .waitFor();
    await checkPage(delegate.page, '60-substitute-sent-by-delegate');
    await atPhoneWidth(delegate.page, '61-substitute-sent-by-delegate-phone');
    await delegate.context.close();

    // The colleague's meetings are that one only.
    const colleague = await browser.newPage();
    await signIn(colleague.page, COLLEAGUE);
    await colleague.page.goto(paths.myMeetings());
    await colleague.page.getByRole('link', { name: MEETING }).waitFor();
    expect(await colleague.page.locator('.meeting-list .card__title').allTextContents()).toEqual([MEETING]);
    await colleague.page.getByRole('button', { name: 'Passées' }).click();
    await colleague.page.getByText('Aucune rencontre passée.').waitFor();
    await colleague.page.getByRole('button', { name: 'À venir' }).click();
    await checkPage(colleague.page, '62-substitute-my-meetings');

    // They open it: told why it is open to them, they see the in-camera item and answer the invitation.
    await colleague.page.getByRole('link', { name: MEETING }).click();
    await colleague.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await colleague.page.getByText(`Vous représentez ${POLICE} à cette rencontre, à la demande de ${DELEGATE_NAME}.`).waitFor();
    await colleague.page.getByText(NOTE).first().waitFor();
    await colleague.page.getByText(IN_CAMERA).first().waitFor();
    await colleague.page.getByRole('button', { name: 'Je participe' }).click();
    await colleague.page.locator('button[aria-pressed="true"]', { hasText: 'Je participe' }).waitFor();
    await checkPage(colleague.page, '63-substitute-meeting');
    await atPhoneWidth(colleague.page, '64-substitute-meeting-phone');

    // The chair starts the meeting: the colleague's page offers the live room without a reload.
    const chair = await browser.newPage();
    await signIn(chair.page, CHAIR);
    await chair.page.goto(paths.meeting(meetingId));
    await chair.page.getByRole('button', { name: 'Commencer la rencontre' }).click();
    await chair.page.getByRole('alertdialog', { name: 'Commencer la rencontre ?' }).getByRole('button', { name: 'Commencer la rencontre' }).click();
    await chair.page.waitForURL(/\/meetings\/[^/]+\/live$/);
    await colleague.page.getByRole('link', { name: 'Salle de rencontre en direct' }).click({ timeout: 5000 });
    await currentItem(colleague.page).waitFor();
    await colleague.page.waitForLoadState('networkidle');

    // The chair moves through the agenda; the colleague follows, in-camera item included.
    const next = chair.page.getByRole('button', { name: 'Point suivant' });
    await next.click();
    await currentItem(colleague.page).getByRole('heading', { name: OPENING }).waitFor({ timeout: 2000 });
    await next.click();
    await currentItem(colleague.page).getByRole('heading', { name: IN_CAMERA }).waitFor({ timeout: 2000 });
    await checkPage(colleague.page, '65-substitute-live-room');

    // Every other meeting of the table stays closed to them, in words.
    await colleague.page.goto(paths.meeting(otherMeetingId));
    await colleague.page.getByRole('heading', { level: 1, name: 'Rencontre introuvable' }).waitFor();
    await colleague.page.getByText('Cette rencontre est réservée aux personnes qui siègent à sa table.').waitFor();
    expect(await colleague.page.content()).not.toContain(OTHER_MEETING);
    await checkPage(colleague.page, '66-substitute-other-meeting-refused');

    // English, one click away: the same words about their seat.
    await colleague.page.goto(paths.meeting(meetingId));
    await colleague.page.getByRole('button', { name: 'English' }).click();
    await colleague.page.getByText(`You represent ${POLICE} at this meeting, sent by ${DELEGATE_NAME}.`).waitFor();
    await checkPage(colleague.page, '67-substitute-meeting-en');
    await colleague.page.getByRole('button', { name: 'Français' }).click();
    await colleague.page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await colleague.context.close();

    // The chair checks the colleague in and reads the attendance by organization.
    const attendance = chair.page.getByRole('region', { name: 'Présences' });
    await attendance.locator('summary').click();
    const sasha = attendance.getByRole('group', { name: `Présence de ${COLLEAGUE_NAME}` });
    await sasha.getByRole('button', { name: 'Présence' }).click();
    await sasha.locator('button[aria-pressed="true"]', { hasText: 'Présence' }).waitFor();
    const police = attendance.getByRole('list', { name: POLICE });
    await police
      .getByRole('listitem')
      .filter({ hasText: `${COLLEAGUE_NAME} · Remplaçant·e` })
      .waitFor();
    await police
      .getByRole('listitem')
      .filter({ hasText: `${DELEGATE_NAME} · Délégué·e` })
      .waitFor();
    await checkPage(chair.page, '68-attendance-by-organization-chair');
    await atPhoneWidth(chair.page, '69-attendance-by-organization-chair-phone');
    await chair.context.close();

    expect(violations).toEqual({});
  });
});
