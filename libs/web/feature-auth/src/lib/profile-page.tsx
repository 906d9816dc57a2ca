import { Link } from 'react-router';
import { useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Loading, PageHeader, Section } from '@concertation/web-ui';
import { ChangePasswordForm } from './change-password-form';
import { DeleteAccountSection } from './delete-account-section';
import { MyDataSection } from './my-data-section';
import { ProfileDetailsForm } from './profile-details-form';
import { ProfileOrganization } from './profile-organization';

export function ProfilePage() {
  const { t } = useI18n();
  const { me, loading } = useSession();

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
          <Section title={t('profile.notificationsTitle')}>
            <p>{t('profile.notificationsIntro')}</p>
            <p>
              <Link to={paths.notificationSettings()}>{t('profile.notificationsLink')}</Link>
            </p>
          </Section>
          <Section title={t('profile.securityTitle')}>
            <p>{t(me.twoFactorEnabled ? 'profile.securityOn' : 'profile.securityOff')}</p>
            <p>
              <Link to={paths.accountSecurity()}>{t('profile.securityLink')}</Link>
            </p>
          </Section>
          <Section title={t('myData.title')}>
            <MyDataSection />
          </Section>
          <Section title={t('deleteAccount.title')}>
            <DeleteAccountSection />
          </Section>
        </div>
      </div>
    </>
  );
}
