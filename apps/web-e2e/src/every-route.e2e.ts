import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { paths, routePatterns, type RouteName } from '@concertation/shared-paths';
import { ApiSession } from './support/api';
import { ARTEFACTS } from './support/paths';
import { baseUrl, launchBrowser, seriousViolations, type Session } from './support/browser';
import { horizontalOverflow, textProblems } from './support/route-checks';

/**
 * Every screen of the web client, for the three kinds of people, on a desktop and on a phone, in
 * French and in English: nothing wider than the screen, no text of the other language, no code
 * (enum value, time zone id, UUID, audit action) where words belong, no serious accessibility fault.
 * Every problem is collected, so one run lists them all, each with its route, viewport and language.
 */

const PEOPLE = {
  chair: 'presidence.montreal@exemple.test',
  member: 'membre.police@exemple.test',
  coordinator: 'coordination@exemple.test',
} as const;
type Person = keyof typeof PEOPLE;

const VIEWPORTS = [
  { name: 'desktop 1366×900', width: 1366, height: 900 },
  { name: 'phone 360×740', width: 360, height: 740 },
] as const;

const LANGUAGES = ['fr', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

interface Ids {
  table: string;
  meeting: string;
  minutesMeeting: string;
  actionItem: string;
  consultation: string;
  protocol: string;
  organization: string;
}

/** `EVERY_ROUTE_CASES=chair:fr,member:en` runs only those cases (while fixing one page, or split over two runs). */
const ONLY = process.env.EVERY_ROUTE_CASES?.split(',').map((item) => item.trim());

/** Followed while the run goes on (the assertion comes at the end of each case). */
const REPORT = join(ARTEFACTS, `every-route-failures${ONLY ? `-${ONLY.join('+').replace(/:/g, '-')}` : ''}.txt`);

const FAR_PAST = '2000-01-01T00:00:00Z';
const FAR_FUTURE = '2100-01-01T00:00:00Z';

/** Real ids from the demo data, as the chair of the Montréal table sees it (the member sits there too; the coordinator meets the refusals). */
async function demoIds(chair: ApiSession): Promise<Ids> {
  const data = await chair.gql<{
    me: { participations: { table: { id: string } }[] };
    myMeetings: { id: string; status: string; minutes: { id: string } | null }[];
    myActionItems: { edges: { node: { id: string } }[] };
    myConsultations: { id: string }[];
    protocols: { id: string }[];
    organizations: { edges: { node: { id: string } }[] };
  }>(
    `query Ids($from: DateTime, $to: DateTime) {
      me { participations { table { id } } }
      myMeetings(from: $from, to: $to) { id status minutes { id } }
      myActionItems(first: 1) { edges { node { id } } }
      myConsultations { id }
      protocols { id }
      organizations(first: 1) { edges { node { id } } }
    }`,
    { from: FAR_PAST, to: FAR_FUTURE },
  );
  const meetings = data.myMeetings;
  const withMinutes = meetings.find((meeting) => meeting.minutes) ?? meetings[0];
  const live = meetings.find((meeting) => meeting.status === 'IN_PROGRESS') ?? withMinutes;
  const first = <T>(list: T[], what: string): T => {
    if (!list.length) throw new Error(`The demo data has no ${what} for the chair`);
    return list[0];
  };
  return {
    table: first(data.me.participations, 'table').table.id,
    meeting: first([live], 'meeting').id,
    minutesMeeting: first([withMinutes], 'meeting with minutes').id,
    actionItem: first(data.myActionItems.edges, 'action item').node.id,
    consultation: first(data.myConsultations, 'consultation').id,
    protocol: first(data.protocols, 'protocol').id,
    organization: first(data.organizations.edges, 'organization').node.id,
  };
}

/** One address per route of the router (routePatterns), ids filled in. */
function everyRoute(ids: Ids): Array<{ route: RouteName; url: string }> {
  const urls: Record<RouteName, string> = {
    home: paths.home(),
    signIn: paths.signIn(),
    register: paths.register(),
    forgotPassword: paths.forgotPassword(),
    resetPassword: paths.resetPassword({ token: 'demo-token-that-does-not-exist' }),
    profile: paths.profile(),
    privacy: paths.privacy(),
    notificationSettings: paths.notificationSettings(),
    accountSecurity: paths.accountSecurity(),
    affiliations: paths.affiliations(),
    audit: paths.audit(),
    emailDelivery: paths.emailDelivery(),
    tablesDirectory: paths.tablesDirectory(),
    createTable: paths.createTable(),
    organizationsDirectory: paths.organizationsDirectory(),
    createOrganization: paths.createOrganization(),
    organization: paths.organization(ids.organization),
    network: paths.network(),
    networkReport: paths.networkReport(),
    table: paths.table(ids.table),
    tableMeetings: paths.tableMeetings(ids.table),
    scheduleMeeting: paths.scheduleMeeting(ids.table),
    tableActions: paths.tableActions(ids.table),
    tableReferrals: paths.tableReferrals(ids.table),
    tableConsultations: paths.tableConsultations(ids.table),
    createConsultation: paths.createConsultation(ids.table),
    tableMembers: paths.tableMembers(ids.table),
    tableJournal: paths.tableJournal(ids.table),
    tableReport: paths.tableReport(ids.table),
    myMeetings: paths.myMeetings(),
    meeting: paths.meeting(ids.meeting),
    editMeeting: paths.editMeeting(ids.meeting),
    liveMeeting: paths.liveMeeting(ids.meeting),
    minutes: paths.minutes(ids.minutesMeeting),
    myActions: paths.myActions(),
    actionItem: paths.actionItem(ids.actionItem),
    myConsultations: paths.myConsultations(),
    consultation: paths.consultation(ids.consultation),
    editConsultation: paths.editConsultation(ids.consultation),
    protocols: paths.protocols(),
    createProtocol: paths.createProtocol(),
    protocol: paths.protocol(ids.protocol),
    notifications: paths.notifications(),
    search: paths.search('rencontre'),
  };
  return (Object.keys(routePatterns) as RouteName[]).map((route) => ({ route, url: urls[route] }));
}

/** The page has loaded its data: the network is quiet and no page-wide « Loading… » is left. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('main .loading:not(.loading--inline)')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/** On a phone the header leaves the screen to the page: one row, the menu collapsed. */
const PHONE_HEADER_MAX_PX = 72;

async function checkHere(page: Page, where: string, language: Language, failures: string[]): Promise<void> {
  const header = await page.locator('header.site-header').boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  if (width < 500 && header && header.height > PHONE_HEADER_MAX_PX)
    failures.push(`${where}: the header is ${Math.round(header.height)} px tall (at most ${PHONE_HEADER_MAX_PX})`);
  const overflow = await horizontalOverflow(page);
  if (overflow) failures.push(`${where}: ${overflow}`);
  for (const problem of await textProblems(page, language)) failures.push(`${where}: ${problem}`);
  for (const violation of await seriousViolations(page))
    failures.push(`${where}: axe ${violation.impact} ${violation.id} at ${violation.nodes.slice(0, 3).join(', ')}`);
}

describe('every route of the web client', () => {
  let browser: Session;
  let ids: Ids;
  const sessions = {} as Record<Person, ApiSession>;
  const originalLocales = {} as Record<Person, string>;

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    writeFileSync(REPORT, '');
    browser = await launchBrowser();
    for (const person of Object.keys(PEOPLE) as Person[]) {
      sessions[person] = await ApiSession.as(PEOPLE[person]);
      originalLocales[person] = (await sessions[person].gql<{ me: { locale: string } }>('{ me { locale } }')).me.locale;
    }
    ids = await demoIds(sessions.chair);
  });

  afterAll(async () => {
    // The other flows read the demo accounts in their own language.
    for (const person of Object.keys(PEOPLE) as Person[]) {
      await sessions[person]?.gql('mutation Locale($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', {
        input: { locale: originalLocales[person] },
      });
    }
    await browser?.close();
  });

  const languagesOf = (person: Person) => LANGUAGES.filter((language) => !ONLY || ONLY.includes(`${person}:${language}`));
  const people = (Object.keys(PEOPLE) as Person[]).filter((person) => languagesOf(person).length > 0);

  /** One language for one person: every route at both sizes; the problems found, each with where. */
  async function visitEveryRoute(person: Person, language: Language): Promise<string[]> {
    // The language is the profile's, as the language switch leaves it; the token is the one the sign-in form would store.
    const session = sessions[person];
    await session.gql('mutation Locale($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { locale: language.toUpperCase() } });
    const context: BrowserContext = await browser.browser.newContext({
      baseURL: baseUrl(),
      locale: language === 'fr' ? 'fr-CA' : 'en-CA',
      timezoneId: 'America/Toronto',
      viewport: { width: VIEWPORTS[0].width, height: VIEWPORTS[0].height },
    });
    await context.addInitScript(
      ([token, lang]) => {
        localStorage.setItem('concertation.accessToken', token);
        localStorage.setItem('concertation.language', lang);
      },
      [session.accessToken, language] as const,
    );
    const page = await context.newPage();
    const failures: string[] = [];
    try {
      for (const { route, url } of everyRoute(ids)) {
        await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
        await page.goto(url);
        await settle(page);
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const found: string[] = [];
          await checkHere(page, `${route} (${url}) [${person}, ${viewport.name}, ${language}]`, language, found);
          if (found.length) appendFileSync(REPORT, found.map((line) => `${line}\n`).join(''));
          failures.push(...found);
        }
      }
    } finally {
      await context.close();
    }
    return failures;
  }

  // The three people side by side (most of a visit is waiting for the network to settle); each
  // person's two languages one after the other, since the language is their profile's.
  it.concurrent.each(people)(
    'for the %s, in French then in English: no overflow, no other language, no code, no serious axe violation',
    async (person) => {
      const failures: string[] = [];
      for (const language of languagesOf(person)) failures.push(...(await visitEveryRoute(person, language)));
      expect(failures).toEqual([]);
    },
    1_200_000,
  );
});
