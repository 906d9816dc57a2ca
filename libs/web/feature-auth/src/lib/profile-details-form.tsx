import { useFormFailure, useUpdateProfile, type Locale, type Viewer } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage, requiredError, SelectField, TextField, useForm } from '@concertation/web-ui';
import { languageOptions, timeZoneOptions } from './form-helpers';

type Field = 'displayName' | 'locale' | 'timeZone';

export function ProfileDetailsForm({ me }: { me: Viewer }) {
  const { t, language, setLanguage, setTimeZone } = useI18n();
  const failure = useFormFailure();
  const [updateProfile, { loading }] = useUpdateProfile();
  const form = useForm<{ displayName: string; locale: Locale; timeZone: string }>(
    { displayName: me.displayName, locale: me.locale, timeZone: me.timeZone },
    failure,
  );
  const { values, errors } = form;

  const set = (field: Field) => (event: { target: { value: string } }) => {
    // Saved no longer holds once something is changed.
    form.setNotice(null);
    form.set(field)(event);
  };

  const onSubmit = form.submit(
    (values) => ({ displayName: requiredError(values.displayName, t) }),
    async (values) => {
      const user = await updateProfile({ ...values, displayName: values.displayName.trim() });
      if (user) {
        setLanguage(user.locale === 'FR' ? 'fr' : 'en');
        setTimeZone(user.timeZone);
      }
      form.setNotice(t('profile.saved'));
    },
  );

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
      {form.notice && <Alert tone="success">{form.notice}</Alert>}
      <TextField
        label={t('auth.fields.displayName')}
        name="displayName"
        autoComplete="name"
        required
        value={values.displayName}
        onChange={set('displayName')}
        error={errors.displayName}
      />
      <dl className="facts">
        <dt>{t('auth.fields.email')}</dt>
        <dd>{me.email}</dd>
      </dl>
      <SelectField label={t('auth.fields.language')} options={languageOptions()} value={values.locale} onChange={set('locale')} error={errors.locale} />
      <SelectField
        label={t('auth.fields.timeZone')}
        options={timeZoneOptions(language, values.timeZone)}
        value={values.timeZone}
        onChange={set('timeZone')}
        error={errors.timeZone}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading}>
          {t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
