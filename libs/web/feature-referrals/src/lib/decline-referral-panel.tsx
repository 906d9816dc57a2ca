import { useId, useState } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { useDecideReferral, useDescribeError, type ReferralItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ConfirmDialog, ErrorMessage, TextAreaField, tooLongError, useForm } from '@concertation/web-ui';

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
  const form = useForm({ response: '' }, (error) => ({ message: describe(error, { FORBIDDEN: t('referrals.decline.forbidden') }) }));
  const [confirming, setConfirming] = useState(false);
  const legendId = `decline-${useId()}`;

  const submit = form.submit(
    (values) => ({ response: tooLongError(values.response.trim(), MAX_BODY_LENGTH, t) }),
    () => setConfirming(true),
  );

  const confirm = () =>
    form.run(async () => {
      try {
        const decided = await decide(referral.id, { accept: false, response: form.values.response.trim() || null });
        if (decided) onDone(t('referrals.decline.declined', { title: decided.title }));
      } finally {
        setConfirming(false);
      }
    });

  return (
    <form ref={form.formRef} className="referral-panel stack" onSubmit={submit} noValidate aria-labelledby={legendId}>
      <h4 id={legendId} className="referral__subtitle">
        {t('referrals.decline.legend', { title: referral.title })}
      </h4>
      <TextAreaField
        label={t('referrals.decline.response')}
        hint={t('referrals.decline.responseHint')}
        value={form.values.response}
        rows={4}
        error={form.errors.response}
        onChange={form.set('response')}
      />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
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
