import { useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { fieldErrorsOf, hasErrorCode, useDescribeError, useTable, useUpdateActionItem, type ActionItemDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, Loading, SelectField, TextAreaField, TextField, type SelectOption } from '@concertation/web-ui';

interface Values {
  title: string;
  description: string;
  dueOn: string;
  assigneeId: string;
  assigneeOrganizationId: string;
}

type Errors = Partial<Record<keyof Values, string>>;

const valuesOf = (item: ActionItemDetail): Values => ({
  title: item.title,
  description: item.description ?? '',
  dueOn: item.dueOn ?? '',
  assigneeId: item.assignee?.id ?? '',
  assigneeOrganizationId: item.assigneeOrganization?.id ?? '',
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface EditActionFormProps {
  item: ActionItemDetail;
  /** Asks the server for the item again (after a CONFLICT); resolves with the fresh version. */
  reload: () => Promise<number | null>;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Officers edit the title, description, due date and owner. The version the form started from
 * goes with the save: if someone changed the item meanwhile, the server says CONFLICT, the page
 * shows the fresh version and the typed text stays here to be saved again.
 */
export function EditActionForm({ item, reload, onDone, onCancel }: EditActionFormProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const table = useTable(item.table.id);
  const [update, { loading }] = useUpdateActionItem();
  const [values, setValues] = useState<Values>(() => valuesOf(item));
  const [baseVersion, setBaseVersion] = useState(item.version);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const people = new Map<string, string>();
  for (const seat of table.data?.table?.participants ?? []) {
    people.set(seat.user.id, seat.organization ? `${seat.user.displayName} (${seat.organization.acronym ?? seat.organization.name})` : seat.user.displayName);
  }
  if (item.assignee && !people.has(item.assignee.id)) people.set(item.assignee.id, item.assignee.displayName);
  const organizations = new Map<string, string>();
  for (const membership of table.data?.table?.memberships ?? []) organizations.set(membership.organization.id, membership.organization.name);
  if (item.assigneeOrganization && !organizations.has(item.assigneeOrganization.id))
    organizations.set(item.assigneeOrganization.id, item.assigneeOrganization.name);
  const options = (map: Map<string, string>): SelectOption[] =>
    [...map].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));

  const validate = (): Errors => {
    const found: Errors = {};
    const title = values.title.trim();
    if (!title) found.title = t('validation.required');
    else if (title.length > MAX_TITLE_LENGTH) found.title = t('validation.tooLong', { max: MAX_TITLE_LENGTH });
    if (values.description.length > MAX_BODY_LENGTH) found.description = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    if (values.dueOn && !DATE.test(values.dueOn)) found.dueOn = t('actions.edit.badDate');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length) {
      const first = (Object.keys(found) as Array<keyof Values>)[0];
      document.getElementById(`edit-action-${first}`)?.focus();
      return;
    }
    try {
      await update(
        item.id,
        {
          title: values.title.trim(),
          description: values.description.trim() || null,
          dueOn: values.dueOn || null,
          assigneeId: values.assigneeId || null,
          assigneeOrganizationId: values.assigneeOrganizationId || null,
        },
        baseVersion,
      );
      setConflict(false);
      onDone(t('actions.edit.saved'));
    } catch (caught) {
      if (hasErrorCode(caught, 'CONFLICT')) {
        setConflict(true);
        // The next save is made against what is now on screen (the fresh version), with the typed text.
        const fresh = await reload().catch(() => null);
        if (fresh !== null) setBaseVersion(fresh);
        return;
      }
      const fields = fieldErrorsOf(caught);
      if (Object.keys(fields).length) setErrors(fields as Errors);
      else setError(hasErrorCode(caught, 'FORBIDDEN') ? t('actions.edit.forbidden') : describe(caught));
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {conflict && <Alert tone="warning">{t('actions.edit.conflict')}</Alert>}
      <TextField
        id="edit-action-title"
        label={t('actions.edit.titleField')}
        required
        maxLength={MAX_TITLE_LENGTH}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
      />
      <TextAreaField
        id="edit-action-description"
        label={t('actions.edit.description')}
        rows={5}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <TextField
        id="edit-action-dueOn"
        type="date"
        label={t('actions.edit.due')}
        hint={t('actions.edit.dueHint')}
        value={values.dueOn}
        onChange={set('dueOn')}
        error={errors.dueOn}
      />
      {table.loading && !table.data ? (
        <Loading label={t('actions.edit.loadingOptions')} />
      ) : (
        <>
          <SelectField
            id="edit-action-assigneeId"
            label={t('actions.edit.person')}
            placeholder={t('actions.edit.nobody')}
            options={options(people)}
            value={values.assigneeId}
            onChange={set('assigneeId')}
            error={errors.assigneeId}
          />
          <SelectField
            id="edit-action-assigneeOrganizationId"
            label={t('actions.edit.organization')}
            placeholder={t('actions.edit.nobody')}
            options={options(organizations)}
            value={values.assigneeOrganizationId}
            onChange={set('assigneeOrganizationId')}
            error={errors.assigneeOrganizationId}
          />
        </>
      )}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="button-row">
        <Button type="submit" busy={loading}>
          {t('actions.edit.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('actions.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
