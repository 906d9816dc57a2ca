import { useNavigate } from 'react-router';
import { useSession, useSignOut } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, Loading, PageHeader, Section } from '@concertation/web-ui';
import { ChangePasswordForm } from './change-password-form';
import { ProfileDetailsForm } from './profile-details-form';
import { ProfileOrganization } from './profile-organization';

export function ProfilePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { me, loading } = useSession();
  const [signOut, { loading: signingOut }] = useSignOut();

  if (!me) return loading ? <Loading label={t('common.loading')} /> : null;

  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.intro')} />
      <div className="columns">
        <Section title={t('profile.detailsTitle')}>
          <ProfileDetailsForm key={`${me.id}:${me.locale}:${me.timeZone}`} me={me} />
        </Section>
        <div className="stack">
          <Section title={t('profile.organizationTitle')}>
            <ProfileOrganization me={me} />
          </Section>
          <Section title={t('profile.password.title')}>
            <ChangePasswordForm />
          </Section>
          <Section title={t('profile.sessionsTitle')}>
            <p>{t('profile.sessionsIntro')}</p>
            <Button
              variant="secondary"
              busy={signingOut}
              onClick={async () => {
                await signOut(true);
                navigate(paths.signIn(), { replace: true });
              }}
            >
              {t('profile.signOutEverywhere')}
            </Button>
          </Section>
        </div>
      </div>
    </>
  );
}
