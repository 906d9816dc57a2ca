import { Link } from 'react-router';
import { useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Loading, PageHeader, Section } from '@concertation/web-ui';
import { SessionsSection } from './sessions-section';
import { TwoFactorSection } from './two-factor-section';

/**
 * `/profile/security`: two-step verification and the signed-in devices. Someone whose role requires
 * two-step verification and has not turned it on is sent here from every page, with the reason.
 */
export function AccountSecurityPage() {
  const { t } = useI18n();
  const { me, loading, mustSetUpTwoFactor } = useSession();

  if (!me) return loading ? <Loading label={t('common.loading')} /> : null;

  return (
    <>
      <PageHeader
        title={t('security.title')}
        description={t('security.intro')}
        actions={mustSetUpTwoFactor ? undefined : <Link to={paths.profile()}>{t('security.backToProfile')}</Link>}
      />
      {mustSetUpTwoFactor && (
        <Alert tone="warning" title={t('security.requiredTitle')}>
          {t('security.required')}
        </Alert>
      )}
      <div className="stack">
        <Section title={t('security.twoFactor.title')}>
          <TwoFactorSection me={me} />
        </Section>
        {/* Until two-step verification is on, the server answers nothing about sessions. */}
        {!mustSetUpTwoFactor && (
          <Section title={t('security.sessions.title')}>
            <SessionsSection />
          </Section>
        )}
      </div>
    </>
  );
}
