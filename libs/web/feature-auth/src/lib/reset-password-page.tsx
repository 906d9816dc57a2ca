import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MIN_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { fieldErrorsOf, firstAppError, useDescribeError, useResetPassword } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, ErrorMessage, PageHeader, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { confirmationError, hasErrors, newPasswordError, type FieldErrors } from './form-helpers';

const PASSWORD_FIELDS = new Set(['newPassword', 'password']);

export function ResetPasswordPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [resetPassword, { loading }] = useResetPassword();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [tokenRefused, setTokenRefused] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  if (!token || tokenRefused) {
    return (
      <div className="narrow">
        <PageHeader title={t('auth.reset.title')} />
        <ErrorMessage title={t('auth.reset.invalidLinkTitle')}>{t('auth.reset.invalidLink')}</ErrorMessage>
        <p>
          <Link to={paths.forgotPassword()}>{t('auth.reset.requestNew')}</Link>
        </p>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: FieldErrors = { newPassword: newPasswordError(password, t), confirmation: confirmationError(password, confirmation, t) };
    setErrors(found);
    if (hasErrors(found)) {
      setAttempt((count) => count + 1);
      return;
    }
    try {
      await resetPassword(token, password);
      navigate(paths.home(), { replace: true, state: { notice: t('auth.reset.done') } });
    } catch (error) {
      const first = firstAppError(error);
      // BAD_USER_INPUT that is not about the password means the link's token: unknown, used or expired.
      if (first?.code === 'BAD_USER_INPUT' && !(first.field && PASSWORD_FIELDS.has(first.field))) {
        setTokenRefused(true);
        return;
      }
      const fields = fieldErrorsOf(error);
      setErrors({ newPassword: fields['newPassword'] ?? fields['password'] });
      setFormError(describe(error));
    }
  };

  return (
    <div className="narrow">
      <PageHeader title={t('auth.reset.title')} description={t('auth.reset.intro')} />
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('auth.fields.newPassword')}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          hint={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors['newPassword']}
        />
        <TextField
          label={t('auth.fields.confirmPassword')}
          type="password"
          name="confirmation"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={errors['confirmation']}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('auth.reset.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
