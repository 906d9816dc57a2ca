import type { Page } from 'playwright-core';
import { ApiSession } from './support/api';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';

// Fictitious demo accounts (apps/api/src/startup/demo-data.set.ts); the meeting is this flow's own,
// and the health insurance number is made up.
const CHAIR = 'presidence.montreal@exemple.test';
const SECRETARY = 'secretariat.montreal@exemple.test';
const TABLE = 'Table régionale de Montréal (fictive)';
const MEETING = 'Rencontre de suivi des situations (fictive, e2e)';
const ITEM = 'Situation d’une jeune suivie par la table (fictif)';
const NOTES = 'La jeune (carte TREM 8503 1512) sera rencontrée par l’équipe de proximité fictive.';
const WARNING = 'Ce texte semble contenir un numéro d’assurance maladie (T***…2).';
const REWRITTEN = 'La jeune sera rencontrée par l’équipe de proximité fictive.';

/** The texts that describe a field, as assistive technology reads them (its aria-describedby). */
function descriptionOf(page: Page, label: string): Promise<string> {
  return page.getByLabel(label).evaluate((field) =>
    (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe('personal information in the minutes', () => {
  let browser: Session;
  let meetingId: string;
  let itemId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const chair = await ApiSession.as(CHAIR);
    const started = await chair.startedMeeting(await chair.tableNamed(TABLE), MEETING, [ITEM]);
    meetingId = started.id;
    itemId = started.itemIds[0];
  });
  afterAll(() => browser.close());

  it('the secretary is warned beside the notes as she types a health insurance number, and the notes are saved all the same', async () => {
    const secretary = await browser.newPage();
    await signIn(secretary.page, SECRETARY);
    await secretary.page.goto(`/meetings/${meetingId}/minutes`);
    await secretary.page.getByRole('heading', { level: 1, name: `Procès-verbal : ${MEETING}` }).waitFor();
    const label = `Notes du procès-verbal : ${ITEM}`;

    await secretary.page.getByLabel(label).pressSequentially(NOTES);
    await secretary.page.getByText(WARNING).waitFor();
    await secretary.page.getByText('Les procès-verbaux ne doivent jamais permettre d’identifier une personne.', { exact: true }).waitFor();
    expect(await descriptionOf(secretary.page, label)).toContain(WARNING);
    // A polite live region says it once, in words.
    await secretary.page.getByRole('status').filter({ hasText: 'Ce texte semble contenir un numéro d’assurance maladie. Les procès-verbaux' }).waitFor();
    // Saving is not blocked.
    await secretary.page
      .getByRole('status')
      .filter({ hasText: /^Enregistré à/ })
      .first()
      .waitFor();
    await checkPage(secretary.page, '27-minutes-personal-information');

    // The server kept the notes as typed, and tells the officers what looks like personal information.
    const api = await ApiSession.as(CHAIR);
    const stored = await api.gql<{
      meeting: { minutes: { personalInformationWarnings: { kind: string; field: string; excerpt: string }[] }; agenda: { id: string; notes: string | null }[] };
    }>('query Warnings($id: ID!) { meeting(id: $id) { minutes { personalInformationWarnings { kind field excerpt } } agenda { id notes } } }', {
      id: meetingId,
    });
    expect(stored.meeting.agenda.find((item) => item.id === itemId)?.notes).toBe(NOTES);
    expect(stored.meeting.minutes.personalInformationWarnings).toEqual([{ kind: 'HEALTH_INSURANCE_NUMBER', field: itemId, excerpt: 'T************2' }]);

    // Rewritten without the number, the warning goes and the field is described by its hint alone.
    await secretary.page.getByLabel(label).fill(REWRITTEN);
    await secretary.page.getByRole('status').filter({ hasText: 'Plus aucun renseignement personnel repéré dans ce texte.' }).waitFor();
    expect(await secretary.page.getByText(WARNING).count()).toBe(0);
    expect(await descriptionOf(secretary.page, label)).not.toContain('semble contenir');

    await secretary.context.close();
    expect(violations).toEqual({});
  });
});
