import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { HeaderSearch } from './header-search';

// A loaded CI machine may take more than the default second to render the answer.
configure({ asyncUtilTimeout: 5000 });

/** A page whose agenda item shows up only once its data is there. */
function SlowMeetingPage() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 30);
    return () => clearTimeout(timer);
  }, []);
  return ready ? <article id="item-item-7">Plan de prévention</article> : <p>Chargement…</p>;
}

describe('links to an anchor', () => {
  const original = Element.prototype.scrollIntoView;
  afterEach(() => {
    Element.prototype.scrollIntoView = original;
  });

  it('land on the element once the page has rendered it, and give it the focus', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    renderWithProviders(
      <>
        <HeaderSearch />
        <SlowMeetingPage />
      </>,
      { route: '/meetings/meeting-1#item-item-7', path: '/meetings/:id', me: viewer() },
    );

    const item = await screen.findByText('Plan de prévention');
    await waitFor(() => expect(document.activeElement).toBe(item));
    expect(item.getAttribute('tabindex')).toBe('-1');
    expect(scrolled).toHaveBeenCalledTimes(1);
  });
});
