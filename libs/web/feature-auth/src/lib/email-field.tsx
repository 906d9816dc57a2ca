import type { ChangeEvent } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { TextField } from '@concertation/web-ui';

interface EmailFieldProps {
  value: string;
  error: string | null | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** The e-mail a person signs in, registers or asks for a reset link with. */
export function EmailField({ value, error, onChange }: EmailFieldProps) {
  const { t } = useI18n();
  return <TextField label={t('auth.fields.email')} type="email" name="email" autoComplete="email" required value={value} onChange={onChange} error={error} />;
}
