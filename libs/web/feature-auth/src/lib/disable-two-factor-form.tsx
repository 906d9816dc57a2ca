import { firstAppError, useDisableTwoFactor, useFormFailure } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, requiredError, TextField, useForm } from '@concertation/web-ui';

const EMPTY = { password: '', code: '' };

/** Turning two-step verification off takes the password and a code, as signing in does. */
export function DisableTwoFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useI18n();
  const failure = useFormFailure();
  const [disable, { loading }] = useDisableTwoFactor();
  const form = useForm(EMPTY, (error) =>
    firstAppError(error)?.code === 'UNAUTHENTICATED' ? { message: t('security.twoFactor.disable.wrong') } : failure(error),
  );
  const { values, errors, set } = form;

  const onSubmit = form.submit(
    (values) => ({ password: requiredError(values.password, t), code: requiredError(values.code, t) }),
    async (values) => {
      await disable(values.password, values.code.trim());
      form.setValues(EMPTY);
      onDisabled();
    },
  );

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
      <h3 className="section__title">{t('security.twoFactor.disable.title')}</h3>
      <p>{t('security.twoFactor.disable.intro')}</p>
      {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
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
      <TextField
        label={t('security.twoFactor.disable.code')}
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={values.code}
        onChange={set('code')}
        error={errors.code}
      />
      <div className="form__actions">
        <Button type="submit" variant="danger" busy={loading}>
          {t('security.twoFactor.disable.submit')}
        </Button>
      </div>
    </form>
  );
}
