import { useEffect } from 'react';
import { useLocation } from 'react-router';

const WAIT_MS = 10_000;

function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'start' });
  // Keyboard and screen-reader users start there too, not at the top of the page.
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/**
 * Client-side navigation does not follow `#anchor` the way a page load does, and the target
 * (an agenda item, a decision) appears only once its page has its data. So, when the address
 * names an anchor, wait for that element for a while, then scroll to it and give it the focus.
 */
export function useScrollToHash(): void {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    let observer: MutationObserver | null = null;
    const stop = () => {
      observer?.disconnect();
      observer = null;
      window.clearTimeout(timeout);
    };
    const tryReveal = () => {
      const element = document.getElementById(id);
      if (!element) return false;
      stop();
      reveal(element);
      return true;
    };
    const timeout = window.setTimeout(stop, WAIT_MS);
    // After the shell has moved the focus to the new page's main region.
    const frame = window.setTimeout(() => {
      if (tryReveal()) return;
      observer = new MutationObserver(() => void tryReveal());
      observer.observe(document.body, { childList: true, subtree: true });
    }, 0);
    return () => {
      window.clearTimeout(frame);
      stop();
    };
  }, [pathname, hash]);
}
