import { useState } from 'react';
import { Link } from 'react-router';
import { affiliationDomains } from '@concertation/shared-domain';
import { useDecideAffiliation, useDescribeError, usePendingAffiliations, type PendingAffiliationsQuery } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ConfirmDialog, cx, DataTable, EmptyState, ErrorMessage, Loading, PageHeader } from '@concertation/web-ui';

type Applicant = PendingAffiliationsQuery['pendingAffiliations'][number];

/**
 * What to check the claim against: the person's e-mail domain beside the organization's site's,
 * and in words whether they match (never by colour alone).
 */
function DomainCheck({ applicant }: { applicant: Applicant }) {
  const { t } = useI18n();
  const { emailDomain, websiteDomain, matches } = affiliationDomains(applicant.email, applicant.pendingOrganization?.website);
  const verdict =
    matches === null
      ? t(websiteDomain ? 'affiliations.domain.noEmail' : 'affiliations.domain.noWebsite')
      : t(matches ? 'affiliations.domain.matches' : 'affiliations.domain.differs');
  return (
    <div className="affiliation-domains">
      <dl className="affiliation-domains__list">
        <div>
          <dt>{t('affiliations.domain.email')}</dt>
          <dd>{emailDomain ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('affiliations.domain.website')}</dt>
          <dd>{websiteDomain ?? '—'}</dd>
        </div>
      </dl>
      <p
        className={cx(
          'affiliation-domains__verdict',
          matches === true && 'affiliation-domains__verdict--match',
          matches === false && 'affiliation-domains__verdict--differs',
        )}
      >
        {verdict}
      </p>
    </div>
  );
}

/** Coordinators confirm (or decline) the organization each person says they work for. */
export function AffiliationsPage() {
  const { t, tp } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = usePendingAffiliations();
  const [decide, { loading: deciding }] = useDecideAffiliation();
  const [declining, setDeclining] = useState<Applicant | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const run = async (applicant: Applicant, accept: boolean) => {
    setActionError(null);
    setNotice(null);
    setBusyId(applicant.id);
    const params = { name: applicant.displayName, organization: applicant.pendingOrganization?.name ?? '' };
    try {
      await decide(applicant.id, accept);
      setNotice(t(accept ? 'affiliations.confirmed' : 'affiliations.declined', params));
    } catch (caught) {
      setActionError(describe(caught));
    } finally {
      setBusyId(null);
      setDeclining(null);
    }
  };

  const applicants = data?.pendingAffiliations ?? [];

  return (
    <>
      <PageHeader title={t('affiliations.title')} description={t('affiliations.intro')} />
      {notice && <Alert tone="success">{notice}</Alert>}
      {actionError && <ErrorMessage>{actionError}</ErrorMessage>}
      {loading && !data ? (
        <Loading label={t('affiliations.loading')} />
      ) : error && !data ? (
        <ErrorMessage>{describe(error)}</ErrorMessage>
      ) : applicants.length === 0 ? (
        <EmptyState title={t('affiliations.emptyTitle')}>{t('affiliations.empty')}</EmptyState>
      ) : (
        <DataTable
          caption={tp('affiliations.caption', applicants.length)}
          rows={applicants}
          rowKey={(applicant) => applicant.id}
          columns={[
            { key: 'person', header: t('affiliations.person'), rowHeader: true, render: (applicant) => applicant.displayName },
            { key: 'email', header: t('auth.fields.email'), render: (applicant) => applicant.email ?? '—' },
            {
              key: 'organization',
              header: t('affiliations.organization'),
              render: (applicant) =>
                applicant.pendingOrganization ? (
                  <Link to={paths.organization(applicant.pendingOrganization.id)}>{applicant.pendingOrganization.name}</Link>
                ) : (
                  '—'
                ),
            },
            { key: 'domains', header: t('affiliations.domain.header'), render: (applicant) => <DomainCheck applicant={applicant} /> },
            {
              key: 'actions',
              header: t('common.actions'),
              render: (applicant) => (
                <div className="button-row">
                  <Button
                    size="small"
                    busy={busyId === applicant.id && !declining}
                    disabled={busyId !== null}
                    aria-label={t('affiliations.confirmFor', { name: applicant.displayName })}
                    onClick={() => run(applicant, true)}
                  >
                    {t('affiliations.confirm')}
                  </Button>
                  <Button
                    size="small"
                    variant="danger"
                    disabled={busyId !== null}
                    aria-label={t('affiliations.declineFor', { name: applicant.displayName })}
                    onClick={() => setDeclining(applicant)}
                  >
                    {t('affiliations.decline')}
                  </Button>
                </div>
              ),
            },
          ]}
        />
      )}
      <ConfirmDialog
        open={declining !== null}
        title={t('affiliations.declineTitle')}
        confirmLabel={t('affiliations.decline')}
        cancelLabel={t('common.cancel')}
        busy={deciding}
        onCancel={() => setDeclining(null)}
        onConfirm={() => declining && run(declining, false)}
      >
        {declining && t('affiliations.declineQuestion', { name: declining.displayName, organization: declining.pendingOrganization?.name ?? '' })}
      </ConfirmDialog>
    </>
  );
}
