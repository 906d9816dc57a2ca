import { signIn } from '../support/fixtures';
import { pdfText } from '../support/pdf-text';
import type { GqlResult } from '../support/test-app';
import type { GqlEntry, HttpEntry, Outcome } from './matrix';
import { CAMERA_MARKERS, IN_CAMERA_READERS, SITTERS, TABLE_MARKERS, VIEWERS, type Viewer, type World } from './world';

/** The label of a matrix cell, as test names and failure messages show it. */
export const label = (e: { operation: string; case?: string }) => (e.case ? `${e.operation} (${e.case})` : e.operation);

export const outcomeOf = (r: GqlResult): Outcome | string => (r.errors?.length ? (r.errors[0].extensions?.code ?? 'NO_CODE') : 'ok');

/**
 * What a viewer may never receive, whatever the operation: in-camera markers unless they read
 * IN_CAMERA content of table A, table A's markers unless they sit there, and nothing at all in a
 * refusal.
 */
export function forbiddenMarkers(viewer: Viewer, allowed: boolean): string[] {
  const out: string[] = [];
  if (!allowed || !IN_CAMERA_READERS.includes(viewer)) out.push(...CAMERA_MARKERS);
  if (!allowed || !SITTERS.includes(viewer)) out.push(...TABLE_MARKERS);
  return out;
}

export function leaksIn(text: string, viewer: Viewer, allowed: boolean): string[] {
  const lower = text.toLowerCase();
  return forbiddenMarkers(viewer, allowed).filter((marker) => lower.includes(marker.toLowerCase()));
}

export const revealsCamera = (text: string) => CAMERA_MARKERS.some((marker) => text.toLowerCase().includes(marker.toLowerCase()));

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
 * outcome, no data on a refusal, nothing the viewer may not see, and (for an entry that reveals
 * in-camera content) in-camera markers for those who read them.
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
      if (e.revealsCamera && expected === 'ok' && IN_CAMERA_READERS.includes(viewer)) expect(revealsCamera(text)).toBe(true);
    });
  });
}

const HTTP_STATUS: Record<string, number> = { ok: 200, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };
export const httpStatusOf = (o: Outcome) => HTTP_STATUS[o];

export async function runHttp(w: World, e: HttpEntry, viewer: Viewer): Promise<{ status: number; text: string }> {
  const token = w.token(viewer);
  const res = await fetch(`${w.t.url}${e.path(w)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = e.pdf && res.status === 200 ? await pdfText(bytes) : bytes.toString('utf8');
  return { status: res.status, text: `${JSON.stringify([...res.headers.entries()])}\n${text}` };
}
