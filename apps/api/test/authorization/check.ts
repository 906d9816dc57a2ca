import { signIn } from '../support/fixtures';
import { pdfText } from '../support/pdf-text';
import type { GqlResult } from '../support/test-app';
import type { Carries, GqlEntry, HttpEntry, Outcome, Reveal } from './matrix';
import { ALL_MARKERS, BALLOT_WORDS, CAMERA_MARKERS, CHOICE_READERS, QUESTIONS, READABLE, VIEWERS, type Viewer, type World } from './world';

/** The label of a matrix cell, as test names and failure messages show it. */
export const label = (e: { operation: string; case?: string }) => (e.case ? `${e.operation} (${e.case})` : e.operation);

export const outcomeOf = (r: GqlResult): Outcome | string => (r.errors?.length ? (r.errors[0].extensions?.code ?? 'NO_CODE') : 'ok');

/**
 * What a viewer may never receive, whatever the operation: every marker but those READABLE says it
 * may read (in-camera ones only for whoever reads that meeting in camera, table A's only for
 * whoever sits there or reads that meeting), and nothing at all in a refusal.
 */
export function forbiddenMarkers(viewer: Viewer, allowed: boolean): string[] {
  return ALL_MARKERS.filter((marker) => !allowed || !READABLE[viewer].includes(marker));
}

export function leaksIn(text: string, viewer: Viewer, allowed: boolean): string[] {
  const lower = text.toLowerCase();
  return forbiddenMarkers(viewer, allowed).filter((marker) => lower.includes(marker.toLowerCase()));
}

const carries = (text: string, marker: string) => text.toLowerCase().includes(marker.toLowerCase());

/**
 * Whether the text carries the in-camera content the entry reveals to this viewer: every marker of
 * `revealsCamera.all`, else at least one of `meeting`'s in-camera markers (so that the leak check
 * cannot pass on an answer emptied by mistake). True when the entry reveals nothing to the viewer.
 */
export function revealsWhatItShould(text: string, e: { revealsCamera?: Reveal }, viewer: Viewer): boolean {
  if (!e.revealsCamera?.to.includes(viewer)) return true;
  const { all } = e.revealsCamera;
  return all ? all.every((marker) => carries(text, marker)) : CAMERA_MARKERS.some((marker) => carries(text, marker));
}

/** Whether the text carries every word the entry says it must carry for this viewer (true when it says nothing for them). */
export function carriesWhatItShould(text: string, e: { carries?: Carries }, viewer: Viewer): boolean {
  return !e.carries?.to.includes(viewer) || e.carries.all.every((word) => carries(text, word));
}

/** The words of `withholds` that the text carries for a viewer it names (none: it withholds what it should). */
export function withheldWordsIn(text: string, e: { withholds?: Carries }, viewer: Viewer): string[] {
  return e.withholds?.to.includes(viewer) ? e.withholds.all.filter((word) => carries(text, word)) : [];
}

/**
 * The ballot choices in an answer (a `choice` field at any depth) that the viewer may not receive:
 * a world's ballot whose choice CHOICE_READERS does not give them (a secret one's, but its
 * caster's own; one they neither cast nor may cast while the vote is open).
 */
export function choiceLeaks(answer: unknown, viewer: Viewer): string[] {
  const leaks: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, field] of Object.entries(value)) {
        if (key === 'choice' && typeof field === 'string' && field in CHOICE_READERS && !CHOICE_READERS[field].includes(viewer)) leaks.push(field);
        else walk(field);
      }
    }
  };
  walk(answer);
  return leaks;
}

/** The options of the world's ballots an answer carries anywhere (for answers that must name no choice: the audit log). */
export const ballotWordsIn = (text: string): string[] => BALLOT_WORDS.filter((word) => carries(text, word));

/**
 * The world's free texts and names: every marker, ballot option and vote question, the titles of its
 * referrals, consultation and protocol, and people's names (all "Personne fictive …").
 */
const WORLD_TEXTS = [
  ...ALL_MARKERS,
  ...BALLOT_WORDS,
  ...Object.values(QUESTIONS),
  'Renvoi fictif',
  'Consultation fictive',
  'Avis fictif',
  'Protocole fictif',
  'Personne fictive',
];

/** What an answer that only counts (a report) carries of the world's texts and names: nothing, whoever reads it. */
export const countsOnlyLeaks = (text: string): string[] => WORLD_TEXTS.filter((word) => carries(text, word));

/** Runs one GraphQL cell: returns what the viewer got, for the spec to assert on. */
export async function runGql(w: World, e: GqlEntry, viewer: Viewer): Promise<{ result: GqlResult; text: string }> {
  const variables = await e.variables(w, viewer);
  let token = w.token(viewer);
  if (e.session === 'fresh' && viewer !== 'anonymous') token = await signIn(w.t, w.users[viewer].id);
  const result = await w.t.gql(e.document, variables, token);
  if (e.session === 'revokes') await w.resign(viewer);
  return { result, text: JSON.stringify(result) };
}

/**
 * The cells of GraphQL entries, a describe per operation and a test per viewer: the expected
 * outcome, no data on a refusal, nothing the viewer may not see (markers, ballot choices), and (for
 * an entry that reveals in-camera content or must carry some words) those for whom it should, and
 * nothing it withholds from the viewer.
 */
export function describeGqlCells(world: () => World, entries: GqlEntry[]): void {
  describe.each(entries.map((e) => [label(e), e] as const))('%s', (_name, e) => {
    it.each(VIEWERS.map((v) => [v, e.expect[v]] as const))('%s → %s, and nothing it may not see', async (viewer, expected) => {
      const { result, text } = await runGql(world(), e, viewer);
      expect({ viewer, outcome: outcomeOf(result), errors: expected === outcomeOf(result) ? undefined : result.errors }).toEqual({
        viewer,
        outcome: expected,
        errors: undefined,
      });
      if (expected !== 'ok') expect(result.data?.[e.operation] ?? null).toBeNull();
      expect({ viewer, leaks: leaksIn(text, viewer, expected === 'ok') }).toEqual({ viewer, leaks: [] });
      expect({ viewer, reveals: revealsWhatItShould(text, e, viewer) }).toEqual({ viewer, reveals: true });
      expect({ viewer, carries: carriesWhatItShould(text, e, viewer) }).toEqual({ viewer, carries: true });
      expect({ viewer, withheld: withheldWordsIn(text, e, viewer) }).toEqual({ viewer, withheld: [] });
      expect({ viewer, choices: choiceLeaks(result, viewer) }).toEqual({ viewer, choices: [] });
      if (e.noBallotWords) expect({ viewer, ballotWords: ballotWordsIn(text) }).toEqual({ viewer, ballotWords: [] });
      if (e.countsOnly) expect({ viewer, texts: countsOnlyLeaks(text) }).toEqual({ viewer, texts: [] });
    });
  });
}

const HTTP_STATUS: Record<string, number> = { ok: 200, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };
export const httpStatusOf = (o: Outcome) => HTTP_STATUS[o];

export async function runHttp(w: World, e: HttpEntry, viewer: Viewer): Promise<{ status: number; text: string }> {
  const token = w.token(viewer);
  const res = await fetch(`${w.t.url}${e.path(w)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  // iCalendar folds long lines (CRLF and a space): unfolded, so that no marker hides across a fold.
  const text = e.pdf && res.status === 200 ? await pdfText(bytes) : bytes.toString('utf8').replace(/\r\n[ \t]/g, '');
  return { status: res.status, text: `${JSON.stringify([...res.headers.entries()])}\n${text}` };
}
