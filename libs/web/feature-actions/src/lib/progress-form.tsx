import { useId, useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import {
  fieldErrorsOf,
  hasErrorCode,
  useDescribeError,
  usePostActionItemUpdate,
  type ActionItemDetail,
  type ActionItemStatus,
} from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, SelectField, TextAreaField } from '@concertation/web-ui';
import { ACTION_STATUSES } from './due';

/**
 * « Publier un suivi »: a new status, a comment, or both in one submit (marking done with a word
 * on what was done). Officers and the item's owners may post.
 */
export function ProgressForm({ item }: { item: ActionItemDetail }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [post, { loading }] = usePostActionItemUpdate();
  const [status, setStatus] = useState<ActionItemStatus | ''>('');
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const commentId = `progress-comment-${useId()}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSent(null);
    const text = body.trim();
    const problem = !status && !text ? t('actions.progress.needOne') : text.length > MAX_BODY_LENGTH ? t('validation.tooLong', { max: MAX_BODY_LENGTH }) : null;
    setFieldError(problem);
    if (problem) {
      document.getElementById(commentId)?.focus();
      return;
    }
    try {
      const saved = await post(item.id, { body: text, status: status || null });
      setStatus('');
      setBody('');
      setSent(saved?.status === 'DONE' && status === 'DONE' ? t('actions.progress.sentDone') : t('actions.progress.sent'));
    } catch (caught) {
      const fields = fieldErrorsOf(caught);
      if (fields['body']) setFieldError(fields['body']);
      else setError(hasErrorCode(caught, 'FORBIDDEN') ? t('actions.progress.forbidden') : describe(caught));
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="muted">{t('actions.progress.intro')}</p>
      <SelectField
        label={t('actions.progress.status')}
        placeholder={t('actions.progress.keepStatus')}
        options={ACTION_STATUSES.filter((value) => value !== item.status).map((value) => ({ value, label: t(`actions.status.${value}` as const) }))}
        value={status}
        onChange={(event) => setStatus(event.target.value as ActionItemStatus | '')}
      />
      <TextAreaField
        id={commentId}
        label={t('actions.progress.comment')}
        hint={t('actions.progress.commentHint')}
        error={fieldError}
        value={body}
        rows={4}
        onChange={(event) => setBody(event.target.value)}
      />
      {error && <ErrorMessage>{error}</ErrorMessage>}
      {sent && <Alert tone="success">{sent}</Alert>}
      <div className="button-row">
        <Button type="submit" busy={loading}>
          {t('actions.progress.submit')}
        </Button>
      </div>
    </form>
  );
}
