import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useDescribeError, useRequestPasswordReset } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, PageHeader, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { emailError } from './form-helpers';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [requestReset, { loading }] = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = emailError(email, t);
    setError(found);
    if (found) {
      setAttempt((count) => count + 1);
      return;
    }
    try {
      await requestReset(email.trim());
      setSent(true);
    } catch (caught) {
      setFormError(describe(caught));
    }
  };

  return (
    <div className="narrow">
      <PageHeader title={t('auth.forgot.title')} description={t('auth.forgot.intro')} />
      {sent ? (
        <Alert tone="success" title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sent')}
        </Alert>
      ) : (
        <>
          {formError && <ErrorMessage>{formError}</ErrorMessage>}
          <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
            <TextField
              label={t('auth.fields.email')}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={error}
            />
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
