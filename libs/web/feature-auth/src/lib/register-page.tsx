import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useFormFailure, useRegister, useSession, type Locale } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { paths } from '@concertation/shared-paths';
import { Button, ErrorMessage, PageHeader, requiredError, SelectField, TextField, useForm } from '@concertation/web-ui';
import { EmailField } from './email-field';
import { MIN_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { ChooseOrganizationStep } from './choose-organization-step';
import { defaultTimeZone, emailError, languageOptions, newPasswordError, timeZoneOptions } from './form-helpers';

/**
 * Two steps: the account, then (signed in, so that the directory can be read) the organization
 * the person works for, which stays pending until a coordinator confirms it.
 */
export function RegisterPage() {
  const { t, language, setLanguage, timeZone: browserZone } = useI18n();
  const failure = useFormFailure();
  const navigate = useNavigate();
  const session = useSession();
  const [register, { loading }] = useRegister();
  const [step, setStep] = useState<'account' | 'organization'>('account');
  const form = useForm(
    {
      displayName: '',
      email: '',
      password: '',
      locale: (language === 'fr' ? 'FR' : 'EN') as Locale,
      timeZone: defaultTimeZone(browserZone),
    },
    failure,
  );
  const { values, errors, set } = form;
  // Signed in by the registration itself: stay here for the organization step.
  const [submitted, setSubmitted] = useState(false);

  if (step === 'organization') return <ChooseOrganizationStep onDone={() => navigate(paths.home(), { replace: true })} />;
  if (session.isSignedIn && !submitted) return <Navigate to={paths.home()} replace />;

  const onSubmit = form.submit(
    (values) => ({
      displayName: requiredError(values.displayName, t),
      email: emailError(values.email, t),
      password: newPasswordError(values.password, t),
    }),
    async (values) => {
      setSubmitted(true);
      await register({ ...values, displayName: values.displayName.trim(), email: values.email.trim() });
      setLanguage(values.locale === 'FR' ? 'fr' : 'en');
      setStep('organization');
    },
    (error) => {
      setSubmitted(false);
      return failure(error, { overrides: { CONFLICT: t('auth.register.emailTaken') } });
    },
  );

  return (
    <div className="narrow">
      <PageHeader title={t('auth.register.title')} description={t('auth.register.intro')} />
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('auth.fields.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={values.displayName}
          onChange={set('displayName')}
          error={errors.displayName}
        />
        <EmailField value={values.email} onChange={set('email')} error={errors.email} />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          hint={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          value={values.password}
          onChange={set('password')}
          error={errors.password}
        />
        <SelectField label={t('auth.fields.language')} options={languageOptions()} value={values.locale} onChange={set('locale')} error={errors.locale} />
        <SelectField
          label={t('auth.fields.timeZone')}
          options={timeZoneOptions(language, values.timeZone)}
          value={values.timeZone}
          onChange={set('timeZone')}
          error={errors.timeZone}
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
