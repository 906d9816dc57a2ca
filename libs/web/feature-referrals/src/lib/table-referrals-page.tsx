import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isOfficerRole } from '@concertation/shared-domain';
import { useDescribeError, useTableReferrals } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Section, useDocumentTitle } from '@concertation/web-ui';
import { IncomingReferrals } from './incoming-referrals';
import { OutgoingReferrals } from './outgoing-referrals';
import { ReferralForm } from './referral-form';

/** A link to `#referral-<id>` (a notification, the refer form's confirmation) lands on that referral. */
function useFocusReferralFromHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#referral-')) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    element?.scrollIntoView?.({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [ready, hash]);
}

/**
 * `/tables/:id/referrals`: the questions the table received from the tables below it and those it
 * sent up its line, for those who sit at it; its officers answer the former and send new ones.
 */
export function TableReferralsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const describe = useDescribeError();
  const { data, loading, error } = useTableReferrals(id);
  const table = data?.table;
  const [creating, setCreating] = useState(false);
  // After the header's generic title (child effects run first): the table's name tells tabs apart.
  useDocumentTitle(table ? t('referrals.documentTitle', { table: table.name }) : null);
  useFocusReferralFromHash(!!table);

  if (loading && !table) return <Loading label={t('referrals.loading')} />;
  if (!table) {
    return (
      <>
        <PageHeader title={t('referrals.notFoundTitle')} />
        <ErrorMessage>{error ? describe(error) : t('errors.notFound')}</ErrorMessage>
        <p>
          <Link to={paths.tablesDirectory()}>{t('tables.backToDirectory')}</Link>
        </p>
      </>
    );
  }

  const header = (actions?: ReactNode) => <PageHeader level={2} title={t('referrals.title')} description={<p>{t('referrals.intro')}</p>} actions={actions} />;

  if (!table.viewerRole) {
    return (
      <>
        {header()}
        <Alert tone="info">{t('referrals.notSeated')}</Alert>
      </>
    );
  }

  const isOfficer = isOfficerRole(table.viewerRole);
  const active = !table.archivedAt;
  const canRefer = isOfficer && active && table.parent !== null;

  return (
    <>
      {header(
        canRefer && (
          <Button
            variant={creating ? 'secondary' : 'primary'}
            aria-expanded={creating}
            aria-controls={creating ? 'new-referral' : undefined}
            onClick={() => setCreating((open) => !open)}
          >
            {t('referrals.create.open')}
          </Button>
        ),
      )}
      {canRefer && creating && (
        <Section title={t('referrals.create.title')} id="new-referral">
          <p className="muted">{t('referrals.create.intro')}</p>
          <ReferralForm fromTableId={table.id} onClose={() => setCreating(false)} />
        </Section>
      )}
      <div className="referral-columns">
        <Section title={t('referrals.incoming.title')} id="referrals-incoming">
          <IncomingReferrals referrals={data.table?.incomingReferrals ?? []} canDecide={isOfficer && active} />
        </Section>
        <Section title={t('referrals.outgoing.title')} id="referrals-outgoing">
          <OutgoingReferrals referrals={data.table?.outgoingReferrals ?? []} />
        </Section>
      </div>
    </>
  );
}
