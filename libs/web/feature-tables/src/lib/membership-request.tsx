import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDescribeError, useMyOrganizationMemberships, useRequestMembership, useSession } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, TextAreaField } from '@concertation/web-ui';
import type { TableDetails } from './types';

/**
 * « Request membership for my organization », or why it is not offered: no confirmed organization
 * yet, already a member, a request already waiting, or an archived table.
 */
export function MembershipRequest({ table }: { table: TableDetails }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const { me } = useSession();
  const organization = me?.organization ?? null;
  const mine = useMyOrganizationMemberships(!organization);
  const [request, { loading }] = useRequestMembership();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  if (!me) return null;
  if (!organization) {
    return (
      <p className="muted">
        {me.pendingOrganization ? t('tables.request.pendingAffiliation', { name: me.pendingOrganization.name }) : t('tables.request.noOrganization')}{' '}
        {!me.pendingOrganization && <Link to={paths.profile()}>{t('tables.request.goToProfile')}</Link>}
      </p>
    );
  }

  const known = mine.data?.me?.organization?.tableMemberships.find(
    (membership) => membership.table.id === table.id && (membership.status === 'ACTIVE' || membership.status === 'PENDING'),
  );
  const active = known?.status === 'ACTIVE' || table.memberships.some((membership) => membership.organization.id === organization.id);

  if (active) return <p>{t('tables.request.alreadyMember', { name: organization.name })}</p>;
  if (known?.status === 'PENDING') {
    return <Alert tone={sent ? 'success' : 'info'}>{t('tables.request.pending', { name: organization.name })}</Alert>;
  }
  if (table.archivedAt) return <p className="muted">{t('tables.request.archived')}</p>;
  if (mine.loading && !mine.data) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await request(table.id, organization.id, message);
      setSent(true);
      setOpen(false);
    } catch (caught) {
      setError(describe(caught, { CONFLICT: t('tables.request.conflict') }));
    }
  };

  if (!open) {
    return (
      <div className="stack">
        <p>{t('tables.request.explain', { name: organization.name })}</p>
        <div>
          <Button onClick={() => setOpen(true)}>{t('tables.request.button')}</Button>
        </div>
      </div>
    );
  }
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <TextAreaField
        label={t('tables.request.message')}
        hint={t('tables.request.messageHint', { name: organization.name })}
        value={message}
        rows={3}
        onChange={(event) => setMessage(event.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('tables.request.submit')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
