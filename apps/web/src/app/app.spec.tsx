import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import {
  createCache,
  MeDocument,
  MyMeetingsDocument,
  NotificationReceivedDocument,
  NotificationsDocument,
  NOTIFICATIONS_PAGE_SIZE,
  setAccessToken,
  UpdateProfileDocument,
  WhatNeedsMeDocument,
  type Viewer,
} from '@concertation/web-data-access';
import { I18nProvider, LANGUAGE_STORAGE_KEY } from '@concertation/web-i18n';
import { App } from './app';

const me: Viewer = {
  __typename: 'User',
  id: 'user-1',
  displayName: 'Camille Tremblay',
  email: 'camille@exemple.test',
  platformRole: 'COORDINATOR',
  locale: 'FR',
  timeZone: 'America/Toronto',
  twoFactorEnabled: false,
  twoFactorRequired: false,
  organization: null,
  pendingOrganization: null,
};

// What every signed-in page asks for: the bell's notifications (and their live feed); the home page's one query; the meetings.
const signedInMocks = [
  {
    request: { query: NotificationsDocument, variables: { first: NOTIFICATIONS_PAGE_SIZE } },
    maxUsageCount: 5,
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: 0,
          unreadCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    },
  },
  { request: { query: NotificationReceivedDocument }, delay: Number.POSITIVE_INFINITY, maxUsageCount: 5 },
  {
    request: { query: WhatNeedsMeDocument },
    maxUsageCount: 5,
    result: { data: { whatNeedsMe: { __typename: 'WhatNeedsMe', decisions: [], myPendingMemberships: [], actionItems: [], nextMeetings: [] } } },
  },
  { request: { query: MyMeetingsDocument, variables: () => true }, maxUsageCount: 5, result: { data: { myMeetings: [] } } },
];

function renderApp(route: string, { signedIn = false, viewer = me, mocks = [] as ReadonlyArray<MockLink.MockedResponse> } = {}) {
  const cache = createCache();
  if (signedIn) {
    setAccessToken('test-token');
    cache.writeQuery({ query: MeDocument, data: { me: viewer } });
  }
  return render(
    <MockedProvider cache={cache} mocks={[...mocks, ...(signedIn ? signedInMocks : [])]} mockLinkDefaultOptions={{ delay: 0 }}>
      <I18nProvider initialTimeZone="America/Toronto">
        <MemoryRouter initialEntries={[route]}>
          <App />
        </MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
}

describe('App', () => {
  afterEach(() => {
    localStorage.clear();
    setAccessToken(null);
  });

  it('speaks French first, and switches to English in one click', async () => {
    renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' }).getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();

    const toEnglish = screen.getByRole('button', { name: 'English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    fireEvent.click(toEnglish);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'Français' })).toBeInTheDocument();
  });

  it('sends a visitor who is not signed in to the sign-in page', async () => {
    renderApp('/directory/tables');
    expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument();
  });

  it('remembers the language in the profile of a signed-in person', async () => {
    let profileUpdated = false;
    const mocks = [
      {
        request: { query: UpdateProfileDocument, variables: { input: { locale: 'EN' } } },
        result: () => {
          profileUpdated = true;
          return { data: { updateProfile: { ...me, locale: 'EN' as const } } };
        },
      },
    ];
    renderApp('/', { signedIn: true, mocks });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour, Camille Tremblay' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Journal d’audit' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Rapports' })).toHaveAttribute('href', '/network/report');
    expect(within(nav).getByRole('link', { name: 'Accueil' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('Rien ne vous attend')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Camille Tremblay' })).toBeInTheDocument();
    // The profile now says EN too, so the choice survives the next sign-in.
    await waitFor(() => expect(profileUpdated).toBe(true));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Hello, Camille Tremblay' })).toBeInTheDocument();
  });

  it('shows what needs the viewer, the bell and the way to every meeting', async () => {
    renderApp('/', { signedIn: true });
    expect(await screen.findByText('Rien ne vous attend')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Notifications : aucune non lue' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Mes rencontres' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes rencontres' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Affichage du calendrier' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Abonnement à mon agenda' })).toBeInTheDocument();
  });

  it('keeps coordinator screens from other people', async () => {
    renderApp('/affiliations', { signedIn: true, viewer: { ...me, platformRole: 'MEMBER' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Réservé à la coordination' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).queryByRole('link', { name: 'Affiliations en attente' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Rapports' })).toBeNull();
  });

  it('keeps the network report for coordinators', async () => {
    renderApp('/network/report', { signedIn: true, viewer: { ...me, platformRole: 'MEMBER' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Réservé à la coordination' })).toBeInTheDocument();
  });

  it('sends someone whose role requires two-step verification to set it up, with the reason, wherever they were going', async () => {
    renderApp('/directory/tables', { signedIn: true, viewer: { ...me, twoFactorRequired: true } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sécurité du compte' })).toBeInTheDocument();
    expect(screen.getByText('Activez la vérification en deux étapes pour continuer')).toBeInTheDocument();
    // The server would refuse them: neither the bell nor the search is there to fail.
    expect(screen.queryByRole('button', { name: /Notifications/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rechercher' })).toBeNull();
  });

  it('says it in English too, and lets them through once it is on', async () => {
    const { unmount } = renderApp('/', { signedIn: true, viewer: { ...me, locale: 'EN', twoFactorRequired: true } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Account security' })).toBeInTheDocument();
    expect(screen.getByText('Turn on two-step verification to continue')).toBeInTheDocument();
    unmount();
    renderApp('/', { signedIn: true, viewer: { ...me, twoFactorRequired: true, twoFactorEnabled: true } });
    expect(await screen.findByText('Rien ne vous attend')).toBeInTheDocument();
  });
});
