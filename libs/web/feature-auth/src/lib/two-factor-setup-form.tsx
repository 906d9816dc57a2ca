import { useEffect, useRef } from 'react';
import { firstAppError, useConfirmTwoFactor, useFormFailure } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Button, ErrorMessage, TextField, useForm } from '@concertation/web-ui';
import { QrCode } from './qr-code';

interface TwoFactorSetupFormProps {
  setup: { secret: string; otpauthUrl: string };
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}

/** `ABCDEFGH…` in groups of four, easier to type into an authenticator by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Scan (or type) the new secret, then prove it with the code the authenticator shows. */
export function TwoFactorSetupForm({ setup, onConfirmed, onCancel }: TwoFactorSetupFormProps) {
  const { t } = useI18n();
  const failure = useFormFailure();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirm, { loading }] = useConfirmTwoFactor();
  const form = useForm({ code: '' }, (error) =>
    firstAppError(error)?.code === 'BAD_USER_INPUT' ? { fields: { code: t('security.twoFactor.setup.wrongCode') } } : failure(error),
  );

  useEffect(() => heading.current?.focus(), []);

  const onSubmit = form.submit(
    (values) => ({
      code: /^\d{6}$/.test(values.code.replace(/\s/g, '')) ? undefined : t(values.code.trim() ? 'security.twoFactor.setup.codeFormat' : 'validation.required'),
    }),
    async (values) => onConfirmed(await confirm(values.code.replace(/\s/g, ''))),
  );

  return (
    <div className="stack two-factor-setup">
      <h3 ref={heading} tabIndex={-1} className="section__title">
        {t('security.twoFactor.setup.title')}
      </h3>
      <ol className="two-factor-setup__steps">
        <li>
          <p>{t('security.twoFactor.setup.scan')}</p>
          <QrCode value={setup.otpauthUrl} label={t('security.twoFactor.setup.qrLabel')} />
          <p>{t('security.twoFactor.setup.manual')}</p>
          <p>
            <span className="visually-hidden">{t('security.twoFactor.setup.secretLabel')} </span>
            <code className="two-factor-setup__secret" data-testid="two-factor-secret">
              {grouped(setup.secret)}
            </code>
          </p>
        </li>
        <li>
          <p>{t('security.twoFactor.setup.enterCode')}</p>
          {form.formError && <ErrorMessage>{form.formError}</ErrorMessage>}
          <form ref={form.formRef} className="form" noValidate onSubmit={onSubmit}>
            <TextField
              label={t('security.twoFactor.setup.code')}
              hint={t('security.twoFactor.setup.codeHint')}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              value={form.values.code}
              onChange={form.set('code')}
              error={form.errors.code}
            />
            <div className="form__actions">
              <Button type="submit" busy={loading}>
                {t('security.twoFactor.setup.confirm')}
              </Button>
              <Button variant="ghost" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}
