import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { firstAppError, hasErrorCode, useFormFailure, useResetPassword } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, PageHeader, requiredError, useForm } from '@concertation/web-ui';
import { confirmationError, newPasswordError } from './form-helpers';
import { NewPasswordFields } from './new-password-fields';
import { SecondFactorField } from './second-factor-field';

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
  // With two-step verification on, the link alone is not enough: the server asks for a code too.
  const [codeNeeded, setCodeNeeded] = useState(false);
  const [recovery, setRecovery] = useState(false);
  const codeStep = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (codeNeeded) codeStep.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [codeNeeded]);
  const form = useForm({ newPassword: '', confirmation: '', code: '' }, (error) => {
    const first = firstAppError(error);
    if (codeNeeded && first?.code === 'UNAUTHENTICATED') return { fields: { code: t('auth.signIn.wrongCode') } };
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
    (values) => ({
      newPassword: newPasswordError(values.newPassword, t),
      confirmation: confirmationError(values.newPassword, values.confirmation, t),
      code: codeNeeded ? requiredError(values.code, t) : undefined,
    }),
    async (values) => {
      try {
        await resetPassword(token, values.newPassword, codeNeeded ? values.code.trim() : undefined);
      } catch (error) {
        if (!codeNeeded && hasErrorCode(error, 'TWO_FACTOR_REQUIRED')) {
          setCodeNeeded(true);
          return;
        }
        throw error;
      }
      navigate(paths.home(), { replace: true, state: { notice: t('auth.reset.done') } });
    },
  );

  return (
    <div className="narrow">
      <PageHeader title={t('auth.reset.title')} description={t('auth.reset.intro')} />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        <NewPasswordFields values={values} errors={errors} set={set} />
        {codeNeeded && (
          <div ref={codeStep} className="stack">
            <Alert tone="info">{t('auth.reset.codeIntro')}</Alert>
            <SecondFactorField
              value={values.code}
              onChange={set('code')}
              error={errors.code}
              recovery={recovery}
              onToggleRecovery={() => {
                setRecovery((current) => !current);
                form.setValues({ ...values, code: '' });
              }}
            />
          </div>
        )}
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('auth.reset.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
