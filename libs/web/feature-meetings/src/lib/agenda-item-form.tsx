import { useRef, useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH, MAX_ITEM_MINUTES, MAX_TITLE_LENGTH, AGENDA_ITEM_KINDS } from '@concertation/shared-domain';
import { fieldErrorsOf, useDescribeError, type AgendaItemKind, type Confidentiality } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, SelectField, TextAreaField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
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

type Errors = Partial<Record<'title' | 'description' | 'durationMinutes' | 'presenterId', string>>;

export function AgendaItemForm({ item, participants, submitLabel, onSubmit, onCancel }: AgendaItemFormProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'DISCUSSION');
  const [inCamera, setInCamera] = useState(item?.confidentiality === 'IN_CAMERA');
  const [duration, setDuration] = useState(item?.durationMinutes ? String(item.durationMinutes) : '');
  const presenterParticipant = participants.find((participant) => participant.user.id === item?.presenter?.id);
  // A presenter who no longer sits at the table stays selectable, as they are.
  const keepable = item?.presenter && !presenterParticipant ? item.presenter : null;
  const [presenter, setPresenter] = useState(presenterParticipant?.id ?? (keepable ? KEEP_PRESENTER : ''));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(formRef, attempt);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: Errors = {};
    if (!title.trim()) found.title = t('validation.required');
    else if (title.trim().length > MAX_TITLE_LENGTH) found.title = t('validation.tooLong', { max: MAX_TITLE_LENGTH });
    if (description.length > MAX_BODY_LENGTH) found.description = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    const minutes = duration.trim() ? Number(duration) : null;
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ITEM_MINUTES))
      found.durationMinutes = t('agenda.form.durationRange', { max: MAX_ITEM_MINUTES });
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.values(found).some(Boolean)) return;
    const chosen = participants.find((participant) => participant.id === presenter) ?? null;
    setBusy(true);
    try {
      await onSubmit({
        title: title.trim(),
        description: description.trim() || null,
        kind,
        confidentiality: inCamera ? 'IN_CAMERA' : 'MEMBERS',
        durationMinutes: minutes,
        ...(presenter === KEEP_PRESENTER ? {} : { presenterId: chosen?.user.id ?? null, presenterOrganizationId: chosen?.organization?.id ?? null }),
      });
      if (!item) {
        setTitle('');
        setDescription('');
        setDuration('');
        setPresenter('');
        setInCamera(false);
      }
    } catch (caught) {
      const server = fieldErrorsOf(caught);
      setErrors(server);
      if (Object.keys(server).length > 0) setAttempt((count) => count + 1);
      else setFormError(describe(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="form agenda-item-form" noValidate onSubmit={submit}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <TextField label={t('agenda.form.title')} required value={title} error={errors.title} onChange={(event) => setTitle(event.target.value)} />
      <TextAreaField
        label={t('agenda.form.description')}
        rows={3}
        value={description}
        error={errors.description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div className="form-row">
        <SelectField
          label={t('agenda.form.kind')}
          options={KINDS.map((value) => ({ value, label: t(`agenda.kinds.${value}` as const) }))}
          value={kind}
          onChange={(event) => setKind(event.target.value as AgendaItemKind)}
        />
        <TextField
          label={t('agenda.form.duration')}
          hint={t('agenda.form.durationHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ITEM_MINUTES}
          value={duration}
          error={errors.durationMinutes}
          onChange={(event) => setDuration(event.target.value)}
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
          value={presenter}
          error={errors.presenterId}
          onChange={(event) => setPresenter(event.target.value)}
        />
      </div>
      <div className="checkbox">
        <input
          id={`${formId(item)}-in-camera`}
          type="checkbox"
          checked={inCamera}
          onChange={(event) => setInCamera(event.target.checked)}
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
