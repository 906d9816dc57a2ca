import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf, useDescribeError, useUpdateProfile, type Locale, type Viewer } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '@concertation/web-ui';
import { hasErrors, languageOptions, requiredError, timeZoneOptions, type FieldErrors } from './form-helpers';

export function ProfileDetailsForm({ me }: { me: Viewer }) {
  const { t, language, setLanguage, setTimeZone } = useI18n();
  const describe = useDescribeError();
  const [updateProfile, { loading }] = useUpdateProfile();
  const [values, setValues] = useState<{ displayName: string; locale: Locale; timeZone: string }>({
    displayName: me.displayName,
    locale: me.locale,
    timeZone: me.timeZone,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: event.target.value }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    const found: FieldErrors = { displayName: requiredError(values.displayName, t) };
    setErrors(found);
    if (hasErrors(found)) {
      setAttempt((count) => count + 1);
      return;
    }
    try {
      const user = await updateProfile({ ...values, displayName: values.displayName.trim() });
      if (user) {
        setLanguage(user.locale === 'FR' ? 'fr' : 'en');
        setTimeZone(user.timeZone);
      }
      setSaved(true);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFormError(describe(error));
      setAttempt((count) => count + 1);
    }
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
      {formError && <ErrorMessage>{formError}</ErrorMessage>}
      {saved && <Alert tone="success">{t('profile.saved')}</Alert>}
      <TextField
        label={t('auth.fields.displayName')}
        name="displayName"
        autoComplete="name"
        required
        value={values.displayName}
        onChange={set('displayName')}
        error={errors['displayName']}
      />
      <dl className="facts">
        <dt>{t('auth.fields.email')}</dt>
        <dd>{me.email}</dd>
      </dl>
      <SelectField label={t('auth.fields.language')} options={languageOptions()} value={values.locale} onChange={set('locale')} error={errors['locale']} />
      <SelectField
        label={t('auth.fields.timeZone')}
        options={timeZoneOptions(language, values.timeZone)}
        value={values.timeZone}
        onChange={set('timeZone')}
        error={errors['timeZone']}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
