import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useDescribeError, useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';

export interface RequireAuthProps {
  children: ReactNode;
  /** The screen is for COORDINATORs only (affiliations, platform audit, creating tables). */
  coordinator?: boolean;
}

export function RequireAuth({ children, coordinator = false }: RequireAuthProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const session = useSession();
  const location = useLocation();
  const signIn = paths.signIn({ next: location.pathname + location.search });

  if (!session.token) return <Navigate to={signIn} replace />;
  if (session.loading) return <Loading label={t('app.checkingSession')} />;
  if (!session.me) {
    if (session.error) return <ErrorMessage>{describe(session.error)}</ErrorMessage>;
    return <Navigate to={signIn} replace />;
  }
  // The server answers nothing else until two-step verification is on: the setup page says why, rather than broken pages.
  if (session.mustSetUpTwoFactor && location.pathname !== paths.accountSecurity()) return <Navigate to={paths.accountSecurity()} replace />;
  if (coordinator && !session.isCoordinator) {
    return (
      <>
        <PageHeader title={t('app.coordinatorsOnlyTitle')} />
        <ErrorMessage>{t('app.coordinatorsOnly')}</ErrorMessage>
      </>
    );
  }
  return <>{children}</>;
}
