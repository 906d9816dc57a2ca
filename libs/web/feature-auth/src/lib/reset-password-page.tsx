import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { firstAppError, useFormFailure, useResetPassword } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, ErrorMessage, PageHeader, useForm } from '@concertation/web-ui';
import { confirmationError, newPasswordError } from './form-helpers';
import { NewPasswordFields } from './new-password-fields';

/** The server's names for the new password; any other field it blames is the link's token. */
const PASSWORD_FIELDS: Record<string, string> = { newPassword: 'newPassword', password: 'newPassword' };

export function ResetPasswordPage() {
  const { t } = useI18n();
  const failure = useFormFailure();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [resetPassword, { loading }] = useResetPassword();
  const [tokenRefused, setTokenRefused] = useState(false);
  const form = useForm({ newPassword: '', confirmation: '' }, (error) => {
    const first = firstAppError(error);
    // BAD_USER_INPUT that is not about the password means the link's token: unknown, used or expired.
    if (first?.code === 'BAD_USER_INPUT' && !(first.field && PASSWORD_FIELDS[first.field])) {
      setTokenRefused(true);
      return {};
    }
    return failure(error, { fields: PASSWORD_FIELDS });
  });
  const { values, errors, set } = form;

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

  const onSubmit = form.submit(
    (values) => ({ newPassword: newPasswordError(values.newPassword, t), confirmation: confirmationError(values.newPassword, values.confirmation, t) }),
    async (values) => {
      await resetPassword(token, values.newPassword);
      navigate(paths.home(), { replace: true, state: { notice: t('auth.reset.done') } });
    },
  );

  return (
    <div className="narrow">
      <PageHeader title={t('auth.reset.title')} description={t('auth.reset.intro')} />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        <NewPasswordFields values={values} errors={errors} set={set} />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('auth.reset.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
