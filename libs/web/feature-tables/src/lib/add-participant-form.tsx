import { useAddParticipant, useFormFailure, useOrganizationMembers, type TableRole } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, chosenError, ErrorMessage, SelectField, useForm } from '@concertation/web-ui';
import { roleOptions } from './role-options';
import type { TableDetails } from './types';

/**
 * Seats someone of an ACTIVE member organization. The API lists an organization's people to
 * coordinators and to that organization's own people only, so a chair picks among the people
 * they can see; the form says so when a list comes back empty.
 */
export function AddParticipantForm({ table }: { table: TableDetails }) {
  const { t } = useI18n();
  const failure = useFormFailure();
  const [add, { loading }] = useAddParticipant();
  const form = useForm({ organizationId: '', userId: '', role: 'MEMBER' as TableRole }, (error) => {
    const refused = failure(error);
    // A person the server refuses is said beside the person alone.
    return refused.fields['userId'] ? { fields: refused.fields } : refused;
  });
  const { values, errors, set } = form;
  const { organizationId, userId } = values;
  const members = useOrganizationMembers(organizationId || null);

  const seated = new Set(table.participants.map((participant) => participant.user.id));
  const candidates = (members.data?.organization?.members ?? []).filter((person) => !seated.has(person.id));
  const organizations = table.memberships.filter((membership) => membership.status === 'ACTIVE').map((membership) => membership.organization);

  if (organizations.length === 0) return <p className="muted">{t('tables.participants.noMemberOrganizations')}</p>;

  const submit = form.submit(
    (values) => ({ organizationId: chosenError(values.organizationId, t), userId: chosenError(values.userId, t) }),
    async (values) => {
      const participant = await add(table.id, values.userId, values.role);
      if (participant) form.setNotice(t('tables.participants.added', { name: participant.user.displayName, role: t(`roles.${participant.role}` as const) }));
      form.setValue('userId', '');
    },
  );

  const membersHint = !organizationId
    ? undefined
    : members.loading
      ? t('common.loading')
      : candidates.length === 0
        ? t('tables.participants.noCandidates')
        : undefined;

  return (
    <form ref={form.formRef} className="form form--inline-grid" noValidate onSubmit={submit}>
      <p className="form__note">{t('tables.participants.addExplain')}</p>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      {form.notice && <Alert tone="success">{form.notice}</Alert>}
      <SelectField
        label={t('tables.participants.organization')}
        placeholder={t('common.choose')}
        options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        value={organizationId}
        onChange={(event) => {
          form.setValue('organizationId', event.target.value);
          form.setValue('userId', '');
        }}
        error={errors.organizationId}
      />
      <SelectField
        label={t('tables.participants.person')}
        placeholder={t('common.choose')}
        disabled={!organizationId}
        options={candidates.map((person) => ({ value: person.id, label: person.displayName }))}
        value={userId}
        hint={membersHint}
        onChange={set('userId')}
        error={errors.userId}
      />
      <SelectField label={t('tables.participants.role')} options={roleOptions(t)} value={values.role} onChange={set('role')} error={errors.role} />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('tables.participants.add')}
        </Button>
      </div>
    </form>
  );
}
