import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { hasErrorCode, useDecideReferral, useDescribeError, type ReferralItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ConfirmDialog, ErrorMessage, TextAreaField, useFocusFirstInvalid } from '@concertation/web-ui';

export interface DeclineReferralPanelProps {
  referral: ReferralItem;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Declining sends the response to the sending table (REFERRAL_ANSWERED); it is final, so asked first. */
export function DeclineReferralPanel({ referral, onDone, onCancel }: DeclineReferralPanelProps) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [decide, { loading }] = useDecideReferral();
  const [response, setResponse] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const legendId = `decline-${useId()}`;
  useFocusFirstInvalid(formRef, attempt);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problem = response.trim().length > MAX_BODY_LENGTH ? t('validation.tooLong', { max: MAX_BODY_LENGTH }) : null;
    setFieldError(problem);
    if (problem) {
      setAttempt((count) => count + 1);
      return;
    }
    setConfirming(true);
  };

  const confirm = async () => {
    try {
      const decided = await decide(referral.id, { accept: false, response: response.trim() || null });
      setConfirming(false);
      if (decided) onDone(t('referrals.decline.declined', { title: decided.title }));
    } catch (caught) {
      setConfirming(false);
      setError(hasErrorCode(caught, 'FORBIDDEN') ? t('referrals.decline.forbidden') : describe(caught));
    }
  };

  return (
    <form ref={formRef} className="referral-panel stack" onSubmit={submit} noValidate aria-labelledby={legendId}>
      <h4 id={legendId} className="referral__subtitle">
        {t('referrals.decline.legend', { title: referral.title })}
      </h4>
      <TextAreaField
        label={t('referrals.decline.response')}
        hint={t('referrals.decline.responseHint')}
        value={response}
        rows={4}
        error={fieldError}
        onChange={(event) => setResponse(event.target.value)}
      />
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <div className="button-row">
        <Button type="submit" variant="danger">
          {t('referrals.decline.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('referrals.decline.confirmTitle')}
        confirmLabel={t('referrals.decline.confirm')}
        cancelLabel={t('common.cancel')}
        busy={loading}
        onCancel={() => setConfirming(false)}
        onConfirm={confirm}
      >
        {t('referrals.decline.confirmQuestion', { title: referral.title })}
      </ConfirmDialog>
    </form>
  );
}
