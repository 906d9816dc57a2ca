import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { fieldErrorsOf, useDescribeError, useSession, useSignIn } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, PageHeader, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { emailError, hasErrors, requiredError, safeNext, type FieldErrors } from './form-helpers';

export function SignInPage() {
  const { t } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [signIn, { loading }] = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const next = safeNext(params.get('next'));
  if (session.isSignedIn && !loading) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: FieldErrors = { email: emailError(email, t), password: requiredError(password, t) };
    setErrors(found);
    if (hasErrors(found)) {
      setAttempt((count) => count + 1);
      return;
    }
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFormError(describe(error, { UNAUTHENTICATED: t('auth.signIn.invalidCredentials') }));
    }
  };

  return (
    <div className="narrow">
      <PageHeader title={t('auth.signIn.title')} description={t('auth.signIn.intro')} />
      {params.get('expired') && <Alert tone="info">{t('auth.signIn.sessionExpired')}</Alert>}
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
          error={errors['email']}
        />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors['password']}
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
