import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter } from 'react-router';
import { createApolloClient, reportServerReachable, setAccessToken } from '@concertation/web-data-access';
import { viewer } from '@concertation/web-testing';
import { I18nProvider } from '@concertation/web-i18n';
import { App } from './app';
import { routePatterns, type RouteName } from '@concertation/shared-paths';
import { currentSection, NAV_SECTIONS, OUTSIDE_SECTIONS } from './nav-sections';

const me = viewer();

const answers: Record<string, unknown> = {
  Me: { me },
  Notifications: {
    notifications: {
      __typename: 'NotificationConnection',
      totalCount: 0,
      unreadCount: 0,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [],
    },
  },
};

/** A server that can be switched off: no answer at all while it is down, as when it is stopped. */
function server() {
  const state = { up: false };
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    if (!state.up) throw new TypeError('Failed to fetch');
    const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
    const body = operationName in answers ? { data: answers[operationName] } : { data: null, errors: [{ message: 'Not in this test' }] };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { state, fetch };
}

function renderShell(route: string, fetch: typeof globalThis.fetch) {
  const client = createApolloClient({ uri: 'http://test/graphql', liveUri: null, fetch });
  return render(
    <ApolloProvider client={client}>
      <I18nProvider initialTimeZone="America/Toronto">
        <MemoryRouter initialEntries={[route]}>
          <App />
        </MemoryRouter>
      </I18nProvider>
    </ApolloProvider>,
  );
}

// The shell loads the pages' chunks on demand: on a busy machine that takes a few seconds.
const SLOW = { timeout: 10_000 };

describe('AppShell', () => {
  afterEach(() => {
    localStorage.clear();
    setAccessToken(null);
    act(() => reportServerReachable());
  });

  it('keeps a signed-in person signed in while the server does not answer, and tries again on demand', async () => {
    setAccessToken('still-valid');
    const { state, fetch } = server();
    renderShell('/nowhere', fetch as unknown as typeof globalThis.fetch);

    const banner = await screen.findByRole('alert', undefined, SLOW);
    expect(banner).toHaveTextContent('Le serveur est injoignable. Vos modifications ne sont pas enregistrées.');
    // Not reaching the server is not being signed out.
    expect(screen.queryByRole('link', { name: 'Se connecter' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();

    state.up = true;
    fireEvent.click(within(banner).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('link', { name: /Camille Tremblay/ }, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Le serveur est injoignable. Vos modifications ne sont pas enregistrées.')).toBeNull(), SLOW);
  }, 30_000);

  it('shows the banner when the browser goes offline', async () => {
    renderShell('/sign-in', server().fetch as unknown as typeof globalThis.fetch);
    await screen.findByRole('heading', { level: 1, name: 'Se connecter' }, SLOW);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByRole('button', { name: 'Réessayer' }, SLOW)).toBeInTheDocument();
  }, 30_000);

  it('opens the phone menu with its button, and closes it with Escape or by going somewhere', async () => {
    setAccessToken('token');
    const { state, fetch } = server();
    state.up = true;
    renderShell('/nowhere', fetch as unknown as typeof globalThis.fetch);
    await screen.findByRole('link', { name: /Camille Tremblay/ }, SLOW);

    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(menu.getAttribute('aria-controls') ?? '')).toContainElement(
      screen.getByRole('navigation', { name: 'Navigation principale' }),
    );

    fireEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(screen.getByRole('link', { name: 'Réseau' }), { key: 'Escape' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    fireEvent.click(menu);
    fireEvent.click(screen.getByRole('link', { name: 'Protocoles' }));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    // The router shows the new page once its chunk is loaded.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Protocoles' })).toHaveAttribute('aria-current', 'page'), { timeout: 10_000 });
  }, 30_000);

  it('names the search and the menu buttons for those who do not see their icons', async () => {
    setAccessToken('token');
    const { state, fetch } = server();
    state.up = true;
    renderShell('/nowhere', fetch as unknown as typeof globalThis.fetch);
    const search = await screen.findByRole('button', { name: 'Rechercher' }, SLOW);
    fireEvent.click(search);
    expect(search).toHaveAttribute('aria-expanded', 'true');
  }, 30_000);
});

describe('currentSection', () => {
  it('puts every page of a table under the tables, and every page of a meeting under the meetings', () => {
    expect(currentSection('/tables/t-1')?.label).toBe('nav.tables');
    expect(currentSection('/tables/t-1/meetings')?.label).toBe('nav.tables');
    expect(currentSection('/tables/t-1/consultations/new')?.label).toBe('nav.tables');
    expect(currentSection('/tables/t-1/report')?.label).toBe('nav.tables');
    expect(currentSection('/network/report')?.label).toBe('nav.reports');
    expect(currentSection('/network')?.label).toBe('nav.network');
    expect(currentSection('/directory/tables')?.label).toBe('nav.tables');
    expect(currentSection('/meetings/m-1/live')?.label).toBe('nav.meetings');
    expect(currentSection('/meetings/m-1/minutes')?.label).toBe('nav.meetings');
    expect(currentSection('/actions/a-1')?.label).toBe('nav.actions');
    expect(currentSection('/organizations/o-1')?.label).toBe('nav.organizations');
    expect(currentSection('/protocols/p-1')?.label).toBe('nav.protocols');
    expect(currentSection('/')?.label).toBe('nav.home');
    expect(currentSection('/profile')).toBeUndefined();
    expect(currentSection('/search')).toBeUndefined();
  }, 30_000);

  it('links every page to the privacy page, which opens to someone signed out', async () => {
    renderShell('/sign-in', server().fetch as unknown as typeof globalThis.fetch);
    await screen.findByRole('heading', { level: 1, name: 'Se connecter' }, SLOW);
    const footer = screen.getByRole('contentinfo');
    fireEvent.click(within(footer).getByRole('link', { name: 'Confidentialité et vos données' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Confidentialité et vos données' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Me connecter pour télécharger mes données ou supprimer mon compte' })).toBeInTheDocument();
  }, 30_000);

  it('places every route of the client in one section, or says it belongs to none', () => {
    const placed = [...NAV_SECTIONS.flatMap((section) => section.routes), ...OUTSIDE_SECTIONS];
    const routes = Object.keys(routePatterns) as RouteName[];
    expect(routes.filter((route) => !placed.includes(route))).toEqual([]);
    expect(placed.length).toBe(new Set(placed).size);
  });
});
