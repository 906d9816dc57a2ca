import type { Locator, Page } from 'playwright-core';
import { ApiSession } from './support/api';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';

// Fictitious demo accounts and tables (apps/api/src/startup/demo-data.set.ts); meetings and
// consultations are this flow's own.
const MONTREAL_CHAIR = 'presidence.montreal@exemple.test';
const QUEBEC_CHAIR = 'presidence.quebec@exemple.test';
const CAPITALE_CHAIR = 'presidence.capitale@exemple.test';
const MEMBER = 'membre.police@exemple.test';
const MONTREAL = 'Table régionale de Montréal (fictive)';
const QUEBEC = 'Table provinciale du Québec (fictive)';
const REGIONAL_MEETING = 'Rencontre régionale à référer (fictive, e2e)';
const PROVINCIAL_MEETING = 'Rencontre provinciale d’arbitrage (fictive, e2e)';
const REFERRED_ITEM = 'Heures d’accueil des hébergements la nuit (fictif, e2e)';
const CONSULTATION = 'Consultation sur les lignes d’écoute (fictive, e2e)';
const QUESTION = 'Votre organisation oriente-t-elle les jeunes vers la ligne d’écoute ?';

/** Selects the option whose text starts with `text` (options often add a level or a position). */
async function selectStartingWith(select: Locator, text: string): Promise<void> {
  // Options may come from a query still on its way.
  await select.locator('option', { hasText: text }).first().waitFor({ state: 'attached' });
  const value = await select
    .locator('option')
    .evaluateAll((options, wanted) => (options as HTMLOptionElement[]).find((option) => option.textContent?.trim().startsWith(wanted))?.value ?? null, text);
  if (value === null) throw new Error(`No option starting with « ${text} »`);
  await select.selectOption(value);
}

async function answerFor(page: Page, consultationId: string, choice: string): Promise<void> {
  await page.goto(`/consultations/${consultationId}`);
  const form = page.getByRole('region', { name: /^Réponse de / });
  await form.getByRole('radio', { name: choice }).check();
  await form.getByRole('button', { name: /^Soumettre la réponse de / }).click();
  await form
    .getByRole('status')
    .filter({ hasText: /^Réponse de .* soumise à / })
    .waitFor();
}

describe('across levels: referrals and consultations', () => {
  let browser: Session;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a regional officer refers an item up; the provincial officer schedules it and decides; the regional officer sees the decision', async () => {
    const montrealApi = await ApiSession.as(MONTREAL_CHAIR);
    const montrealId = await montrealApi.tableNamed(MONTREAL);
    const regional = await montrealApi.startedMeeting(montrealId, REGIONAL_MEETING, [REFERRED_ITEM]);
    const quebecApi = await ApiSession.as(QUEBEC_CHAIR);
    const quebecId = await quebecApi.tableNamed(QUEBEC);
    const provincial = await quebecApi.startedMeeting(quebecId, PROVINCIAL_MEETING, ['Ouverture (fictive)']);

    const montreal = await browser.newPage();
    await signIn(montreal.page, MONTREAL_CHAIR);
    await montreal.page.goto(`/meetings/${regional.id}`);
    // Referring is among the item's secondary actions.
    await montreal.page.getByRole('button', { name: `Plus d’actions pour « ${REFERRED_ITEM} »` }).click();
    await montreal.page.getByRole('button', { name: `Envoyer « ${REFERRED_ITEM} » à une autre table` }).click();
    const referForm = montreal.page.getByRole('form', { name: `Référer « ${REFERRED_ITEM} » à une table de niveau supérieur` });
    await selectStartingWith(referForm.getByLabel('Table destinataire'), QUEBEC);
    await referForm.getByLabel('Motif (facultatif)').fill('Les trois régions voisines font face au même manque de places la nuit (fictif).');
    await checkPage(montreal.page, '30-refer-item');
    await referForm.getByRole('button', { name: 'Envoyer la référence' }).click();
    await montreal.page.getByText(`La question « ${REFERRED_ITEM} » a été envoyée à ${QUEBEC}.`).waitFor();

    const quebec = await browser.newPage();
    await signIn(quebec.page, QUEBEC_CHAIR);
    await quebec.page.goto(`/tables/${quebecId}/referrals`);
    const received = quebec.page.getByRole('region', { name: 'Reçues' });
    await received.getByRole('listitem', { name: REFERRED_ITEM }).waitFor();
    await checkPage(quebec.page, '31-incoming-referrals');
    await received.getByRole('button', { name: `Accepter la référence « ${REFERRED_ITEM} »` }).click();
    const acceptForm = quebec.page.getByRole('form', { name: `Accepter « ${REFERRED_ITEM} »` });
    await selectStartingWith(acceptForm.getByLabel('Rencontre'), PROVINCIAL_MEETING);
    await acceptForm.getByRole('button', { name: 'Accepter…' }).click();
    await quebec.page.getByRole('alertdialog', { name: 'Accepter cette référence ?' }).getByRole('button', { name: 'Accepter' }).click();
    await quebec.page.getByText(`La référence « ${REFERRED_ITEM} » est inscrite à l’ordre du jour de « ${PROVINCIAL_MEETING} ».`).waitFor();

    // The decision is recorded in the provincial meeting's room, on the item the referral became.
    await quebec.page.goto(`/meetings/${provincial.id}/live`);
    const panel = quebec.page.getByRole('region', { name: 'Procès-verbal' });
    await selectStartingWith(panel.getByLabel('Point affiché'), `2. ${REFERRED_ITEM}`);
    await panel.getByRole('button', { name: 'Consigner une décision' }).click();
    const decisionForm = panel.getByRole('form', { name: 'Consigner une décision' });
    await decisionForm.getByLabel('Texte de la décision').fill('Prolonger l’accueil de nuit dans les trois régions (fictif).');
    await decisionForm.getByLabel('Résultat').selectOption({ label: 'Adoptée' });
    await decisionForm.getByLabel('Votes pour').fill('5');
    await decisionForm.getByLabel('Votes contre').fill('1');
    await decisionForm.getByLabel('Abstentions').fill('0');
    await decisionForm.getByRole('button', { name: 'Consigner la décision' }).click();
    await panel.getByText('Pour 5 · Contre 1 · Abstentions 0').waitFor();

    await montreal.page.goto(`/tables/${montrealId}/referrals`);
    const sent = montreal.page.getByRole('region', { name: 'Envoyées' }).getByRole('listitem', { name: REFERRED_ITEM });
    await sent.getByText('Acceptée').waitFor();
    const decisions = sent.getByRole('list', { name: 'Décisions prises' });
    await decisions.getByText('Prolonger l’accueil de nuit dans les trois régions (fictif).').waitFor();
    await decisions.getByText('Pour 5 · Contre 1 · Abstentions 0').waitFor();
    await checkPage(montreal.page, '32-outgoing-referrals');

    for (const session of [montreal, quebec]) await session.context.close();
    expect(violations).toEqual({});
  });

  it('the provincial table consults two regional tables; two organizations answer; the chair sees it live', async () => {
    const quebecApi = await ApiSession.as(QUEBEC_CHAIR);
    const quebecId = await quebecApi.tableNamed(QUEBEC);

    const chair = await browser.newPage();
    await signIn(chair.page, QUEBEC_CHAIR);
    await chair.page.goto(`/tables/${quebecId}/consultations/new`);
    await chair.page.getByRole('heading', { level: 1, name: 'Nouvelle consultation' }).waitFor();
    await chair.page.getByLabel('Titre de la consultation').fill(CONSULTATION);
    await chair.page.getByLabel('Description').fill('Un court sondage des tables régionales (fictif).');
    const audience = chair.page.getByRole('group', { name: 'Tables consultées' });
    await audience.getByRole('checkbox', { name: /^Table régionale de Montréal/ }).check();
    await audience.getByRole('checkbox', { name: /^Table régionale de la Capitale-Nationale/ }).check();
    await chair.page.getByLabel('Type de la nouvelle question').selectOption({ label: 'Choix unique' });
    await chair.page.getByRole('button', { name: 'Ajouter la question' }).click();
    const question = chair.page.getByRole('group', { name: 'Question 1' });
    await question.getByLabel('Énoncé').fill(QUESTION);
    await question.getByLabel('Option 1', { exact: true }).fill('Oui');
    await question.getByLabel('Option 2', { exact: true }).fill('Non');
    await question.getByLabel('Réponse obligatoire').check();
    await chair.page.getByRole('button', { name: 'Aperçu' }).click();
    await chair.page.getByRole('region', { name: 'Aperçu du questionnaire' }).getByText(QUESTION).waitFor();
    await checkPage(chair.page, '33-consultation-builder');
    await chair.page.getByRole('button', { name: 'Créer la consultation' }).click();
    await chair.page.waitForURL((url) => /^\/consultations\/[^/]+$/.test(url.pathname));
    const consultationId = new URL(chair.page.url()).pathname.split('/').pop() ?? '';
    await chair.page.getByRole('button', { name: 'Ouvrir la consultation' }).click();
    await chair.page.getByRole('alertdialog', { name: 'Ouvrir la consultation ?' }).getByRole('button', { name: 'Ouvrir et aviser' }).click();
    const progress = chair.page.getByRole('region', { name: 'Avancement' });
    await progress.getByText(/^0 organisation sur \d+ a répondu$/).waitFor();
    await chair.page.waitForLoadState('networkidle');

    const member = await browser.newPage();
    await signIn(member.page, MEMBER);
    await answerFor(member.page, consultationId, 'Oui');
    await checkPage(member.page, '34-consultation-answer');
    // No reload on the chair's side: progress and results arrive through the subscription.
    await progress.getByText(/^1 organisation sur \d+ a répondu$/).waitFor({ timeout: 5000 });

    const capitale = await browser.newPage();
    await signIn(capitale.page, CAPITALE_CHAIR);
    await answerFor(capitale.page, consultationId, 'Non');
    await progress.getByText(/^2 organisations sur \d+ ont répondu$/).waitFor({ timeout: 5000 });

    const results = chair.page.getByRole('region', { name: 'Résultats' });
    const counts = results.getByRole('table', { name: QUESTION });
    await counts.getByRole('row', { name: /^Oui\b.*\b1\b/ }).waitFor();
    await counts.getByRole('row', { name: /^Non\b.*\b1\b/ }).waitFor();
    await checkPage(chair.page, '35-consultation-results');

    for (const session of [chair, member, capitale]) await session.context.close();
    expect(violations).toEqual({});
  });

  it('shows the network tree and the protocol library with its map, without accessibility violations', async () => {
    const member = await browser.newPage();
    await signIn(member.page, MEMBER);
    await member.page.getByRole('link', { name: 'Réseau' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Réseau des tables' }).waitFor();
    await member.page.getByRole('list', { name: 'Arbre du réseau des tables' }).getByRole('link', { name: MONTREAL }).waitFor();
    await checkPage(member.page, '36-network');
    await member.page.getByRole('link', { name: 'Protocoles' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Protocoles de collaboration' }).waitFor();
    await checkPage(member.page, '37-protocols');
    await member.page.getByRole('link', { name: 'Protocole de référencement des victimes mineures (fictif)' }).click();
    await member.page
      .getByRole('list', { name: 'Carte schématique de l’adoption par région' })
      .getByRole('button', { name: /^Montréal : Version dépassée/ })
      .waitFor();
    await member.page.getByRole('table', { name: 'Adoption par région' }).waitFor();
    await checkPage(member.page, '38-protocol');
    await member.page.getByRole('link', { name: 'Consultations' }).click();
    await member.page.getByRole('heading', { level: 1, name: 'Mes consultations' }).waitFor();
    await member.page.getByRole('table', { name: 'Vos consultations' }).waitFor();
    await checkPage(member.page, '39-my-consultations');
    await member.context.close();
    expect(violations).toEqual({});
  });
});
