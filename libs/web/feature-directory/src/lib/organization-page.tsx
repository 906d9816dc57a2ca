import { Link, useParams } from 'react-router';
import { useDescribeError, useOrganization, type MembershipStatus } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Badge, EmptyState, ErrorMessage, Loading, PageHeader, Section, type BadgeTone } from '@concertation/web-ui';

export const MEMBERSHIP_TONES: Record<MembershipStatus, BadgeTone> = {
  ACTIVE: 'success',
  PENDING: 'warning',
  DECLINED: 'danger',
  WITHDRAWN: 'neutral',
};

/** Only http(s) addresses become links: a stored `javascript:` URL must never be clickable. */
function safeWebsite(website: string | null): string | null {
  return website && /^https?:\/\//i.test(website) ? website : null;
}

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t, language, formatDate } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useOrganization(id);
  const organization = data?.organization;

  if (loading && !organization) return <Loading label={t('directory.organization.loading')} />;
  if (!organization) {
    return (
      <>
        <PageHeader title={t('directory.organization.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.organizationsDirectory()}>{t('directory.organization.back')}</Link>
        </p>
      </>
    );
  }

  const website = safeWebsite(organization.website);
  return (
    <>
      <PageHeader
        eyebrow={t('directory.organization.eyebrow')}
        title={organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name}
      />
      <dl className="facts">
        <dt>{t('directory.organizations.sector')}</dt>
        <dd>{t(`sectors.${organization.sector}` as const)}</dd>
        <dt>{t('directory.region')}</dt>
        <dd>{localizedName(language, organization.region)}</dd>
        <dt>{t('directory.organization.website')}</dt>
        <dd>{website ? <a href={website}>{website}</a> : (organization.website ?? '—')}</dd>
        <dt>{t('directory.organization.since')}</dt>
        <dd>{formatDate(organization.createdAt)}</dd>
      </dl>
      <Section title={t('directory.organization.tables')}>
        {organization.tableMemberships.length === 0 ? (
          <EmptyState title={t('directory.organization.noTables')} />
        ) : (
          <ul className="item-list">
            {organization.tableMemberships.map((membership) => (
              <li key={membership.id}>
                <Link to={paths.table(membership.table.id)}>{membership.table.name}</Link>{' '}
                <span className="muted">· {t(`levels.${membership.table.level}` as const)}</span>{' '}
                <Badge tone={MEMBERSHIP_TONES[membership.status]}>{t(`membershipStatus.${membership.status}` as const)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('directory.organization.people')}>
        {organization.members.length === 0 ? (
          <EmptyState title={t('directory.organization.noPeopleVisible')}>{t('directory.organization.peopleVisibility')}</EmptyState>
        ) : (
          <ul className="item-list">
            {organization.members.map((member) => (
              <li key={member.id}>{member.displayName}</li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
