import { useCallback, useState } from 'react';

/**
 * A polite live region that is on the page before anything is said in it (screen readers skip a
 * region that appears with its text), and a way to say something there. Saying the same sentence
 * twice (a second ballot with the same answer) still changes the region, so that it is heard again.
 */
export function useAnnouncer() {
  const [said, setSaid] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setSaid((previous) => ({ text, count: previous.count + 1 })), []);
  const region = (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {said.text}
      {said.count % 2 === 1 ? '\u00a0' : ''}
    </p>
  );
  return { announce, region };
}
