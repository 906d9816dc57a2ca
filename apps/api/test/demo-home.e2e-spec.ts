import { DEMO_MONTREAL_CHAIR_EMAIL, DEMO_PASSWORD, DEMO_REQUESTER_EMAIL } from '../src/startup/demo-data';
import { startTestApp, type TestApp } from './support/test-app';

const WHAT_NEEDS_ME = `{ whatNeedsMe {
  decisions { kind title table { name } }
  myPendingMemberships { table { name } }
  actionItems { title status overdue }
  nextMeetings { title status }
} }`;

/** Every demo account opens on a home page with something to do (all of it fictitious). */
describe('the demo data on the home page', () => {
  let t: TestApp;
  const home = async (email: string) => {
    const login = await t.gql(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`, {
      email,
      password: DEMO_PASSWORD,
    });
    expect(login.errors).toBeUndefined();
    const r = await t.gql(WHAT_NEEDS_ME, {}, login.data.login.accessToken);
    expect(r.errors).toBeUndefined();
    return r.data.whatNeedsMe;
  };
  const kinds = (h: { decisions: Array<{ kind: string }> }) => h.decisions.map((d) => d.kind);

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: '1' });
  });
  afterAll(() => t.close());

  it('gives the Montréal chair a membership request, a consultation to answer, minutes to approve and a next meeting', async () => {
    const chair = await home(DEMO_MONTREAL_CHAIR_EMAIL);
    expect(kinds(chair)).toEqual(expect.arrayContaining(['MEMBERSHIP_REQUEST', 'CONSULTATION_TO_ANSWER', 'MINUTES_TO_APPROVE']));
    expect(chair.nextMeetings.length).toBeGreaterThan(0);
  });

  it('gives the Québec chair the referral sent up by a regional table', async () => {
    // Referrals go up the line: the regional tables have none below them, the provincial one receives them.
    expect(kinds(await home('presidence.quebec@exemple.test'))).toContain('REFERRAL');
  });

  it('puts membre.police’s overdue and blocked items first', async () => {
    const member = await home('membre.police@exemple.test');
    expect(member.actionItems.length).toBeGreaterThanOrEqual(2);
    expect(member.actionItems.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    expect(member.actionItems.map((i: { status: string }) => i.status)).toEqual(expect.arrayContaining(['OPEN', 'BLOCKED']));
    expect(kinds(member)).toContain('CONSULTATION_TO_ANSWER');
  });

  it('gives the coordinator an affiliation to confirm, and the requester their pending request', async () => {
    expect(kinds(await home('coordination@exemple.test'))).toContain('AFFILIATION');
    expect((await home(DEMO_REQUESTER_EMAIL)).myPendingMemberships).toEqual([{ table: { name: 'Table régionale de Montréal (fictive)' } }]);
  });
});
