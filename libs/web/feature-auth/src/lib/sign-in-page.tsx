import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useFormFailure, useSession, useSignIn } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, PageHeader, requiredError, TextField, useForm } from '@concertation/web-ui';
import { EmailField } from './email-field';
import { emailError, safeNext } from './form-helpers';

export function SignInPage() {
  const { t } = useI18n();
  const failure = useFormFailure();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [signIn, { loading }] = useSignIn();
  const form = useForm({ email: '', password: '' }, (error) => failure(error, { overrides: { UNAUTHENTICATED: t('auth.signIn.invalidCredentials') } }));
  const { values, errors, set } = form;

  const next = safeNext(params.get('next'));
  if (session.isSignedIn && !loading) return <Navigate to={next} replace />;

  const onSubmit = form.submit(
    (values) => ({ email: emailError(values.email, t), password: requiredError(values.password, t) }),
    async (values) => {
      await signIn(values.email.trim(), values.password);
      navigate(next, { replace: true });
    },
  );

  return (
    <div className="narrow">
      <PageHeader title={t('auth.signIn.title')} description={t('auth.signIn.intro')} />
      {params.get('expired') && <Alert tone="info">{t('auth.signIn.sessionExpired')}</Alert>}
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        <EmailField value={values.email} onChange={set('email')} error={errors.email} />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={values.password}
          onChange={set('password')}
          error={errors.password}
        />
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('auth.signIn.submit')}
          </Button>
        </div>
      </form>
      <ul className="link-list">
        <li>
          <Link to={paths.forgotPassword()}>{t('auth.signIn.forgotLink')}</Link>
        </li>
        <li>
          <Link to={paths.register()}>{t('auth.signIn.registerLink')}</Link>
        </li>
      </ul>
    </div>
  );
}
