import { useState } from 'react';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '@concertation/shared-domain';
import { hasErrorCode, useFormFailure, useTable, useUpdateActionItem, type ActionItemDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import {
  Alert,
  Button,
  ErrorMessage,
  Loading,
  SelectField,
  TextAreaField,
  TextField,
  titleError,
  tooLongError,
  useForm,
  type SelectOption,
} from '@concertation/web-ui';

interface Values {
  title: string;
  description: string;
  dueOn: string;
  assigneeId: string;
  assigneeOrganizationId: string;
}

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
  const failure = useFormFailure();
  const table = useTable(item.table.id);
  const [update, { loading }] = useUpdateActionItem();
  const form = useForm<Values>(
    () => valuesOf(item),
    (error) => failure(error, { quietWithFields: true, overrides: { FORBIDDEN: t('actions.edit.forbidden') } }),
  );
  const { values, errors, set } = form;
  const [baseVersion, setBaseVersion] = useState(item.version);
  const [conflict, setConflict] = useState(false);

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

  const submit = form.submit(
    (values) => ({
      title: titleError(values.title, t),
      description: tooLongError(values.description, MAX_BODY_LENGTH, t),
      dueOn: values.dueOn && !DATE.test(values.dueOn) ? t('actions.edit.badDate') : undefined,
    }),
    async (values) => {
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
      } catch (caught) {
        if (!hasErrorCode(caught, 'CONFLICT')) throw caught;
        setConflict(true);
        // The next save is made against what is now on screen (the fresh version), with the typed text.
        const fresh = await reload().catch(() => null);
        if (fresh !== null) setBaseVersion(fresh);
        return;
      }
      setConflict(false);
      onDone(t('actions.edit.saved'));
    },
  );

  return (
    <form ref={form.formRef} className="stack" onSubmit={submit} noValidate>
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
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
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
