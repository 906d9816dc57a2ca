import { Suspense } from 'react';
import { Link } from 'react-router';
import { useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Loading, PageHeader, Section } from '@concertation/web-ui';
import { MyTables, NextMeetings } from './routes';

export function HomePage() {
  const { t } = useI18n();
  const { me, isCoordinator } = useSession();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('home.title', { name: me.displayName })} description={t('home.intro')} />
      {me.pendingOrganization && <Alert tone="info">{t('home.pendingAffiliation', { name: me.pendingOrganization.name })}</Alert>}
      <div className="columns columns--wide-left">
        <div className="stack">
          <Section title={t('home.nextMeetings')}>
            <Suspense fallback={<Loading label={t('common.loading')} />}>
              <NextMeetings />
            </Suspense>
          </Section>
          <Section title={t('home.myTables')}>
            <Suspense fallback={<Loading label={t('home.loadingTables')} />}>
              <MyTables />
            </Suspense>
          </Section>
        </div>
        <Section title={t('home.quickLinks')}>
          <ul className="link-list">
            <li>
              <Link to={paths.tablesDirectory()}>{t('nav.tables')}</Link>
            </li>
            <li>
              <Link to={paths.organizationsDirectory()}>{t('nav.organizations')}</Link>
            </li>
            <li>
              <Link to={paths.myMeetings()}>{t('nav.meetings')}</Link>
            </li>
            <li>
              <Link to={paths.notifications()}>{t('notifications.title')}</Link>
            </li>
            <li>
              <Link to={paths.profile()}>{t('nav.profile')}</Link>
            </li>
            {isCoordinator && (
              <>
                <li>
                  <Link to={paths.affiliations()}>{t('nav.affiliations')}</Link>
                </li>
                <li>
                  <Link to={paths.audit()}>{t('nav.audit')}</Link>
                </li>
                <li>
                  <Link to={paths.createTable()}>{t('directory.tables.create')}</Link>
                </li>
                <li>
                  <Link to={paths.createOrganization()}>{t('directory.organizations.create')}</Link>
                </li>
              </>
            )}
          </ul>
        </Section>
      </div>
    </>
  );
}
