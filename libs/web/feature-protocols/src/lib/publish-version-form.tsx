import { useState } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { useDescribeError, usePublishProtocolVersion, type ProtocolDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ConfirmDialog, ErrorMessage, requiredTextError, TextAreaField, tooLongError, useForm } from '@concertation/web-ui';
import { ProtocolBodyField } from './protocol-body-field';

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
  const form = useForm({ body: current?.body ?? '', changeNote: '' }, (error) => ({
    message: describe(error, { FORBIDDEN: t('protocols.publish.forbidden') }),
  }));
  const { values, errors, set } = form;
  const [confirming, setConfirming] = useState(false);

  // Publishing is asked once more (ConfirmDialog) before it is done.
  const onSubmit = form.submit(
    (values) => ({
      body:
        requiredTextError(values.body, MAX_BODY_LENGTH, t) ??
        (current && values.body.trim() === current.body.trim() ? t('protocols.publish.unchanged') : undefined),
      changeNote: tooLongError(values.changeNote, MAX_BODY_LENGTH, t),
    }),
    () => setConfirming(true),
  );

  const onConfirm = () =>
    form.run(async () => {
      try {
        const version = await publish(values.body, values.changeNote.trim());
        if (version) onPublished(t('protocols.publish.published', { number: version.number }));
      } finally {
        setConfirming(false);
      }
    });

  return (
    <form ref={form.formRef} id={id} className="form protocol-form" noValidate onSubmit={onSubmit} aria-labelledby={id ? `${id}-title` : undefined}>
      <h3 id={id ? `${id}-title` : undefined}>{t('protocols.publish.title')}</h3>
      <p className="muted">{t('protocols.publish.intro', { number: current?.number ?? 0 })}</p>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <ProtocolBodyField
        label={t('protocols.publish.body')}
        hint={t('protocols.publish.bodyHint')}
        value={values.body}
        onChange={set('body')}
        error={errors.body}
      />
      <TextAreaField
        label={t('protocols.publish.changeNote')}
        hint={t('protocols.publish.changeNoteHint')}
        name="changeNote"
        rows={3}
        value={values.changeNote}
        onChange={set('changeNote')}
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
