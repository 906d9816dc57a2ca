import { useState } from 'react';
import { Link } from 'react-router';
import { useDescribeError, useRequestPasswordReset } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, PageHeader, useForm } from '@concertation/web-ui';
import { EmailField } from './email-field';
import { emailError } from './form-helpers';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [requestReset, { loading }] = useRequestPasswordReset();
  const form = useForm({ email: '' }, (error) => ({ message: describe(error) }));
  const [sent, setSent] = useState(false);

  const onSubmit = form.submit(
    (values) => ({ email: emailError(values.email, t) }),
    async (values) => {
      await requestReset(values.email.trim());
      setSent(true);
    },
  );

  return (
    <div className="narrow">
      <PageHeader title={t('auth.forgot.title')} description={t('auth.forgot.intro')} />
      {sent ? (
        <Alert tone="success" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sent')}
        </Alert>
      ) : (
        <>
          {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
          <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
            <EmailField value={form.values.email} onChange={form.set('email')} error={form.errors.email} />
            <div className="form__actions">
              <Button type="submit" busy={loading}>
                {t('auth.forgot.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to={paths.signIn()}>{t('auth.forgot.backToSignIn')}</Link>
      </p>
    </div>
  );
}
