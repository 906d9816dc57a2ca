import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { useFormFailure, usePostActionItemUpdate, type ActionItemDetail, type ActionItemStatus } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, SelectField, TextAreaField, tooLongError, useForm } from '@concertation/web-ui';
import { ACTION_STATUSES } from './due';

/**
 * « Publier une mise à jour »: a new status, a comment, or both in one submit (marking done with a word
 * on what was done). Officers and the item's owners may post.
 */
export function ProgressForm({ item }: { item: ActionItemDetail }) {
  const { t } = useI18n();
  const failure = useFormFailure();
  const [post, { loading }] = usePostActionItemUpdate();
  const form = useForm({ status: '' as ActionItemStatus | '', body: '' }, (error) =>
    failure(error, { fields: { body: 'body' }, quietWithFields: true, overrides: { FORBIDDEN: t('actions.progress.forbidden') } }),
  );
  const { values, errors, set } = form;

  const submit = form.submit(
    ({ status, body }) => ({
      // Either a status or a comment: the message stands beside the comment.
      body: !status && !body.trim() ? t('actions.progress.needOne') : tooLongError(body.trim(), MAX_BODY_LENGTH, t),
    }),
    async ({ status, body }) => {
      const saved = await post(item.id, { body: body.trim(), status: status || null });
      form.setValues({ status: '', body: '' });
      form.setNotice(saved?.status === 'DONE' && status === 'DONE' ? t('actions.progress.sentDone') : t('actions.progress.sent'));
    },
  );

  return (
    <form ref={form.formRef} className="stack" onSubmit={submit} noValidate>
      <p className="muted">{t('actions.progress.intro')}</p>
      <SelectField
        label={t('actions.progress.status')}
        placeholder={t('actions.progress.keepStatus')}
        options={ACTION_STATUSES.filter((value) => value !== item.status).map((value) => ({ value, label: t(`actions.status.${value}` as const) }))}
        value={values.status}
        onChange={set('status')}
      />
      <TextAreaField
        label={t('actions.progress.comment')}
        hint={t('actions.progress.commentHint')}
        error={errors.body}
        value={values.body}
        rows={4}
        onChange={set('body')}
      />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      {form.notice && <Alert tone="success">{form.notice}</Alert>}
      <div className="button-row">
        <Button type="submit" busy={loading}>
          {t('actions.progress.submit')}
        </Button>
      </div>
    </form>
  );
}
