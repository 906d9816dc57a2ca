import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { useCreateActionItemInMeeting, useFormFailure } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextAreaField, TextField, titleError, tooLongError, useForm } from '@concertation/web-ui';
import type { MinutesMeeting } from './types';

const EMPTY = { title: '', description: '', assignee: '', dueOn: '' };
/** Server fields → the form's; the assignee is one select for a person or an organization. */
const SERVER_FIELDS = { title: 'title', description: 'description', dueOn: 'dueOn', assigneeId: 'assignee', assigneeOrganizationId: 'assignee' };

/** A real calendar day written YYYY-MM-DD (what `<input type="date">` gives). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export interface ActionItemFormProps {
  meeting: MinutesMeeting;
  agendaItemId: string | null;
  decisionId?: string | null;
  onCreated: (title: string) => void;
  onCancel?: () => void;
}

/**
 * « Nouvelle action », from an agenda item or a decision. The assignee is a person who sits at
 * the table or one of its member organizations: one select, two groups.
 */
export function ActionItemForm({ meeting, agendaItemId, decisionId = null, onCreated, onCancel }: ActionItemFormProps) {
  const { t } = useI18n();
  const failure = useFormFailure();
  const [create, { loading }] = useCreateActionItemInMeeting(meeting.id);
  const form = useForm(EMPTY, (error) => failure(error, { fields: SERVER_FIELDS, quietWithFields: true }));
  const { values, errors, set } = form;

  const people = meeting.table.participants.map((participant) => ({
    value: `user:${participant.user.id}`,
    label: participant.organization ? `${participant.user.displayName} (${participant.organization.name})` : participant.user.displayName,
    group: t('minutes.actions.form.people'),
  }));
  const organizations = meeting.table.memberships.map((membership) => ({
    value: `organization:${membership.organization.id}`,
    label: membership.organization.name,
    group: t('minutes.actions.form.organizations'),
  }));

  const submit = form.submit(
    (values) => ({
      title: titleError(values.title, t),
      description: tooLongError(values.description, MAX_BODY_LENGTH, t),
      dueOn: values.dueOn && !isCalendarDay(values.dueOn) ? t('minutes.actions.form.dueOnInvalid') : undefined,
    }),
    async ({ title, description, assignee, dueOn }) => {
      const [kind, id] = assignee.split(':');
      // Only what was given is sent: absent fields stay absent rather than null.
      const created = await create({
        tableId: meeting.table.id,
        title: title.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(agendaItemId ? { agendaItemId } : {}),
        ...(decisionId ? { decisionId } : {}),
        ...(kind === 'user' ? { assigneeId: id } : {}),
        ...(kind === 'organization' ? { assigneeOrganizationId: id } : {}),
        ...(dueOn ? { dueOn } : {}),
      });
      form.setValues(EMPTY);
      onCreated(created?.title ?? title.trim());
    },
  );

  return (
    <form
      ref={form.formRef}
      className="form action-item-form"
      noValidate
      onSubmit={submit}
      aria-label={decisionId ? t('minutes.actions.form.titleForDecision') : t('minutes.actions.form.title')}
    >
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <TextField
        label={t('minutes.actions.form.actionTitle')}
        required
        maxLength={MAX_TITLE_LENGTH + 50}
        value={values.title}
        error={errors.title}
        onChange={set('title')}
      />
      <TextAreaField
        label={t('minutes.actions.form.description')}
        rows={3}
        value={values.description}
        error={errors.description}
        onChange={set('description')}
      />
      <div className="form-row">
        <SelectField
          label={t('minutes.actions.form.assignee')}
          placeholder={t('minutes.actions.form.noAssignee')}
          options={[...people, ...organizations]}
          value={values.assignee}
          error={errors.assignee}
          onChange={set('assignee')}
        />
        <TextField label={t('minutes.actions.form.dueOn')} type="date" value={values.dueOn} error={errors.dueOn} onChange={set('dueOn')} />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('minutes.actions.form.submit')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={loading}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
