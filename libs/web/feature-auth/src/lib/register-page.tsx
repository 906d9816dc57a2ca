import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { fieldErrorsOf, useDescribeError, useRegister, useSession, type Locale } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, ErrorMessage, PageHeader, SelectField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { MIN_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { ChooseOrganizationStep } from './choose-organization-step';
import { defaultTimeZone, emailError, hasErrors, languageOptions, newPasswordError, requiredError, timeZoneOptions, type FieldErrors } from './form-helpers';

/**
 * Two steps: the account, then (signed in, so that the directory can be read) the organization
 * the person works for, which stays pending until a coordinator confirms it.
 */
export function RegisterPage() {
  const { t, language, setLanguage, timeZone: browserZone } = useI18n();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const session = useSession();
  const [register, { loading }] = useRegister();
  const [step, setStep] = useState<'account' | 'organization'>('account');
  const [values, setValues] = useState({
    displayName: '',
    email: '',
    password: '',
    locale: (language === 'fr' ? 'FR' : 'EN') as Locale,
    timeZone: defaultTimeZone(browserZone),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Signed in by the registration itself: stay here for the organization step.
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  if (step === 'organization') return <ChooseOrganizationStep onDone={() => navigate(paths.home(), { replace: true })} />;
  if (session.isSignedIn && !submitted) return <Navigate to={paths.home()} replace />;

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found: FieldErrors = {
      displayName: requiredError(values.displayName, t),
      email: emailError(values.email, t),
      password: newPasswordError(values.password, t),
    };
    setErrors(found);
    if (hasErrors(found)) {
      setAttempt((count) => count + 1);
      return;
    }
    setSubmitted(true);
    try {
      await register({ ...values, displayName: values.displayName.trim(), email: values.email.trim() });
      setLanguage(values.locale === 'FR' ? 'fr' : 'en');
      setStep('organization');
    } catch (error) {
      setSubmitted(false);
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setFormError(describe(error, { CONFLICT: t('auth.register.emailTaken') }));
      if (Object.keys(fields).length > 0) setAttempt((count) => count + 1);
    }
  };

  return (
    <div className="narrow">
      <PageHeader title={t('auth.register.title')} description={t('auth.register.intro')} />
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('auth.fields.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={values.displayName}
          onChange={set('displayName')}
          error={errors['displayName']}
        />
        <TextField
          label={t('auth.fields.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={set('email')}
          error={errors['email']}
        />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          hint={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          value={values.password}
          onChange={set('password')}
          error={errors['password']}
        />
        <SelectField label={t('auth.fields.language')} options={languageOptions()} value={values.locale} onChange={set('locale')} error={errors['locale']} />
        <SelectField
          label={t('auth.fields.timeZone')}
          options={timeZoneOptions(language, values.timeZone)}
          value={values.timeZone}
          onChange={set('timeZone')}
          error={errors['timeZone']}
        />
        <p className="form__note">{t('auth.register.organizationLater')}</p>
        <div className="form__actions">
          <Button type="submit" busy={loading}>
            {t('auth.register.submit')}
          </Button>
        </div>
      </form>
      <p>
        {t('auth.register.haveAccount')} <Link to={paths.signIn()}>{t('auth.register.signInLink')}</Link>
      </p>
    </div>
  );
}
