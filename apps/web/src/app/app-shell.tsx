import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession, useSignOut } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths, routePatterns } from '@concertation/shared-paths';
import { Alert, APP_NAME, Loading } from '@concertation/web-ui';
import { LanguageSwitch } from './language-switch';
import { MenuLink } from './menu-link';
import { onSessionExpired } from './session-expiry';
import { HeaderSearch, NotificationBell } from './routes';
import { useSessionPreferences } from './session-sync';

function navClass({ isActive }: { isActive: boolean }) {
  return isActive ? 'site-nav__link site-nav__link--active' : 'site-nav__link';
}

export function AppShell() {
  const { t } = useI18n();
  const { me, isSignedIn, isCoordinator } = useSession();
  const [signOut, { loading: signingOut }] = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useSessionPreferences();

  // The server refused the stored token: back to sign-in, and back here afterwards.
  const here = location.pathname + location.search;
  useEffect(() => onSessionExpired(() => navigate(paths.signIn({ next: here, expired: true }), { replace: true })), [navigate, here]);

  // After a client-side navigation, screen-reader and keyboard users start at the new content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const notice = (location.state as { notice?: unknown } | null)?.notice;

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home()} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {APP_NAME}
          </Link>
          {isSignedIn && (
            <nav aria-label={t('nav.label')} className="site-nav">
              <ul>
                <li>
                  <NavLink to={paths.home()} end className={navClass}>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.myMeetings()} className={navClass}>
                    {t('nav.meetings')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.myActions()} className={navClass}>
                    {t('nav.actions')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.myConsultations()} className={navClass}>
                    {t('nav.consultations')}
                  </NavLink>
                </li>
                <li>
                  <MenuLink to={paths.tablesDirectory()} also={[routePatterns.table]} className={navClass}>
                    {t('nav.tables')}
                  </MenuLink>
                </li>
                <li>
                  <MenuLink to={paths.organizationsDirectory()} also={[routePatterns.organization]} className={navClass}>
                    {t('nav.organizations')}
                  </MenuLink>
                </li>
                <li>
                  <NavLink to={paths.network()} className={navClass}>
                    {t('nav.network')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.protocols()} className={navClass}>
                    {t('nav.protocols')}
                  </NavLink>
                </li>
                {isCoordinator && (
                  <>
                    <li>
                      <NavLink to={paths.affiliations()} className={navClass}>
                        {t('nav.affiliations')}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to={paths.audit()} className={navClass}>
                        {t('nav.audit')}
                      </NavLink>
                    </li>
                  </>
                )}
              </ul>
            </nav>
          )}
          <div className="site-header__tools">
            <LanguageSwitch />
            {me ? (
              <>
                <Suspense fallback={null}>
                  <HeaderSearch />
                </Suspense>
                <Suspense fallback={null}>
                  <NotificationBell />
                </Suspense>
                <NavLink to={paths.profile()} className={navClass}>
                  <span className="visually-hidden">{t('nav.profileOf')} </span>
                  {me.displayName}
                </NavLink>
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
        </div>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="site-main">
        {typeof notice === 'string' && <Alert tone="success">{notice}</Alert>}
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
