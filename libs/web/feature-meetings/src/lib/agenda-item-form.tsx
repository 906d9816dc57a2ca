import { MAX_BODY_LENGTH, MAX_ITEM_MINUTES, AGENDA_ITEM_KINDS } from '@concertation/shared-domain';
import { useFormFailure, type AgendaItemKind, type Confidentiality } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextAreaField, TextField, titleError, tooLongError, useForm } from '@concertation/web-ui';
import type { AgendaItem, TableParticipant } from './types';

const KINDS: readonly AgendaItemKind[] = AGENDA_ITEM_KINDS;

/** What the add and edit forms send: `null` clears a field on update. */
export interface AgendaItemValues {
  title: string;
  description: string | null;
  kind: AgendaItemKind;
  confidentiality: Confidentiality;
  durationMinutes: number | null;
  /** Absent (undefined) keeps the current presenter: one who no longer sits at the table, say. */
  presenterId?: string | null;
  presenterOrganizationId?: string | null;
}

const KEEP_PRESENTER = 'keep';

export interface AgendaItemFormProps {
  item?: AgendaItem;
  participants: readonly TableParticipant[];
  submitLabel: string;
  onSubmit: (values: AgendaItemValues) => Promise<void>;
  onCancel?: () => void;
}

export function AgendaItemForm({ item, participants, submitLabel, onSubmit, onCancel }: AgendaItemFormProps) {
  const { t } = useI18n();
  const failure = useFormFailure();
  const presenterParticipant = participants.find((participant) => participant.user.id === item?.presenter?.id);
  // A presenter who no longer sits at the table stays selectable, as they are.
  const keepable = item?.presenter && !presenterParticipant ? item.presenter : null;
  const form = useForm(
    {
      title: item?.title ?? '',
      description: item?.description ?? '',
      kind: item?.kind ?? ('DISCUSSION' as AgendaItemKind),
      inCamera: item?.confidentiality === 'IN_CAMERA',
      durationMinutes: item?.durationMinutes ? String(item.durationMinutes) : '',
      // The participant's seat (or KEEP_PRESENTER); the server's presenterId is their user.
      presenterId: presenterParticipant?.id ?? (keepable ? KEEP_PRESENTER : ''),
    },
    (error) => failure(error, { quietWithFields: true }),
  );
  const { values, errors, set, busy } = form;

  const minutesOf = (duration: string) => (duration.trim() ? Number(duration) : null);

  const submit = form.submit(
    (values) => {
      const minutes = minutesOf(values.durationMinutes);
      return {
        title: titleError(values.title, t),
        description: tooLongError(values.description, MAX_BODY_LENGTH, t),
        durationMinutes:
          minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ITEM_MINUTES)
            ? t('agenda.form.durationRange', { max: MAX_ITEM_MINUTES })
            : undefined,
      };
    },
    async (values) => {
      const chosen = participants.find((participant) => participant.id === values.presenterId) ?? null;
      await onSubmit({
        title: values.title.trim(),
        description: values.description.trim() || null,
        kind: values.kind,
        confidentiality: values.inCamera ? 'IN_CAMERA' : 'MEMBERS',
        durationMinutes: minutesOf(values.durationMinutes),
        ...(values.presenterId === KEEP_PRESENTER ? {} : { presenterId: chosen?.user.id ?? null, presenterOrganizationId: chosen?.organization?.id ?? null }),
      });
      // The add form starts over for the next item (the kind stays as chosen).
      if (!item) form.setValues((current) => ({ ...current, title: '', description: '', durationMinutes: '', presenterId: '', inCamera: false }));
    },
  );

  return (
    <form ref={form.formRef} className="form agenda-item-form" noValidate onSubmit={submit}>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <TextField label={t('agenda.form.title')} required value={values.title} error={errors.title} onChange={set('title')} />
      <TextAreaField label={t('agenda.form.description')} rows={3} value={values.description} error={errors.description} onChange={set('description')} />
      <div className="form-row">
        <SelectField
          label={t('agenda.form.kind')}
          options={KINDS.map((value) => ({ value, label: t(`agenda.kinds.${value}` as const) }))}
          value={values.kind}
          onChange={set('kind')}
        />
        <TextField
          label={t('agenda.form.duration')}
          hint={t('agenda.form.durationHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ITEM_MINUTES}
          value={values.durationMinutes}
          error={errors.durationMinutes}
          onChange={set('durationMinutes')}
        />
        <SelectField
          label={t('agenda.form.presenter')}
          placeholder={t('agenda.form.noPresenter')}
          options={[
            ...(keepable ? [{ value: KEEP_PRESENTER, label: keepable.displayName }] : []),
            ...participants.map((participant) => ({
              value: participant.id,
              label: participant.organization ? `${participant.user.displayName} (${participant.organization.name})` : participant.user.displayName,
            })),
          ]}
          value={values.presenterId}
          error={errors.presenterId}
          onChange={set('presenterId')}
        />
      </div>
      <div className="checkbox">
        <input
          id={`${formId(item)}-in-camera`}
          type="checkbox"
          checked={values.inCamera}
          onChange={(event) => form.setValue('inCamera', event.target.checked)}
          aria-describedby={`${formId(item)}-in-camera-hint`}
        />
        <label htmlFor={`${formId(item)}-in-camera`}>{t('agenda.form.inCamera')}</label>
      </div>
      <p className="field__hint" id={`${formId(item)}-in-camera-hint`}>
        {t('agenda.form.inCameraHint')}
      </p>
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

const formId = (item: AgendaItem | undefined) => `agenda-item-${item?.id ?? 'new'}`;
