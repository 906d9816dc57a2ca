import type { Page } from 'playwright-core';
import { ApiSession } from './support/api';
import { launchBrowser, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';

// Fictitious demo accounts (apps/api/src/startup/demo-data.set.ts); the meeting is this flow's own.
const CHAIR = 'presidence.montreal@exemple.test';
const SECRETARY = 'secretariat.montreal@exemple.test';
// Of the youth protection service, as the chair, but seated at the Québec table only: sent to this meeting.
const SUBSTITUTE = 'secretariat.quebec@exemple.test';
// Of the police service, which holds the community house's proxy at this meeting.
const PROXY_HOLDER = 'membre.police@exemple.test';
const PROXY_GIVER = 'membre.phare@exemple.test';
const TABLE = 'Table régionale de Montréal (fictive)';
const MEETING = 'Rencontre avec vote formel (fictive, e2e)';
const ITEM = 'Entente fictive de partage des places d’hébergement';
const QUESTION = 'Adopter l’entente fictive de partage des places ?';

interface Person {
  id: string;
  organization: { id: string; name: string };
}

async function whoIs(email: string): Promise<Person> {
  const session = await ApiSession.as(email);
  return (await session.gql<{ me: Person }>('{ me { id organization { id name } } }')).me;
}

function votes(page: Page) {
  return page.getByRole('region', { name: 'Votes', exact: true });
}

function theVote(page: Page) {
  return votes(page).getByRole('article', { name: QUESTION });
}

/** Chooses an answer for one organization and casts its ballot; waits for the room to say it is recorded. */
async function castFor(page: Page, organization: string, answer: string, byProxy = false): Promise<void> {
  const name = byProxy ? `Voter pour ${organization} (procuration)` : `Voter pour ${organization}`;
  await theVote(page).getByRole('group', { name }).getByRole('radio', { name: answer }).check();
  await theVote(page).getByRole('button', { name }).click();
  await theVote(page).getByText(`Vote enregistré pour ${organization} : ${answer}.`).waitFor();
  // The room's live region says it too, for those who do not see the screen.
  await votes(page)
    .getByRole('status')
    .filter({ hasText: `Votre vote pour ${organization} est enregistré : ${answer}.` })
    .waitFor({ state: 'attached' });
}

describe('a formal vote in the live room', () => {
  let browser: Session;
  let meetingId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const chair = await ApiSession.as(CHAIR);
    const started = await chair.startedMeeting(await chair.tableNamed(TABLE), MEETING, [ITEM, 'Varia (fictif)']);
    meetingId = started.id;
    const [substitute, holder, giver, secretary, chairPerson] = await Promise.all([SUBSTITUTE, PROXY_HOLDER, PROXY_GIVER, SECRETARY, CHAIR].map(whoIs));
    // The youth protection service sends a colleague; the community house entrusts its ballot to the police.
    await chair.gql(
      'mutation Send($meetingId: ID!, $organizationId: ID!, $userId: ID!) { sendSubstitute(meetingId: $meetingId, organizationId: $organizationId, userId: $userId) { id } }',
      { meetingId, organizationId: substitute.organization.id, userId: substitute.id },
    );
    await chair.gql(
      'mutation Grant($meetingId: ID!, $from: ID!, $to: ID!) { grantProxy(meetingId: $meetingId, fromOrganizationId: $from, toOrganizationId: $to) { id } }',
      { meetingId, from: giver.organization.id, to: holder.organization.id },
    );
    // Present: the substitute and the proxy holder, who vote; the chair and the secretary make the quorum with them.
    for (const person of [substitute, holder, secretary, chairPerson]) {
      await chair.gql(
        'mutation Present($meetingId: ID!, $userId: ID!) { recordAttendance(meetingId: $meetingId, userId: $userId, status: PRESENT) { status } }',
        { meetingId, userId: person.id },
      );
    }
  });
  afterAll(() => browser.close());

  it('the chair opens a vote, a substitute and a proxy holder vote, the chair closes it, everyone sees the result and the minutes hold the decision', async () => {
    const substituteOrganization = (await whoIs(SUBSTITUTE)).organization.name;
    const holderOrganization = (await whoIs(PROXY_HOLDER)).organization.name;
    const giverOrganization = (await whoIs(PROXY_GIVER)).organization.name;
    const live = `/meetings/${meetingId}/live`;

    const chair = await browser.newPage();
    const substitute = await browser.newPage();
    const holder = await browser.newPage();
    await signIn(chair.page, CHAIR);
    await signIn(substitute.page, SUBSTITUTE);
    await signIn(holder.page, PROXY_HOLDER);
    for (const { page } of [chair, substitute, holder]) {
      await page.goto(live);
      await votes(page).getByText('Aucun vote pour cette rencontre.').waitFor();
      // Every room has its subscriptions up before the chair acts.
      await page.waitForLoadState('networkidle');
    }

    // The chair opens the vote on the current item.
    await votes(chair.page).getByRole('button', { name: 'Ouvrir un vote' }).click();
    const form = votes(chair.page).getByRole('form', { name: 'Ouvrir un vote' });
    await form.getByLabel('Question soumise au vote').fill(QUESTION);
    await form.getByRole('radio', { name: 'Pour, contre ou abstention' }).check();
    await form.getByRole('radio', { name: /^Majorité simple/ }).check();
    await checkPage(chair.page, '60-open-vote-form');
    await form.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await theVote(chair.page).waitFor();

    // The others hear of it through their live events: the vote appears, and it is announced.
    for (const { page } of [substitute, holder]) {
      await theVote(page).waitFor({ timeout: 5000 });
      await votes(page)
        .getByRole('status')
        .filter({ hasText: `Vote ouvert : ${QUESTION}` })
        .waitFor({ state: 'attached' });
    }
    // The substitute votes for the organization that sent them, and for no other.
    await theVote(substitute.page)
      .getByRole('group', { name: `Voter pour ${substituteOrganization}` })
      .waitFor();
    expect(await theVote(substitute.page).getByRole('group').count()).toBe(1);
    await checkPage(substitute.page, '61-vote-substitute');
    await castFor(substitute.page, substituteOrganization, 'Pour');

    // The proxy holder votes for their own organization and, by proxy, for the one that gave it.
    await castFor(holder.page, holderOrganization, 'Pour');
    await castFor(holder.page, giverOrganization, 'Contre', true);
    await checkPage(holder.page, '62-vote-proxy-holder');

    // The chair watches the turnout come in: who has voted, never how.
    const turnout = theVote(chair.page).getByRole('list', { name: 'Participation' });
    for (const organization of [substituteOrganization, holderOrganization, giverOrganization]) {
      await turnout.getByRole('listitem').filter({ hasText: organization }).getByText('A voté').waitFor({ timeout: 5000 });
    }
    await theVote(chair.page)
      .getByText(/^3 organisations sur \d+ ont voté$/)
      .waitFor();
    expect(await turnout.textContent()).not.toMatch(/Pour|Contre/);

    await theVote(chair.page).getByRole('button', { name: 'Clore le vote' }).click();
    const confirm = chair.page.getByRole('alertdialog', { name: 'Clore le vote ?' });
    await confirm.getByText(/^3 organisations sur \d+ ont voté$/).waitFor();
    await confirm.getByRole('button', { name: 'Clore le vote' }).click();

    // Everyone sees the result: two for, one against; adopted by simple majority, and the room says so.
    for (const { page } of [chair, substitute, holder]) {
      const result = theVote(page);
      await result.getByText('Seuil atteint : Majorité simple.').waitFor({ timeout: 5000 });
      await result.getByText('Adoptée', { exact: true }).waitFor();
      await votes(page)
        .getByRole('status')
        .filter({ hasText: `Vote clos : ${QUESTION} Adoptée (Majorité simple).` })
        .waitFor({ state: 'attached' });
      const table = result.getByRole('table', { name: `Résultats : ${QUESTION}` });
      expect(await table.getByRole('row').allTextContents()).toEqual(['RéponseVotes', 'Pour2', 'Contre1', 'Abstention0', 'Total3']);
      await result.getByText(`${giverOrganization} : Contre`).waitFor();
    }
    await checkPage(chair.page, '63-vote-result-chair');
    await checkPage(holder.page, '64-vote-result-member');

    // The decision is in the minutes, with its counts.
    await chair.page.goto(`/meetings/${meetingId}/minutes`);
    await chair.page.getByRole('heading', { level: 1, name: `Procès-verbal : ${MEETING}` }).waitFor();
    const decision = chair.page.locator('li.decision').filter({ hasText: QUESTION }).first();
    await decision.waitFor();
    await decision.getByText('Adoptée', { exact: true }).waitFor();
    await decision.getByText('Pour 2 · Contre 1 · Abstentions 0').waitFor();
    await checkPage(chair.page, '65-minutes-with-vote');

    for (const session of [chair, substitute, holder]) await session.context.close();
    expect(violations).toEqual({});
  });
});
