import { useRef, useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { fieldErrorsOf, useCreateActionItemInMeeting, useDescribeError } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextAreaField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import type { MinutesMeeting } from './types';

type Errors = Partial<Record<'title' | 'description' | 'assignee' | 'dueOn', string>>;

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
  const describe = useDescribeError();
  const [create, { loading }] = useCreateActionItemInMeeting(meeting.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [assignee, setAssignee] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: Errors = {};
    if (!title.trim()) found.title = t('validation.required');
    else if (title.trim().length > MAX_TITLE_LENGTH) found.title = t('validation.tooLong', { max: MAX_TITLE_LENGTH });
    if (description.length > MAX_BODY_LENGTH) found.description = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    if (dueOn && !isCalendarDay(dueOn)) found.dueOn = t('minutes.actions.form.dueOnInvalid');
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    const [kind, id] = assignee.split(':');
    try {
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
      setTitle('');
      setDescription('');
      setAssignee('');
      setDueOn('');
      onCreated(created?.title ?? title.trim());
    } catch (caught) {
      const server = fieldErrorsOf(caught);
      const mapped: Errors = {
        title: server['title'],
        description: server['description'],
        dueOn: server['dueOn'],
        assignee: server['assigneeId'] ?? server['assigneeOrganizationId'],
      };
      const known = Object.fromEntries(Object.entries(mapped).filter(([, value]) => value)) as Errors;
      setErrors(known);
      if (Object.keys(known).length > 0) setAttempt((count) => count + 1);
      else setFormError(describe(caught));
    }
  };

  return (
    <form
      ref={formRef}
      className="form action-item-form"
      noValidate
      onSubmit={submit}
      aria-label={decisionId ? t('minutes.actions.form.titleForDecision') : t('minutes.actions.form.title')}
    >
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <TextField
        label={t('minutes.actions.form.actionTitle')}
        required
        maxLength={MAX_TITLE_LENGTH + 50}
        value={title}
        error={errors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        label={t('minutes.actions.form.description')}
        rows={3}
        value={description}
        error={errors.description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div className="form-row">
        <SelectField
          label={t('minutes.actions.form.assignee')}
          placeholder={t('minutes.actions.form.noAssignee')}
          options={[...people, ...organizations]}
          value={assignee}
          error={errors.assignee}
          onChange={(event) => setAssignee(event.target.value)}
        />
        <TextField label={t('minutes.actions.form.dueOn')} type="date" value={dueOn} error={errors.dueOn} onChange={(event) => setDueOn(event.target.value)} />
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
