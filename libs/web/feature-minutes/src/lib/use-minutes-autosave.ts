import { useCallback, useEffect, useRef, useState } from 'react';
import { hasErrorCode, useDescribeError } from '@concertation/web-data-access';

/** What the server holds for one text of the minutes (an item's notes, the summary), and at which version. */
export interface ServerText {
  text: string;
  version: number;
}

export type SaveStatus =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string; forbidden: boolean };

/** Someone else saved this text first: their text, and the version to save against. */
export interface MinutesConflict {
  theirs: string;
  version: number;
}

export interface MinutesAutosaveOptions {
  /** The text and the minutes version as the cache holds them now (live events keep them fresh). */
  server: ServerText;
  editable: boolean;
  /** Saves `text` against `expectedVersion`; resolves with what the server now holds. */
  save: (expectedVersion: number, text: string) => Promise<ServerText>;
  /** Asks the server (not the cache) for the text and version, after a CONFLICT. */
  fetchLatest: () => Promise<ServerText | null>;
  delayMs?: number;
}

/** How many times in a row a save is retried when the version moved but this text did not. */
const MAX_SILENT_RETRIES = 3;

/**
 * Autosave with optimistic concurrency for one text of the minutes.
 *
 * The minutes carry one version for all their texts, so a newer version does not always mean a
 * conflict: when the server's text is still the one this draft started from (someone edited
 * another item), the draft is simply saved against the newer version. Only when the server's
 * text itself changed while this person has unsaved text does the editor stop and ask; nothing
 * typed is ever overwritten or dropped without the person choosing so.
 */
export function useMinutesAutosave({ server, editable, save, fetchLatest, delayMs = 1500 }: MinutesAutosaveOptions) {
  const describe = useDescribeError();
  const [draft, setDraftState] = useState(server.text);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [conflict, setConflictState] = useState<MinutesConflict | null>(null);

  const draftRef = useRef(server.text);
  const conflictRef = useRef<MinutesConflict | null>(null);
  // base: the server text the draft builds on; accepted: the last draft the server took (it may
  // normalise it); pending: the draft being sent now; queued: typing went on during that save.
  const sync = useRef({ base: server.text, baseVersion: server.version, accepted: server.text, pending: null as string | null, queued: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retries = useRef(0);
  const options = useRef({ editable, save, fetchLatest });
  options.current = { editable, save, fetchLatest };

  const setDraft = useCallback((text: string) => {
    draftRef.current = text;
    setDraftState(text);
  }, []);
  const setConflict = useCallback((next: MinutesConflict | null) => {
    conflictRef.current = next;
    setConflictState(next);
  }, []);
  const isDirty = () => draftRef.current !== sync.current.base && draftRef.current !== sync.current.accepted;

  /** Brings what the server holds into the editor's bookkeeping; says what it made of it. */
  const reconcile = useCallback(
    ({ text, version }: ServerText): 'stale' | 'advanced' | 'echo' | 'adopted' | 'conflict' => {
      const state = sync.current;
      const current = conflictRef.current;
      if (current) {
        if (version > current.version) setConflict({ theirs: text, version });
        return 'conflict';
      }
      if (version <= state.baseVersion) return 'stale';
      if (text === state.base) {
        state.baseVersion = version;
        return 'advanced';
      }
      if (state.pending !== null && text === state.pending) return 'echo';
      if (state.pending === null && !isDirty()) {
        Object.assign(state, { base: text, baseVersion: version, accepted: text });
        setDraft(text);
        return 'adopted';
      }
      setConflict({ theirs: text, version });
      return 'conflict';
    },
    [setConflict, setDraft],
  );

  // Keyed on the values: a new object holding the same text and version changes nothing.
  const { text: serverText, version: serverVersion } = server;
  useEffect(() => {
    reconcile({ text: serverText, version: serverVersion });
  }, [reconcile, serverText, serverVersion]);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const state = sync.current;
    if (!options.current.editable || conflictRef.current) return;
    if (state.pending !== null) {
      state.queued = true;
      return;
    }
    if (!isDirty()) return;
    const text = draftRef.current;
    state.pending = text;
    state.queued = false;
    setStatus({ kind: 'saving' });
    let again = false;
    try {
      const saved = await options.current.save(state.baseVersion, text);
      Object.assign(state, { base: saved.text, baseVersion: Math.max(saved.version, state.baseVersion), accepted: text, pending: null });
      retries.current = 0;
      setStatus({ kind: 'saved', at: new Date() });
      again = state.queued || isDirty();
    } catch (error) {
      state.pending = null;
      if (hasErrorCode(error, 'CONFLICT')) {
        const latest = await options.current.fetchLatest().catch(() => null);
        const outcome = latest ? reconcile(latest) : null;
        if ((outcome === 'advanced' || outcome === 'stale') && retries.current < MAX_SILENT_RETRIES) {
          retries.current += 1;
          again = true;
        } else if (outcome === 'adopted' || outcome === 'conflict') {
          setStatus({ kind: 'idle' });
        } else {
          setStatus({ kind: 'error', message: describe(error), forbidden: false });
        }
      } else {
        setStatus({ kind: 'error', message: describe(error), forbidden: hasErrorCode(error, 'FORBIDDEN') });
      }
    }
    if (again) await flush();
  }, [describe, reconcile]);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      if (conflictRef.current || !options.current.editable) return;
      setStatus((current) => (current.kind === 'saving' ? current : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, setDraft],
  );

  /**
   * Ends a conflict with the text the person chose, saved against the version that won (taking
   * theirs needs no save).
   */
  const resolve = useCallback(
    async (text: string) => {
      const current = conflictRef.current;
      if (!current) return;
      Object.assign(sync.current, { base: current.theirs, baseVersion: current.version, accepted: current.theirs });
      retries.current = 0;
      setConflict(null);
      setDraft(text);
      if (text === current.theirs) setStatus({ kind: 'idle' });
      else await flush();
    },
    [flush, setConflict, setDraft],
  );

  // Leaving the item (or the page) saves what was typed since the last save.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      void flush();
    },
    [flush],
  );

  return { draft, status, conflict, change, flush, resolve };
}
