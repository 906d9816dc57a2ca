import type { Page } from 'playwright-core';
import { ApiSession } from './support/api';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';

// Fictitious demo accounts (apps/api/src/startup/demo-data.set.ts); the meeting is this flow's own.
const CHAIR = 'presidence.montreal@exemple.test';
const SECRETARY = 'secretariat.montreal@exemple.test';
const MEMBER = 'membre.police@exemple.test';
const TABLE = 'Table régionale de Montréal (fictive)';
const MEMBER_ORGANIZATION = 'Corps de police régional des Deux-Rives (fictif)';
const MEETING = 'Rencontre de suivi du procès-verbal (fictive, e2e)';
const ITEM = 'Places d’urgence pour les jeunes (fictif)';
const OTHER_ITEM = 'Tour de table des partenaires (fictif)';
const NOTES = 'Les hébergements d’urgence manquent de places les fins de semaine, selon les partenaires fictifs.';
const ACTION = 'Recenser les places disponibles dans la région (fictif)';

function notesOf(page: Page, item: string) {
  return page.getByLabel(`Notes du procès-verbal : ${item}`);
}

function minutesPanel(page: Page) {
  return page.getByRole('region', { name: 'Procès-verbal' });
}

describe('minutes, decisions and action items', () => {
  let browser: Session;
  let tableId: string;
  let meetingId: string;
  let itemIds: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const chair = await ApiSession.as(CHAIR);
    tableId = await chair.tableNamed(TABLE);
    const started = await chair.startedMeeting(tableId, MEETING, [ITEM, OTHER_ITEM]);
    meetingId = started.id;
    itemIds = started.itemIds;
  });
  afterAll(() => browser.close());

  it('the secretary records notes, a decision and an action item; the member sees it live and marks it done', async () => {
    const member = await browser.newPage();
    await signIn(member.page, MEMBER);
    await member.page.getByRole('link', { name: 'Mes actions' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Mes actions' }).waitFor();
    await checkPage(member.page, '20-my-actions');

    const secretary = await browser.newPage();
    await signIn(secretary.page, SECRETARY);
    await secretary.page.goto(`/meetings/${meetingId}/live`);
    const panel = minutesPanel(secretary.page);
    await notesOf(secretary.page, ITEM).fill(NOTES);
    await panel
      .getByRole('status')
      .filter({ hasText: /^Enregistré à/ })
      .waitFor();
    await checkPage(secretary.page, '21-live-minutes-secretary');

    await panel.getByRole('button', { name: 'Consigner une décision' }).click();
    const decisionForm = panel.getByRole('form', { name: 'Consigner une décision' });
    await decisionForm.getByLabel('Texte de la décision').fill('Demander un portrait régional des places d’urgence (fictif).');
    await decisionForm.getByLabel('Résultat').selectOption({ label: 'Adoptée' });
    await decisionForm.getByLabel('Votes pour').fill('6');
    await decisionForm.getByLabel('Votes contre').fill('0');
    await decisionForm.getByLabel('Abstentions').fill('1');
    await decisionForm.getByRole('button', { name: 'Consigner la décision' }).click();
    await panel.getByText('Pour 6 · Contre 0 · Abstentions 1').waitFor();

    await panel.getByRole('button', { name: 'Nouvelle action pour cette décision' }).click();
    const actionForm = panel.getByRole('form', { name: 'Nouvelle action pour la décision' });
    await actionForm.getByLabel('Titre de l’action').fill(ACTION);
    await actionForm.getByLabel('Responsable (facultatif)').selectOption({ label: MEMBER_ORGANIZATION });
    await actionForm.getByLabel('Échéance (facultatif)').fill(inDays(14));
    await actionForm.getByRole('button', { name: 'Créer l’action' }).click();
    await panel.getByRole('link', { name: ACTION }).waitFor();

    // No reload on the member's side: the item arrives through the subscription.
    const arrived = member.page.getByRole('link', { name: ACTION });
    await arrived.waitFor({ timeout: 5000 });
    await arrived.click();
    await member.page.getByRole('heading', { level: 1, name: ACTION }).waitFor();
    await checkPage(member.page, '22-action-item-member');
    await member.page.getByLabel('Nouveau statut').selectOption({ label: 'Terminée' });
    await member.page.getByLabel('Commentaire').fill('Portrait transmis à la table (fictif).');
    await member.page.getByRole('button', { name: 'Publier la mise à jour' }).click();
    await member.page.getByText('Mise à jour publiée : l’action est terminée.').waitFor();
    const history = member.page.getByRole('list', { name: 'Historique des mises à jour' });
    await history.getByText('Portrait transmis à la table (fictif).').waitFor();

    // The table's board shows it done.
    await secretary.page.goto(`/tables/${tableId}`);
    await secretary.page.getByRole('navigation', { name: 'Sections de la table' }).getByRole('link', { name: 'Actions' }).click();
    const done = secretary.page.getByRole('region', { name: 'Terminée' });
    await done.getByRole('link', { name: ACTION }).waitFor();
    await checkPage(secretary.page, '23-action-board');

    // The minutes page: status, circulation, downloads.
    await secretary.page.goto(`/meetings/${meetingId}/minutes`);
    await secretary.page.getByRole('heading', { level: 1, name: `Procès-verbal : ${MEETING}` }).waitFor();
    await secretary.page.getByText(NOTES).first().waitFor();
    await checkPage(secretary.page, '24-minutes-page');
    await secretary.page.getByRole('button', { name: 'Diffuser le procès-verbal' }).click();
    await secretary.page.getByRole('alertdialog', { name: 'Diffuser le procès-verbal ?' }).getByRole('button', { name: 'Diffuser' }).click();
    await secretary.page.getByText('Le procès-verbal a été diffusé.', { exact: true }).waitFor();
    const download = secretary.page.waitForEvent('download');
    await secretary.page.getByRole('button', { name: 'Télécharger en PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

    for (const session of [member, secretary]) await session.context.close();
    expect(violations).toEqual({});
  });

  it('two officers editing the same notes see the conflict and merge, and no edit is lost', async () => {
    const secretary = await browser.newPage();
    await signIn(secretary.page, SECRETARY);
    const chair = await browser.newPage();
    await signIn(chair.page, CHAIR);
    for (const page of [secretary.page, chair.page]) {
      await page.goto(`/meetings/${meetingId}/live`);
      await minutesPanel(page)
        .getByLabel('Point affiché')
        .selectOption({ label: `2. ${OTHER_ITEM}` });
      await notesOf(page, OTHER_ITEM).waitFor();
      await page.waitForLoadState('networkidle');
    }

    // The chair saves first (leaving the field saves at once); the secretary was typing meanwhile.
    await notesOf(chair.page, OTHER_ITEM).fill('Texte de la présidence (fictif).');
    await notesOf(secretary.page, OTHER_ITEM).fill('Texte du secrétariat (fictif).');
    await notesOf(chair.page, OTHER_ITEM).blur();
    await minutesPanel(chair.page)
      .getByRole('status')
      .filter({ hasText: /^Enregistré à/ })
      .waitFor();

    const conflict = minutesPanel(secretary.page).getByRole('alert').filter({ hasText: 'Quelqu’un d’autre a enregistré ce texte avant vous.' });
    await conflict.waitFor();
    await minutesPanel(secretary.page).getByRole('button', { name: 'Comparer' }).click();
    const comparison = minutesPanel(secretary.page).getByRole('group', { name: 'Comparaison des deux versions' });
    await comparison.getByText('Texte de la présidence (fictif).').waitFor();
    await comparison.getByText('Texte du secrétariat (fictif).').waitFor();
    await checkPage(secretary.page, '25-minutes-conflict');
    await minutesPanel(secretary.page).getByRole('button', { name: 'Fusionner' }).click();
    const merged = minutesPanel(secretary.page).getByLabel('Texte fusionné');
    expect(await merged.inputValue()).toContain('Texte de la présidence (fictif).');
    expect(await merged.inputValue()).toContain('Texte du secrétariat (fictif).');
    await minutesPanel(secretary.page).getByRole('button', { name: 'Enregistrer la fusion' }).click();
    await minutesPanel(secretary.page)
      .getByRole('status')
      .filter({ hasText: /^Enregistré à/ })
      .waitFor();

    // Both texts are in the stored minutes, and the chair's room shows the merge.
    const api = await ApiSession.as(CHAIR);
    const stored = await api.gql<{ meeting: { agenda: { id: string; notes: string | null }[] } }>(
      'query Notes($id: ID!) { meeting(id: $id) { agenda { id notes } } }',
      { id: meetingId },
    );
    const notes = stored.meeting.agenda.find((item) => item.id === itemIds[1])?.notes ?? '';
    expect(notes).toContain('Texte de la présidence (fictif).');
    expect(notes).toContain('Texte du secrétariat (fictif).');
    await chair.page.waitForFunction((label) => {
      const field = [...document.querySelectorAll('textarea')].find((element) => element.labels?.[0]?.textContent?.includes(label));
      return !!field && field.value.includes('Texte du secrétariat (fictif).');
    }, OTHER_ITEM);

    for (const session of [secretary, chair]) await session.context.close();
    expect(violations).toEqual({});
  });

  it('a member finds the item by a word of its notes written another way (no accent, singular)', async () => {
    const member = await browser.newPage();
    await signIn(member.page, MEMBER);
    const box = member.page.getByRole('search', { name: 'Recherche' });
    await box.getByLabel('Rechercher dans les rencontres, les points, les décisions et les actions').fill('hebergement');
    await box.getByRole('button', { name: 'Rechercher' }).click();
    await member.page.waitForURL(/\/search\?q=hebergement/);
    const items = member.page.getByRole('region', { name: 'Points à l’ordre du jour' });
    const hit = items.getByRole('link', { name: ITEM });
    await hit.waitFor();
    // The matched word is highlighted as the notes write it.
    await items.locator('mark', { hasText: 'hébergements' }).first().waitFor();
    await checkPage(member.page, '26-search-results');
    await hit.click();
    await member.page.waitForURL(new RegExp(`/meetings/${meetingId}#item-${itemIds[0]}$`));
    await member.page.getByRole('heading', { level: 1, name: MEETING }).waitFor();

    await member.context.close();
    expect(violations).toEqual({});
  });
});

/** A calendar day `days` from today, as an `<input type="date">` takes it. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
