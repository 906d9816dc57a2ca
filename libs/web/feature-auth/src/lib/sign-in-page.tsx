import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { firstAppError, hasErrorCode, useFormFailure, useSession, useSignIn } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Alert, Button, ErrorMessage, PageHeader, requiredError, TextField, useForm } from '@concertation/web-ui';
import { EmailField } from './email-field';
import { emailError, safeNext } from './form-helpers';
import { SecondFactorField } from './second-factor-field';

/**
 * Signing in: the e-mail and password, then, for an account with two-step verification (the
 * server answers TWO_FACTOR_REQUIRED), a code of the authenticator or a recovery code.
 */
export function SignInPage() {
  const { t } = useI18n();
  const failure = useFormFailure();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [signIn, { loading }] = useSignIn();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [recovery, setRecovery] = useState(false);
  const codeStep = useRef<HTMLDivElement>(null);
  const form = useForm({ email: '', password: '', code: '' }, (error) =>
    // At the code step the password was right: UNAUTHENTICATED is about the code.
    step === 'code' && firstAppError(error)?.code === 'UNAUTHENTICATED'
      ? { fields: { code: t('auth.signIn.wrongCode') } }
      : failure(error, { overrides: { UNAUTHENTICATED: t('auth.signIn.invalidCredentials') } }),
  );
  const { values, errors, set } = form;

  // The code step replaces the password fields: focus goes to the code field (its explanation is announced).
  useEffect(() => {
    if (step === 'code') codeStep.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [step]);

  const next = safeNext(params.get('next'));
  if (session.isSignedIn && !loading) return <Navigate to={next} replace />;

  const onSubmit = form.submit(
    (values) =>
      step === 'code' ? { code: requiredError(values.code, t) } : { email: emailError(values.email, t), password: requiredError(values.password, t) },
    async (values) => {
      try {
        await signIn(values.email.trim(), values.password, step === 'code' ? values.code.trim() : undefined);
      } catch (error) {
        if (step === 'password' && hasErrorCode(error, 'TWO_FACTOR_REQUIRED')) {
          setStep('code');
          return;
        }
        throw error;
      }
      navigate(next, { replace: true });
    },
  );

  const startOver = () => {
    setStep('password');
    setRecovery(false);
    form.setValues({ email: values.email, password: '', code: '' });
  };

  return (
    <div className="narrow">
      <PageHeader title={t('auth.signIn.title')} description={t('auth.signIn.intro')} />
      {params.get('expired') && step === 'password' && <Alert tone="info">{t('auth.signIn.sessionExpired')}</Alert>}
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        {step === 'password' ? (
          <>
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
          </>
        ) : (
          <div ref={codeStep} className="stack">
            <Alert tone="info">{t('auth.signIn.codeIntro')}</Alert>
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
            {t(step === 'code' ? 'auth.signIn.verify' : 'auth.signIn.submit')}
          </Button>
          {step === 'code' && (
            <Button variant="ghost" onClick={startOver}>
              {t('auth.signIn.startOver')}
            </Button>
          )}
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
