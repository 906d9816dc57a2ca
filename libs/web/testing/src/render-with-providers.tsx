/** Renders a screen as the app does (Apollo cache with a mocked link, i18n, router), for feature tests. */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache, MeDocument, setAccessToken, type Viewer } from '@concertation/web-data-access';
import { en, fr, I18nProvider, type Language } from '@concertation/web-i18n';

export function viewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    __typename: 'User',
    id: 'user-1',
    displayName: 'Camille Tremblay',
    email: 'camille@exemple.test',
    platformRole: 'MEMBER',
    locale: 'FR',
    timeZone: 'America/Toronto',
    twoFactorEnabled: false,
    twoFactorRequired: false,
    organization: null,
    pendingOrganization: null,
    ...overrides,
  };
}

/** Where the router went: routes other than the one under test render this. */
function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

// Screens render here without their lazy routes, which would load their namespaces: every text is at hand.
const everyText = { fr, en };

export interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  route?: string;
  path?: string;
  language?: Language;
  me?: Viewer | null;
}

export function renderWithProviders(element: ReactElement, { mocks = [], route = '/', path = '/', language = 'fr', me = null }: RenderOptions = {}) {
  const cache = createCache();
  if (me) {
    setAccessToken('test-token');
    cache.writeQuery({ query: MeDocument, data: { me } });
  } else {
    setAccessToken(null);
  }
  const result = render(
    <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
      <I18nProvider initialLanguage={language} initialTimeZone="America/Toronto" messages={everyText}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={<LocationProbe />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
  return { ...result, cache };
}
