import type { ChangeEvent } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { Button, TextField } from '@concertation/web-ui';

interface SecondFactorFieldProps {
  value: string;
  error: string | null | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** The person types one of their recovery codes instead of the authenticator's. */
  recovery: boolean;
  onToggleRecovery: () => void;
}

/**
 * The second step of signing in (or of a reset link) for an account with two-step verification:
 * the authenticator's six digits, or a recovery code for whoever no longer has their phone.
 */
export function SecondFactorField({ value, error, onChange, recovery, onToggleRecovery }: SecondFactorFieldProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t(recovery ? 'auth.signIn.recoveryCode' : 'auth.signIn.code')}
        hint={t(recovery ? 'auth.signIn.recoveryHint' : 'auth.signIn.codeHint')}
        name={recovery ? 'recoveryCode' : 'code'}
        autoComplete="one-time-code"
        inputMode={recovery ? 'text' : 'numeric'}
        autoCapitalize="none"
        spellCheck={false}
        required
        value={value}
        onChange={onChange}
        error={error}
      />
      <p>
        <Button variant="ghost" size="small" onClick={onToggleRecovery}>
          {t(recovery ? 'auth.signIn.useApp' : 'auth.signIn.useRecovery')}
        </Button>
      </p>
    </>
  );
}
