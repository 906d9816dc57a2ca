import { useEffect } from 'react';

/**
 * While `dirty`, closing or reloading the tab asks the browser's own « leave the page? » first. The
 * app's router (BrowserRouter) cannot hold back a link inside the app: that needs a data router.
 */
export function useWarnBeforeUnload(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
