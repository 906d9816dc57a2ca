import { useState } from 'react';

/**
 * Officers' buttons that ask first (« Close the consultation? ») and then act: which question is
 * open, and what the last action did, as a notice or an error. `describe` turns what an action
 * threw into a sentence (the data layer's `useDescribeError`).
 */
export function useConfirmedAction<Question extends string>(describe: (error: unknown) => string) {
  const [asking, setAsking] = useState<Question | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Runs the action, closes the question, and says `done` or what went wrong. Resolves with whether it succeeded. */
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setNotice(null);
    setError(null);
    try {
      await action();
      setNotice(done);
      return true;
    } catch (caught) {
      setError(describe(caught));
      return false;
    } finally {
      setAsking(null);
    }
  };

  /** The open/cancel half of a ConfirmDialog's props for one question. */
  const dialog = (question: Question) => ({ open: asking === question, onCancel: () => setAsking(null) });

  return { ask: setAsking, dialog, notice, error, run };
}
