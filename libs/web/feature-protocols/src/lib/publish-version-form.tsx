import { useRef, useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { useDescribeError, usePublishProtocolVersion, type ProtocolDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ConfirmDialog, ErrorMessage, TextAreaField, useFocusFirstInvalid } from '@concertation/web-ui';

type Field = 'body' | 'changeNote';

interface PublishVersionFormProps {
  protocol: ProtocolDetail;
  id?: string;
  onPublished: (message: string) => void;
  onCancel: () => void;
}

/**
 * The owner table's officers publish the whole new text, starting from the current one. Publishing
 * tells every table and outdates earlier adoptions, so it is confirmed first.
 */
export function PublishVersionForm({ protocol, id, onPublished, onCancel }: PublishVersionFormProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [publish, { loading }] = usePublishProtocolVersion(protocol.id);
  const current = protocol.versions[0] ?? null;
  const nextNumber = (current?.number ?? 0) + 1;
  const [body, setBody] = useState(current?.body ?? '');
  const [changeNote, setChangeNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const validate = () => {
    const found: Partial<Record<Field, string>> = {};
    if (!body.trim()) found.body = t('validation.required');
    else if (body.length > MAX_BODY_LENGTH) found.body = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    else if (current && body.trim() === current.body.trim()) found.body = t('protocols.publish.unchanged');
    if (changeNote.length > MAX_BODY_LENGTH) found.changeNote = t('validation.tooLong', { max: MAX_BODY_LENGTH });
    return found;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    setConfirming(true);
  };

  const onConfirm = async () => {
    try {
      const version = await publish(body, changeNote.trim());
      setConfirming(false);
      if (version) onPublished(t('protocols.publish.published', { number: version.number }));
    } catch (error) {
      setConfirming(false);
      setFormError(describe(error, { FORBIDDEN: t('protocols.publish.forbidden') }));
    }
  };

  return (
    <form ref={formRef} id={id} className="form protocol-form" noValidate onSubmit={onSubmit} aria-labelledby={id ? `${id}-title` : undefined}>
      <h3 id={id ? `${id}-title` : undefined}>{t('protocols.publish.title')}</h3>
      <p className="muted">{t('protocols.publish.intro', { number: current?.number ?? 0 })}</p>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <TextAreaField
        label={t('protocols.publish.body')}
        hint={t('protocols.publish.bodyHint')}
        name="body"
        rows={14}
        required
        className="protocol-form__body"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errors.body}
      />
      <TextAreaField
        label={t('protocols.publish.changeNote')}
        hint={t('protocols.publish.changeNoteHint')}
        name="changeNote"
        rows={3}
        value={changeNote}
        onChange={(event) => setChangeNote(event.target.value)}
        error={errors.changeNote}
      />
      <div className="form__actions">
        <Button type="submit">{t('protocols.publish.submit')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('protocols.publish.confirmTitle', { number: nextNumber })}
        confirmLabel={t('protocols.publish.confirm')}
        cancelLabel={t('common.cancel')}
        tone="primary"
        busy={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('protocols.publish.confirmBody')}</p>
      </ConfirmDialog>
    </form>
  );
}
