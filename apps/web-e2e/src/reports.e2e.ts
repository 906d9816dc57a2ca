import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { ApiSession } from './support/api';
import { baseUrl, launchBrowser, screenshot, seriousViolations, type Session } from './support/browser';
import { checkPage, signIn, violations } from './support/flows';
import { horizontalOverflow, textProblems } from './support/route-checks';

// Fictitious demo accounts and table (apps/api/src/startup/demo-data*.ts); the meeting is this flow's
// own, so that the current quarter has a held meeting whatever day the flow runs and whatever the
// demo data's history holds. The flow asserts the report's structure, never its exact numbers.
const CHAIR = 'presidence.montreal@exemple.test';
const COORDINATOR = 'coordination@exemple.test';
const MONTREAL = 'Table régionale de Montréal (fictive)';
const MEETING = 'Rencontre comptée au rapport d’activité (fictive, e2e)';

const PERIOD_IN_ADDRESS = /\?from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})$/;

/** The CSV the browser saved: UTF-8 with a byte-order mark, a header row and rows of figures. */
function savedText(path: string | null): string {
  if (!path) throw new Error('The download was not saved');
  return readFileSync(path, 'utf8');
}

async function csvOf(download: Download): Promise<string[]> {
  const text = savedText(await download.path());
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).split(/\r?\n/).filter(Boolean);
}

/** A browser context already signed in as `session`, in `language`, at `viewport`: as every-route starts its own. */
async function signedInContext(
  browser: Session,
  session: ApiSession,
  language: 'fr' | 'en',
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.browser.newContext({
    baseURL: baseUrl(),
    locale: language === 'fr' ? 'fr-CA' : 'en-CA',
    timezoneId: 'America/Toronto',
    viewport,
  });
  await context.addInitScript(
    ([token, lang]) => {
      localStorage.setItem('concertation.accessToken', token);
      localStorage.setItem('concertation.language', lang);
    },
    [session.accessToken, language] as const,
  );
  return context;
}

/** Nothing wider than a phone's screen, no French on the English page, no code, no serious axe fault. */
async function phoneProblems(page: Page, language: 'fr' | 'en'): Promise<string[]> {
  const problems = [...(await textProblems(page, language))];
  const overflow = await horizontalOverflow(page);
  if (overflow) problems.push(overflow);
  for (const violation of await seriousViolations(page)) problems.push(`axe ${violation.impact} ${violation.id} at ${violation.nodes.slice(0, 3).join(', ')}`);
  return problems;
}

const setLocale = (session: ApiSession, locale: 'FR' | 'EN') =>
  session.gql('mutation Locale($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { locale } });

describe('activity reports', () => {
  let browser: Session;
  let chair: ApiSession;
  let coordinator: ApiSession;
  let tableId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    chair = await ApiSession.as(CHAIR);
    coordinator = await ApiSession.as(COORDINATOR);
    tableId = await chair.tableNamed(MONTREAL);
    await chair.startedMeeting(tableId, MEETING, ['Ouverture (fictive)']);
  });
  afterAll(async () => {
    // The other flows read the demo accounts in French.
    for (const session of [chair, coordinator]) if (session) await setLocale(session, 'FR');
    await browser?.close();
  });

  it('a chair opens the table’s report, picks a preset, sees the charts and tables, and downloads the CSV', async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, CHAIR);
    await page.goto(`/tables/${tableId}`);
    await page.getByRole('navigation', { name: 'Sections de la table' }).getByRole('link', { name: 'Rapport' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rapport d’activité' }).waitFor();
    // Twelve months by default.
    await expect(page.getByRole('radio', { name: '12 derniers mois' }).isChecked()).resolves.toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Chiffres clés' }).waitFor();

    await page.getByRole('radio', { name: 'Ce trimestre' }).check();
    await page.getByRole('button', { name: 'Afficher le rapport' }).click();
    await page.waitForURL(PERIOD_IN_ADDRESS);
    const [, from, to] = PERIOD_IN_ADDRESS.exec(page.url()) ?? [];
    expect(from.endsWith('-01')).toBe(true);
    await page.getByText(/^Période affichée : du /).waitFor();

    // This flow's meeting is under way: the quarter has held at least one.
    const held = page.locator('.report-figure', { has: page.getByText('Rencontres tenues', { exact: true }) }).locator('.report-figure__value');
    await held.waitFor();
    expect(Number(await held.textContent())).toBeGreaterThanOrEqual(1);

    // Four charts, one bar per month of the quarter for the meetings held, at least one of them drawn.
    const charts = page.getByRole('img', { name: /^Diagramme en bâtons/ });
    await expect(charts.count()).resolves.toBe(4);
    const meetingsChart = page.getByRole('img', { name: /^Diagramme en bâtons : rencontres tenues par mois/ });
    await expect(meetingsChart.locator('.month-chart__month').count()).resolves.toBe(3);
    expect(await meetingsChart.locator('rect').count()).toBeGreaterThanOrEqual(1);
    // Each chart's numbers again as a table.
    const months = page.getByRole('table', { name: 'Activité par mois' });
    await expect(months.getByRole('rowheader').count()).resolves.toBe(3);
    const organizations = page.getByRole('table', { name: 'Présence et actions par organisation' });
    expect(await organizations.getByRole('rowheader').count()).toBeGreaterThanOrEqual(1);
    await page.getByRole('img', { name: /^Diagramme en barres de la présence/ }).waitFor();
    await checkPage(page, '60-table-report');

    // The CSV of the same period arrives, with the token, as a file.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger en CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`report-${from}-${to}.csv`);
    const lines = await csvOf(file);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((line) => line.includes(from.slice(0, 7)))).toBe(true);
    await page.getByText('Fichier CSV téléchargé.').waitFor();

    await context.close();
    expect(violations).toEqual({});
  });

  it('the same report reads in English on a 360 px phone, nothing wider than the screen', async () => {
    await setLocale(chair, 'EN');
    const context = await signedInContext(browser, chair, 'en', { width: 360, height: 740 });
    const page = await context.newPage();
    try {
      await page.goto(`/tables/${tableId}/report`);
      await page.getByRole('heading', { level: 2, name: 'Key figures' }).waitFor();
      await page.getByRole('table', { name: 'Activity by month' }).waitFor();
      await page.waitForLoadState('networkidle');
      // A fiscal year, the one that began last April (or the April before, before April).
      await page.getByRole('radio', { name: 'Fiscal year (April 1 to March 31)' }).check();
      await page.getByRole('combobox', { name: 'Fiscal year' }).waitFor();
      await page.getByRole('button', { name: 'Show the report' }).click();
      await page.waitForURL(/\?from=\d{4}-04-01&to=\d{4}-03-31$/);
      await page.getByText(/^Period shown: April 1, \d{4} to March 31, \d{4}$/).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Key figures' }).or(page.getByText('Nothing to report for this period')).first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, '61-table-report-phone-en');
      expect(await phoneProblems(page, 'en')).toEqual([]);
    } finally {
      await context.close();
      await setLocale(chair, 'FR');
    }
  });

  it('a coordinator opens the network report from the menu, sorts the tables and sees the regions’ map', async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, COORDINATOR);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport du réseau' }).waitFor();
    const tables = page.getByRole('table', { name: 'Activité de chaque table pendant la période' });
    await tables.waitFor();
    expect(await tables.getByRole('rowheader').count()).toBeGreaterThan(1);

    // Sorting by meetings held, most first: aria-sort says so and the column reads downward.
    const header = tables.getByRole('columnheader', { name: /Rencontres tenues/ });
    await tables.getByRole('button', { name: 'Rencontres tenues' }).click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await tables.getByRole('button', { name: 'Rencontres tenues' }).click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await page.getByText('Tableau trié par « Rencontres tenues », ordre décroissant.').waitFor({ state: 'attached' });
    const held = (await tables.locator('tbody tr td:nth-child(3)').allTextContents()).map((text) => Number(text.replace(/\s/g, '')));
    expect(held).toEqual([...held].sort((a, b) => b - a));
    expect(held[0]).toBeGreaterThanOrEqual(1);

    // Quebec's 17 regions on the map, each with its count in words, a legend, and the same as a table.
    const map = page.getByRole('list', { name: 'Carte schématique des rencontres tenues par région' });
    await expect(map.getByRole('listitem').count()).resolves.toBe(17);
    const counts = await map.locator('.activity-tile__figure').allTextContents();
    expect(counts.filter((text) => /^\d+ rencontres? tenues?$/.test(text.replace(/\s/g, ' ')))).toHaveLength(17);
    await page.getByRole('list', { name: 'Légende' }).waitFor();
    await expect(page.getByRole('table', { name: 'Activité par région administrative' }).getByRole('rowheader').count()).resolves.toBe(17);
    await checkPage(page, '62-network-report');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger en CSV' }).click();
    const lines = await csvOf(await download);
    expect(lines.length).toBeGreaterThan(2);

    await context.close();
    expect(violations).toEqual({});
  });

  it('the network report reads in English on a phone too', async () => {
    await setLocale(coordinator, 'EN');
    const context = await signedInContext(browser, coordinator, 'en', { width: 360, height: 740 });
    const page = await context.newPage();
    try {
      await page.goto('/network/report');
      await page.getByRole('heading', { level: 1, name: 'Network report' }).waitFor();
      await page.getByRole('list', { name: 'Schematic map of the meetings held by region' }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, '63-network-report-phone-en');
      expect(await phoneProblems(page, 'en')).toEqual([]);
    } finally {
      await context.close();
      await setLocale(coordinator, 'FR');
    }
  });

  it('a member who finds the address is told the report is not theirs', async () => {
    const { context, page } = await browser.newPage();
    await signIn(page, 'membre.police@exemple.test');
    await page.goto(`/tables/${tableId}`);
    await page.getByRole('navigation', { name: 'Sections de la table' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Sections de la table' }).getByRole('link', { name: 'Rapport' }).count()).resolves.toBe(0);
    await page.goto(`/tables/${tableId}/report`);
    await page.getByText('Rapport réservé').waitFor();
    await checkPage(page, '64-table-report-refused');
    await context.close();
    expect(violations).toEqual({});
  });
});
