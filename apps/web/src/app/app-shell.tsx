import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession, useSignOut } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, APP_NAME, cx, Loading } from '@concertation/web-ui';
import { LanguageSwitch } from './language-switch';
import { currentSection, NAV_SECTIONS } from './nav-sections';
import { onSessionExpired } from './session-expiry';
import { HeaderSearch, NotificationBell } from './routes';
import { ServerUnreachableBanner } from './server-unreachable-banner';
import { useSessionPreferences } from './session-sync';

const MENU_ID = 'site-menu';
const SEARCH_ID = 'site-search';

function navClass({ isActive }: { isActive: boolean }) {
  return isActive ? 'site-nav__link site-nav__link--active' : 'site-nav__link';
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z" />
    </svg>
  );
}

function MenuIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M3 6h18v2H3V6Zm0 5h18v2H3v-2Zm0 5h18v2H3v-2Z" />
    </svg>
  );
}

export function AppShell() {
  const { t } = useI18n();
  // A stored token is a session until the server refuses it: an unreachable server does not sign anyone out.
  const { token, me, isCoordinator, mustSetUpTwoFactor } = useSession();
  const [signOut, { loading: signingOut }] = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const searchButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  useSessionPreferences();

  // The server refused the stored token: back to sign-in, and back here afterwards.
  const here = location.pathname + location.search;
  useEffect(() => onSessionExpired(() => navigate(paths.signIn({ next: here, expired: true }), { replace: true })), [navigate, here]);

  // After a client-side navigation, screen-reader and keyboard users start at the new content, and the phone menu has done its job.
  useEffect(() => {
    setMenuOpen(false);
    setSearchOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  useEffect(() => {
    if (searchOpen) document.querySelector<HTMLInputElement>(`#${SEARCH_ID} input`)?.focus();
  }, [searchOpen]);

  // Escape closes the open panel and gives the focus back to the button that opened it.
  useEffect(() => {
    if (!menuOpen && !searchOpen) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      (menuOpen ? menuButton : searchButton).current?.focus();
      setMenuOpen(false);
      setSearchOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen, searchOpen]);

  const notice = (location.state as { notice?: unknown } | null)?.notice;
  const signedIn = !!token;
  const activeSection = currentSection(location.pathname);

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className={cx('site-header', signedIn && 'site-header--signed-in')}>
        <div className="site-header__inner">
          <Link to={paths.home()} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {APP_NAME}
          </Link>
          {signedIn && (
            <div className="site-header__quick">
              {!mustSetUpTwoFactor && (
                <button
                  ref={searchButton}
                  type="button"
                  className="header-button icon-button site-header__search-toggle"
                  aria-label={t('nav.search')}
                  aria-expanded={searchOpen}
                  aria-controls={SEARCH_ID}
                  onClick={() => {
                    setSearchOpen((open) => !open);
                    setMenuOpen(false);
                  }}
                >
                  <SearchIcon />
                </button>
              )}
              {/* Held back by two-step verification, the server answers neither: nothing to show until it is on. */}
              {me && !mustSetUpTwoFactor && (
                <Suspense fallback={null}>
                  <NotificationBell />
                </Suspense>
              )}
              <button
                ref={menuButton}
                type="button"
                className="header-button site-header__menu-toggle"
                aria-expanded={menuOpen}
                aria-controls={MENU_ID}
                onClick={() => {
                  setMenuOpen((open) => !open);
                  setSearchOpen(false);
                }}
              >
                <MenuIcon />
                <span className="visually-hidden">{t('nav.menu')}</span>
              </button>
            </div>
          )}
          {signedIn && (
            <div id={SEARCH_ID} className={cx('site-header__search', searchOpen && 'site-header__search--open')}>
              {me && !mustSetUpTwoFactor && (
                <Suspense fallback={null}>
                  <HeaderSearch />
                </Suspense>
              )}
            </div>
          )}
          <div id={MENU_ID} className={cx('site-menu', signedIn && 'site-menu--collapsible', menuOpen && 'site-menu--open')}>
            <div className="site-header__tools">
              <LanguageSwitch />
              {signedIn ? (
                <>
                  {me && (
                    <NavLink to={paths.profile()} className={navClass} onClick={() => setMenuOpen(false)}>
                      <span className="visually-hidden">{t('nav.profileOf')} </span>
                      {me.displayName}
                    </NavLink>
                  )}
                  <button
                    type="button"
                    className="header-button"
                    disabled={signingOut}
                    onClick={async () => {
                      await signOut();
                      navigate(paths.signIn(), { replace: true });
                    }}
                  >
                    {t('nav.signOut')}
                  </button>
                </>
              ) : (
                <NavLink to={paths.signIn()} className={navClass}>
                  {t('nav.signIn')}
                </NavLink>
              )}
            </div>
            {signedIn && (
              <nav aria-label={t('nav.label')} className="site-nav">
                <ul>
                  {NAV_SECTIONS.filter((section) => !section.coordinatorOnly || isCoordinator).map((section) => {
                    const active = section === activeSection;
                    return (
                      <li key={section.label}>
                        <Link
                          to={section.to}
                          className={cx('site-nav__link', active && 'site-nav__link--active')}
                          aria-current={active ? 'page' : undefined}
                          onClick={() => setMenuOpen(false)}
                        >
                          {t(section.label)}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            )}
          </div>
        </div>
      </header>
      <ServerUnreachableBanner />
      <main id="main-content" ref={mainRef} tabIndex={-1} className="site-main">
        {typeof notice === 'string' && <Alert tone="success">{notice}</Alert>}
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to={paths.privacy()}>{t('app.privacyLink')}</Link>
        </p>
      </footer>
    </>
  );
}
