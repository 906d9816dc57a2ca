import { useState, type FormEvent } from 'react';
import { fieldErrorsOf, useAddParticipant, useDescribeError, useOrganizationMembers, type TableRole } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, SelectField } from '@concertation/web-ui';
import { roleOptions } from './role-options';
import type { TableDetails } from './types';

/**
 * Seats someone of an ACTIVE member organization. The API lists an organization's people to
 * coordinators and to that organization's own people only, so a chair picks among the people
 * they can see; the form says so when a list comes back empty.
 */
export function AddParticipantForm({ table }: { table: TableDetails }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [add, { loading }] = useAddParticipant();
  const [organizationId, setOrganizationId] = useState('');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<TableRole>('MEMBER');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const members = useOrganizationMembers(organizationId || null);

  const seated = new Set(table.participants.map((participant) => participant.user.id));
  const candidates = (members.data?.organization?.members ?? []).filter((person) => !seated.has(person.id));
  const organizations = table.memberships.filter((membership) => membership.status === 'ACTIVE').map((membership) => membership.organization);

  if (organizations.length === 0) return <p className="muted">{t('tables.participants.noMemberOrganizations')}</p>;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setNotice(null);
    const found = { organizationId: organizationId ? undefined : t('validation.choose'), userId: userId ? undefined : t('validation.choose') };
    setErrors(found);
    if (found.organizationId || found.userId) return;
    try {
      const participant = await add(table.id, userId, role);
      if (participant) setNotice(t('tables.participants.added', { name: participant.user.displayName, role: t(`roles.${participant.role}` as const) }));
      setUserId('');
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      if (!fields['userId']) setFormError(describe(error));
    }
  };

  const membersHint = !organizationId
    ? undefined
    : members.loading
      ? t('common.loading')
      : candidates.length === 0
        ? t('tables.participants.noCandidates')
        : undefined;

  return (
    <form className="form form--inline-grid" noValidate onSubmit={onSubmit}>
      <p className="form__note">{t('tables.participants.addExplain')}</p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <SelectField
        label={t('tables.participants.organization')}
        placeholder={t('common.choose')}
        options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        value={organizationId}
        onChange={(event) => {
          setOrganizationId(event.target.value);
          setUserId('');
        }}
        error={errors['organizationId']}
      />
      <SelectField
        label={t('tables.participants.person')}
        placeholder={t('common.choose')}
        disabled={!organizationId}
        options={candidates.map((person) => ({ value: person.id, label: person.displayName }))}
        value={userId}
        hint={membersHint}
        onChange={(event) => setUserId(event.target.value)}
        error={errors['userId']}
      />
      <SelectField
        label={t('tables.participants.role')}
        options={roleOptions(t)}
        value={role}
        onChange={(event) => setRole(event.target.value as TableRole)}
        error={errors['role']}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('tables.participants.add')}
        </Button>
      </div>
    </form>
  );
}
