import { Link } from 'react-router';
import { useDescribeError, useSession, useWhatNeedsMe } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, EmptyState, ErrorMessage, Loading, PageHeader, Section } from '@concertation/web-ui';
import { PendingDecisions } from './pending-decisions';
import { UrgentActions } from './urgent-actions';
import { UpcomingMeetings } from './upcoming-meetings';
import './home-page.css';

/** "What needs me now": one query (whatNeedsMe) gives every list of this page. */
export function HomePage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { me, isCoordinator } = useSession();
  const { data, loading, error } = useWhatNeedsMe();
  if (!me) return null;
  const home = data?.whatNeedsMe;
  const nothing = !!home && home.decisions.length + home.myPendingMemberships.length + home.actionItems.length + home.nextMeetings.length === 0;

  return (
    <>
      <PageHeader title={t('home.title', { name: me.displayName })} description={t('home.intro')} />
      {me.pendingOrganization && <Alert tone="info">{t('home.pendingAffiliation', { name: me.pendingOrganization.name })}</Alert>}
      {home?.myPendingMemberships.map((membership) => (
        <Alert key={membership.id} tone="info">
          {t('home.pendingMembership', { table: membership.table.name })} <Link to={paths.table(membership.table.id)}>{t('home.seeTable')}</Link>
        </Alert>
      ))}
      {loading && !home && <Loading label={t('home.loading')} />}
      {error && !home && <ErrorMessage>{describe(error)}</ErrorMessage>}
      {nothing && (
        <EmptyState
          title={t('home.nothingTitle')}
          action={
            me.organization || me.pendingOrganization ? (
              <Link to={paths.tablesDirectory()}>{t('home.browseTables')}</Link>
            ) : (
              <Link to={paths.profile()}>{t('home.completeProfile')}</Link>
            )
          }
        >
          {me.organization || me.pendingOrganization ? t('home.nothing') : t('home.nothingNoOrganization')}
        </EmptyState>
      )}
      {home && !nothing && (
        <div className="home">
          <Section title={t('home.decisions.title')} id="decisions">
            <PendingDecisions decisions={home.decisions} />
          </Section>
          <Section title={t('home.actions.title')} id="actions">
            <UrgentActions items={home.actionItems} />
          </Section>
          <Section title={t('home.meetings.title')} id="meetings">
            <UpcomingMeetings meetings={home.nextMeetings} />
          </Section>
        </div>
      )}
      <nav className="home__shortcuts" aria-label={t('home.quickLinks')}>
        <ul className="home__shortcut-list">
          <li>
            <Link to={paths.tablesDirectory()}>{t('home.browseTables')}</Link>
          </li>
          {isCoordinator && (
            <>
              <li>
                <Link to={paths.createTable()}>{t('directory.tables.create')}</Link>
              </li>
              <li>
                <Link to={paths.createOrganization()}>{t('directory.organizations.create')}</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </>
  );
}
