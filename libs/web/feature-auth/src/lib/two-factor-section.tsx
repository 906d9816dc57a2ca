import { useState } from 'react';
import { useBeginTwoFactorSetup, useDescribeError, type Viewer } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, ErrorMessage } from '@concertation/web-ui';
import { DisableTwoFactorForm } from './disable-two-factor-form';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import { TwoFactorSetupForm } from './two-factor-setup-form';

type Stage = { kind: 'status' } | { kind: 'setup'; setup: { secret: string; otpauthUrl: string } } | { kind: 'codes'; codes: string[] };

/**
 * Two-step verification: whether it is on, turning it on (a new authenticator, then the recovery
 * codes once), setting up a new device, and turning it off unless the person's role requires it.
 */
export function TwoFactorSection({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const describe = useDescribeError();
  const [begin, { loading: beginning }] = useBeginTwoFactorSetup();
  const [stage, setStage] = useState<Stage>({ kind: 'status' });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const on = me.twoFactorEnabled === true;

  const start = async () => {
    setNotice(null);
    setError(null);
    try {
      setStage({ kind: 'setup', setup: await begin() });
    } catch (caught) {
      setError(describe(caught));
    }
  };

  if (stage.kind === 'setup') {
    return <TwoFactorSetupForm setup={stage.setup} onConfirmed={(codes) => setStage({ kind: 'codes', codes })} onCancel={() => setStage({ kind: 'status' })} />;
  }
  if (stage.kind === 'codes') {
    return (
      <RecoveryCodesPanel
        codes={stage.codes}
        email={me.email ?? ''}
        onDone={() => {
          setStage({ kind: 'status' });
          setNotice(t('security.twoFactor.recovery.enabled'));
        }}
      />
    );
  }

  return (
    <div className="stack">
      <p>{t('security.twoFactor.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <ErrorMessage>{error}</ErrorMessage>}
      <p className="two-factor-status">
        <strong>{t(on ? 'security.twoFactor.statusOn' : 'security.twoFactor.statusOff')}</strong>
      </p>
      {on ? (
        <>
          <p>{t('security.twoFactor.replaceHint')}</p>
          <div className="button-row">
            <Button variant="secondary" busy={beginning} onClick={start}>
              {t('security.twoFactor.replace')}
            </Button>
          </div>
          {me.twoFactorRequired ? (
            <p className="muted">{t('security.twoFactor.requiredNote')}</p>
          ) : (
            <DisableTwoFactorForm onDisabled={() => setNotice(t('security.twoFactor.disable.disabled'))} />
          )}
        </>
      ) : (
        <div className="button-row">
          <Button busy={beginning} onClick={start}>
            {t('security.twoFactor.turnOn')}
          </Button>
        </div>
      )}
    </div>
  );
}
