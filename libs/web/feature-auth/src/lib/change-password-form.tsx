import { useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { fieldErrorsOf, firstAppError, useChangePassword, useDescribeError } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { confirmationError, hasErrors, newPasswordError, requiredError, type FieldErrors } from './form-helpers';

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordForm() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [changePassword, { loading }] = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setDone(false);
    const found: FieldErrors = {
      currentPassword: requiredError(values.currentPassword, t),
      newPassword: newPasswordError(values.newPassword, t),
      confirmation: confirmationError(values.newPassword, values.confirmation, t),
    };
    setErrors(found);
    if (hasErrors(found)) {
      setAttempt((count) => count + 1);
      return;
    }
    try {
      await changePassword(values.currentPassword, values.newPassword);
      setValues(EMPTY);
      setDone(true);
    } catch (error) {
      // A wrong current password answers UNAUTHENTICATED: say so beside that field.
      if (firstAppError(error)?.code === 'UNAUTHENTICATED') {
        setErrors({ currentPassword: t('profile.password.wrongCurrent') });
      } else {
        setErrors(fieldErrorsOf(error));
        setFormError(describe(error));
      }
      setAttempt((count) => count + 1);
    }
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      {done && <Alert tone="success">{t('profile.password.changed')}</Alert>}
      <TextField
        label={t('profile.password.current')}
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        required
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={errors['currentPassword']}
      />
      <TextField
        label={t('auth.fields.newPassword')}
        type="password"
        name="newPassword"
        autoComplete="new-password"
        required
        hint={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        value={values.newPassword}
        onChange={set('newPassword')}
        error={errors['newPassword']}
      />
      <TextField
        label={t('auth.fields.confirmPassword')}
        type="password"
        name="confirmation"
        autoComplete="new-password"
        required
        value={values.confirmation}
        onChange={set('confirmation')}
        error={errors['confirmation']}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('profile.password.submit')}
        </Button>
      </div>
    </form>
  );
}
