import { firstAppError, useChangePassword, useFormFailure } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, requiredError, TextField, useForm } from '@concertation/web-ui';
import { confirmationError, newPasswordError } from './form-helpers';
import { NewPasswordFields } from './new-password-fields';

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordForm() {
  const { t } = useI18n();
  const failure = useFormFailure();
  const [changePassword, { loading }] = useChangePassword();
  const form = useForm(EMPTY, (error) =>
    // A wrong current password answers UNAUTHENTICATED: say so beside that field.
    firstAppError(error)?.code === 'UNAUTHENTICATED' ? { fields: { currentPassword: t('profile.password.wrongCurrent') } } : failure(error),
  );
  const { values, errors, set } = form;

  const onSubmit = form.submit(
    (values) => ({
      currentPassword: requiredError(values.currentPassword, t),
      newPassword: newPasswordError(values.newPassword, t),
      confirmation: confirmationError(values.newPassword, values.confirmation, t),
    }),
    async (values) => {
      await changePassword(values.currentPassword, values.newPassword);
      form.setValues(EMPTY);
      form.setNotice(t('profile.password.changed'));
    },
  );

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      {form.notice && <Alert tone="success">{form.notice}</Alert>}
      <TextField
        label={t('profile.password.current')}
        type="password"
        name="currentPassword"
        autoComplete="current-password"
        required
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={errors.currentPassword}
      />
      <NewPasswordFields values={values} errors={errors} set={set} />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('profile.password.submit')}
        </Button>
      </div>
    </form>
  );
}
