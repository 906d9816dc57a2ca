import { codeOf, startTestApp, type TestApp } from './support/test-app';
import { seat, tableWithCast } from './support/fixtures';
import { insertItem, insertMeeting } from './support/meeting-fixtures';
import { countSql } from '../src/modules/search/search-sql';
import { SearchPolicy } from '../src/modules/search/search.policy';
import { snippetFragments } from '../src/modules/search/snippet';

const UNKNOWN_ID = '6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const SEARCH = `query($q: String!, $tableId: ID, $first: Int, $after: String) {
  search(query: $q, tableId: $tableId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { snippet rank hit {
      __typename
      ... on Meeting { id title }
      ... on AgendaItem { id title }
      ... on Decision { id text }
      ... on ActionItem { id title }
    } } }
  } }`;
const EDIT = `mutation($id: ID!, $v: Int!, $input: MinutesInput!) { editMinutes(meetingId: $id, expectedVersion: $v, input: $input) { version } }`;
const MINUTES = `query($id: ID!) { meeting(id: $id) { minutes { version } } }`;
const DECIDE = `mutation($input: DecisionInput!) { recordDecision(input: $input) { id } }`;
const ACT = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;

const ids = (r: any): string[] => r.data.search.edges.map((e: any) => e.node.hit.id);

describe('search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A started meeting with an open and an in-camera item, notes written through editMinutes, a decision and an action item. */
  async function world() {
    const c = await tableWithCast(t);
    const meetingId = await insertMeeting(t, c.tableId, { status: 'IN_PROGRESS', title: 'Réunion fictive de Montréal' });
    const open = await insertItem(t, meetingId, { title: 'Hébergement des jeunes' });
    const secret = await insertItem(t, meetingId, { title: 'Dossier confidentiel', confidentiality: 'IN_CAMERA' });
    expect((await t.gql(MINUTES, { id: meetingId }, c.secretary.token)).data.meeting.minutes.version).toBe(1);
    const edit = await t.gql(
      EDIT,
      {
        id: meetingId,
        v: 1,
        input: {
          itemNotes: [
            { agendaItemId: open, notes: 'Les partenaires ont présenté les Décisions du comité fictif sur les refuges.' },
            { agendaItemId: secret, notes: 'Enquête fictive: le signalement zanzibar reste sous scellés.' },
          ],
        },
      },
      c.secretary.token,
    );
    expect(edit.errors).toBeUndefined();
    const decision = await t.gql(
      DECIDE,
      { input: { meetingId, agendaItemId: open, text: 'Adopt the shelter funding plan', outcome: 'ADOPTED' } },
      c.chair.token,
    );
    const secretDecision = await t.gql(
      DECIDE,
      { input: { meetingId, agendaItemId: secret, text: 'Transmettre le dossier zanzibar', outcome: 'CONSENSUS' } },
      c.chair.token,
    );
    const action = await t.gql(
      ACT,
      { input: { tableId: c.tableId, meetingId, title: 'Rédiger le rapport sur les refuges', description: 'Running the partner meetings' } },
      c.chair.token,
    );
    const secretAction = await t.gql(ACT, { input: { tableId: c.tableId, agendaItemId: secret, title: 'Suivre le dossier zanzibar' } }, c.chair.token);
    for (const r of [decision, secretDecision, action, secretAction]) expect(r.errors).toBeUndefined();
    return {
      c,
      meetingId,
      open,
      secret,
      decisionId: decision.data.recordDecision.id,
      secretDecisionId: secretDecision.data.recordDecision.id,
      actionId: action.data.createActionItem.id,
      secretActionId: secretAction.data.createActionItem.id,
    };
  }

  it('ignores accents, case and plurals, stems French and English, and highlights with « »', async () => {
    const w = await world();
    const token = w.c.member.token;
    // `montreal` finds `Montréal`; case ignored.
    const city = await t.gql(SEARCH, { q: 'MONTREAL' }, token);
    expect(city.errors).toBeUndefined();
    expect(ids(city)).toEqual([w.meetingId]);
    expect(city.data.search.edges[0].node).toMatchObject({ snippet: 'Réunion fictive de «Montréal»', hit: { __typename: 'Meeting' } });
    // French: `décision` (singular, accented) finds the notes' `Décisions`; `hebergement` the title `Hébergement`.
    const fr = await t.gql(SEARCH, { q: 'decision' }, token);
    expect(ids(fr)).toEqual([w.open]);
    expect(fr.data.search.edges[0].node.snippet).toContain('«Décisions»');
    expect(ids(await t.gql(SEARCH, { q: 'hebergement' }, token))).toEqual([w.open]);
    expect(ids(await t.gql(SEARCH, { q: 'réfuge' }, token)).sort()).toEqual([w.open, w.actionId].sort());
    // English: `shelters` finds `shelter`, `meeting` finds `meetings` and `funded` finds `funding`.
    const en = await t.gql(SEARCH, { q: 'shelters funded' }, token);
    expect(ids(en)).toEqual([w.decisionId]);
    expect(en.data.search.edges[0].node).toMatchObject({ hit: { __typename: 'Decision', text: 'Adopt the shelter funding plan' } });
    expect(en.data.search.edges[0].node.snippet).toBe('Adopt the «shelter» «funding» plan');
    expect(ids(await t.gql(SEARCH, { q: 'meeting' }, token))).toEqual([w.actionId]);
    // Nothing found is an empty page, not an error.
    expect((await t.gql(SEARCH, { q: 'introuvable' }, token)).data.search).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('cuts a long text’s snippet at whole words, with an ellipsis where the text goes on', async () => {
    const w = await world();
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `mot-composé-${i} d’l’exemple${i}`).join(' ');
    const text = `${filler(40)} la table retient l’hébergement-relais d’urgence pour les jeunes ${filler(40)}`;
    const decided = await t.gql(DECIDE, { input: { meetingId: w.meetingId, agendaItemId: w.open, text, outcome: 'ADOPTED' } }, w.c.chair.token);
    expect(decided.errors).toBeUndefined();
    const r = await t.gql(SEARCH, { q: 'urgence' }, w.c.member.token);
    const node = r.data.search.edges.find((e: any) => e.node.hit.id === decided.data.recordDecision.id).node;
    expect(node.snippet).toContain('«urgence»');
    expect(node.snippet.startsWith('… ')).toBe(true);
    expect(node.snippet.endsWith(' …')).toBe(true);
    const words = new Set(text.split(/\s+/));
    const shown = snippetFragments(node.snippet).flatMap((fragment) => fragment.split(/\s+/));
    expect(shown.filter((word) => !words.has(word))).toEqual([]);
  });

  it('returns in-camera content to chair, secretary and member only; nothing to strangers', async () => {
    const w = await world();
    const everything = [w.secret, w.secretDecisionId, w.secretActionId].sort();
    for (const viewer of [w.c.chair, w.c.secretary, w.c.member]) {
      const r = await t.gql(SEARCH, { q: 'zanzibar' }, viewer.token);
      expect(ids(r).sort()).toEqual(everything);
      expect(r.data.search.totalCount).toBe(3);
    }
    const observer = await t.gql(SEARCH, { q: 'zanzibar' }, w.c.observer.token);
    expect(observer.data.search).toMatchObject({ totalCount: 0, edges: [] });
    // The observer still finds the table's ordinary content.
    expect(ids(await t.gql(SEARCH, { q: 'refuges' }, w.c.observer.token)).sort()).toEqual([w.open, w.actionId].sort());
    expect(JSON.stringify((await t.gql(SEARCH, { q: 'scellés dossier' }, w.c.observer.token)).data)).not.toMatch(/zanzibar|scell|confidentiel/i);
    // Strangers (another organization's user, a coordinator who does not sit there) find nothing.
    for (const stranger of [w.c.outsider, w.c.coordinator, w.c.colleague]) {
      for (const q of ['zanzibar', 'montreal', 'refuges', 'shelter']) {
        expect((await t.gql(SEARCH, { q }, stranger.token)).data.search).toMatchObject({ totalCount: 0, edges: [] });
      }
    }
  });

  it('audits a snippet taken from in-camera notes as a read of them: once per item and request, never for the observer', async () => {
    const w = await world();
    const reads = async (itemId: string): Promise<Array<{ actor_id: string }>> =>
      t.dataSource.query(`SELECT actor_id FROM audit_event WHERE action = 'agendaItem.read_in_camera' AND entity_id = $1`, [itemId]);
    // Two searches in one request, both showing the notes (zanzibar is in them), and the notes read too.
    const TWICE = `query { a: search(query: "zanzibar") { edges { node { snippet } } } b: search(query: "scellés") { edges { node { snippet } } }
      meeting(id: "${w.meetingId}") { agenda { notes } } }`;
    const r = await t.gql(TWICE, {}, w.c.member.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.a.edges.some((e: any) => /«zanzibar» reste sous/.test(e.node.snippet))).toBe(true);
    expect(await reads(w.secret)).toEqual([{ actor_id: w.c.member.id }]);
    const again = await t.gql(SEARCH, { q: 'zanzibar' }, w.c.chair.token);
    expect(ids(again)).toContain(w.secret);
    expect((await reads(w.secret)).map((e) => e.actor_id).sort()).toEqual([w.c.member.id, w.c.chair.id].sort());
    const [{ table_id }] = await t.dataSource.query(`SELECT table_id FROM audit_event WHERE action = 'agendaItem.read_in_camera' AND entity_id = $1 LIMIT 1`, [
      w.secret,
    ]);
    expect(table_id).toBe(w.c.tableId);
    // The observer finds nothing of it, so nothing is audited in their name; ordinary hits are not reads of in-camera notes.
    expect((await t.gql(SEARCH, { q: 'zanzibar' }, w.c.observer.token)).data.search.totalCount).toBe(0);
    expect(ids(await t.gql(SEARCH, { q: 'refuges' }, w.c.member.token))).toContain(w.open);
    expect((await reads(w.secret)).length).toBe(2);
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'agendaItem.read_in_camera' AND entity_id = $1`, [w.open]))[0].n,
    ).toBe(0);
  });

  it('does not audit an in-camera hit whose snippet shows only its title and description', async () => {
    const w = await world();
    const filler = Array.from({ length: 40 }, (_, i) => `mot${i}`).join(' ');
    const item = await insertItem(t, w.meetingId, { title: 'Revue pélican fictive', confidentiality: 'IN_CAMERA' });
    await t.dataSource.query(`UPDATE agenda_item SET description = $2, notes = 'Notes secrètes fictives' WHERE id = $1`, [item, filler]);
    const r = await t.gql(SEARCH, { q: 'pelican' }, w.c.member.token);
    expect(ids(r)).toEqual([item]);
    expect(r.data.search.edges[0].node.snippet).not.toContain('secrètes');
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'agendaItem.read_in_camera' AND entity_id = $1`, [item]))[0].n,
    ).toBe(0);
  });

  it("numbers agenda item hits as the viewer's meeting page does: an observer's agenda leaves in-camera items out", async () => {
    const w = await world();
    const after = await insertItem(t, w.meetingId, { title: 'Bilan pélican des partenaires' });
    const HIT = `query($q: String!) { search(query: $q) { edges { node { hit { ... on AgendaItem { id position } } } } } }`;
    const PAGE = `query($id: ID!) { meeting(id: $id) { agenda { id position } } }`;
    for (const viewer of [w.c.observer, w.c.member]) {
      const hit = (await t.gql(HIT, { q: 'pelican' }, viewer.token)).data.search.edges.map((e: any) => e.node.hit);
      const page = (await t.gql(PAGE, { id: w.meetingId }, viewer.token)).data.meeting.agenda;
      expect(hit).toEqual([page.find((i: any) => i.id === after)]);
    }
    expect((await t.gql(HIT, { q: 'pelican' }, w.c.observer.token)).data.search.edges[0].node.hit.position).toBe(2);
    expect((await t.gql(HIT, { q: 'pelican' }, w.c.member.token)).data.search.edges[0].node.hit.position).toBe(3);
  });

  it('lets an assignee who does not sit at the table find their own action item', async () => {
    const w = await world();
    const r = await t.gql(
      ACT,
      { input: { tableId: w.c.tableId, title: 'Coordonner la campagne fictive', assigneeOrganizationId: w.c.organizationId } },
      w.c.chair.token,
    );
    expect(r.errors).toBeUndefined();
    // c.colleague belongs to the organization but does not sit at the table.
    expect(ids(await t.gql(SEARCH, { q: 'campagne' }, w.c.colleague.token))).toEqual([r.data.createActionItem.id]);
    expect(ids(await t.gql(SEARCH, { q: 'refuges' }, w.c.colleague.token))).toEqual([]);
  });

  it('ranks titles above notes, paginates with cursors and a total, restricts to one table', async () => {
    const w = await world();
    const m2 = await insertMeeting(t, w.c.tableId, { status: 'IN_PROGRESS', title: 'Bilan annuel fictif' });
    const inTitle = await insertItem(t, m2, { title: 'Prévention en ligne' });
    const inNotes = await insertItem(t, m2, { title: 'Divers' });
    await t.dataSource.query(`UPDATE agenda_item SET notes = 'On parle aussi de prévention, de prévention encore.' WHERE id = $1`, [inNotes]);
    const ranked = await t.gql(SEARCH, { q: 'prevention' }, w.c.member.token);
    expect(ids(ranked)).toEqual([inTitle, inNotes]);
    const [a, b] = ranked.data.search.edges.map((e: any) => e.node.rank);
    expect(a).toBeGreaterThan(b);
    expect(ranked.data.search.edges[1].node.snippet).toContain('«prévention»');

    // Pages of one: every hit exactly once, in rank order, with the same total.
    const all = await t.gql(SEARCH, { q: 'refuges OR zanzibar OR prevention' }, w.c.member.token);
    expect(all.data.search.totalCount).toBe(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 8; i++) {
      const page: any = await t.gql(SEARCH, { q: 'refuges OR zanzibar OR prevention', first: 2, after }, w.c.member.token);
      expect(page.errors).toBeUndefined();
      expect(page.data.search.totalCount).toBe(7);
      seen.push(...ids(page));
      if (!page.data.search.pageInfo.hasNextPage) break;
      after = page.data.search.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids(all));
    const ranks = all.data.search.edges.map((e: any) => e.node.rank);
    expect([...ranks].sort((x, y) => y - x)).toEqual(ranks);

    // tableId: another table's content is left out; unknown/malformed → NOT_FOUND; not seated → FORBIDDEN.
    const other = await tableWithCast(t);
    const otherMeeting = await insertMeeting(t, other.tableId, { title: 'Prévention ailleurs' });
    await seat(t, other.tableId, w.c.member.id, 'MEMBER', w.c.organizationId);
    expect(ids(await t.gql(SEARCH, { q: 'prevention' }, w.c.member.token))).toContain(otherMeeting);
    expect(ids(await t.gql(SEARCH, { q: 'prevention', tableId: w.c.tableId }, w.c.member.token))).toEqual([inTitle, inNotes]);
    expect(ids(await t.gql(SEARCH, { q: 'prevention', tableId: other.tableId }, w.c.member.token))).toEqual([otherMeeting]);
    expect(codeOf(await t.gql(SEARCH, { q: 'prevention', tableId: UNKNOWN_ID }, w.c.member.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SEARCH, { q: 'prevention', tableId: 'not-an-id' }, w.c.member.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SEARCH, { q: 'prevention', tableId: w.c.tableId }, w.c.outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SEARCH, { q: 'prevention', tableId: w.c.tableId }, w.c.coordinator.token))).toBe('FORBIDDEN');
  });

  it('refuses empty or blank queries, bad cursors and page sizes, and anonymous callers', async () => {
    const c = await tableWithCast(t);
    for (const q of ['', '   ', '\n\t']) {
      const r = await t.gql(SEARCH, { q }, c.member.token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe('query');
    }
    expect(codeOf(await t.gql(SEARCH, { q: 'x'.repeat(201) }, c.member.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SEARCH, { q: 'refuges', after: 'garbage' }, c.member.token))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['1', 'MEETING', UNKNOWN_ID])).toString('base64url');
    expect(codeOf(await t.gql(SEARCH, { q: 'refuges', after: forged }, c.member.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SEARCH, { q: 'refuges', first: 0 }, c.member.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SEARCH, { q: 'refuges' }))).toBe('UNAUTHENTICATED');
    // Query syntax never reaches PostgreSQL as an error.
    expect((await t.gql(SEARCH, { q: `'" & | ! ( ) :*` }, c.member.token)).data.search.totalCount).toBe(0);
  });

  it('answers from the GIN indexes (EXPLAIN of the search itself, sequential scans disabled)', async () => {
    const w = await world();
    const policy = t.app.get(SearchPolicy);
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.query('SET enable_seqscan = off');
      const params = ['refuges', w.c.member.id, w.c.organizationId, null];
      const plan = (await runner.query(`EXPLAIN ${countSql(policy)}`, params)).map((r: Record<string, string>) => Object.values(r)[0]).join('\n');
      // The whole search touches the searched tables through indexes only: through the GIN index, or,
      // when the viewer sits at few tables, through the table/meeting indexes (the planner's choice by cost).
      expect(plan).not.toMatch(/Seq Scan on (meeting|agenda_item|decision|action_item)\b/);
      // Each table's match predicate, as the search writes it, is answered from its GIN index.
      for (const [table, index] of [
        ['meeting', 'meeting_search_idx'],
        ['agenda_item', 'agenda_item_search_idx'],
        ['decision', 'decision_search_idx'],
        ['action_item', 'action_item_search_idx'],
      ]) {
        const one = await runner.query(
          `EXPLAIN SELECT id FROM ${table} WHERE search_doc @@ (websearch_to_tsquery('concertation_fr', $1) || websearch_to_tsquery('concertation_en', $1))`,
          ['refuges'],
        );
        expect(one.map((r: Record<string, string>) => Object.values(r)[0]).join('\n')).toContain(`Bitmap Index Scan on ${index}`);
      }
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});
