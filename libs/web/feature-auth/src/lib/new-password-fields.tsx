import type { ChangeEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '@concertation/shared-domain';
import { useI18n } from '@concertation/web-i18n';
import { TextField } from '@concertation/web-ui';

type Field = 'newPassword' | 'confirmation';

interface NewPasswordFieldsProps {
  values: Record<Field, string>;
  errors: Partial<Record<Field, string | null>>;
  set: (field: Field) => (event: ChangeEvent<HTMLInputElement>) => void;
}

/** A new password typed twice, as changing and resetting a password both ask for it. */
export function NewPasswordFields({ values, errors, set }: NewPasswordFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('auth.fields.newPassword')}
        type="password"
        name="newPassword"
        autoComplete="new-password"
        required
        hint={t('auth.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        value={values.newPassword}
        onChange={set('newPassword')}
        error={errors.newPassword}
      />
      <TextField
        label={t('auth.fields.confirmPassword')}
        type="password"
        name="confirmation"
        autoComplete="new-password"
        required
        value={values.confirmation}
        onChange={set('confirmation')}
        error={errors.confirmation}
      />
    </>
  );
}
