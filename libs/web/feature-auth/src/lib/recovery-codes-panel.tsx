import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { Alert, Button, buttonClassName } from '@concertation/web-ui';

interface RecoveryCodesPanelProps {
  codes: readonly string[];
  email: string;
  onDone: () => void;
}

/**
 * The ten recovery codes, shown once: the server keeps only their hashes. The person copies or
 * downloads them before going on; nothing here stores them.
 */
export function RecoveryCodesPanel({ codes, email, onDone }: RecoveryCodesPanelProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const text = useMemo(() => [t('security.twoFactor.recovery.fileIntro', { email }), '', ...codes, ''].join('\n'), [codes, email, t]);
  const [fileUrl, setFileUrl] = useState<string | null>(null);

  useEffect(() => heading.current?.focus(), []);

  // A file made here, in the browser: the codes go nowhere else.
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    setFileUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);

  const copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="stack">
      <h3 ref={heading} tabIndex={-1} className="section__title">
        {t('security.twoFactor.recovery.title')}
      </h3>
      <Alert tone="warning">{t('security.twoFactor.recovery.warning')}</Alert>
      <ol className="recovery-codes" aria-label={t('security.twoFactor.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <Button variant="secondary" onClick={copyCodes}>
          {t('security.twoFactor.recovery.copy')}
        </Button>
        {fileUrl && (
          <a className={buttonClassName('secondary')} href={fileUrl} download={t('security.twoFactor.recovery.fileName')}>
            {t('security.twoFactor.recovery.download')}
          </a>
        )}
      </div>
      <p role="status" className="muted">
        {copy && t(copy === 'copied' ? 'security.twoFactor.recovery.copied' : 'security.twoFactor.recovery.copyFailed')}
      </p>
      <div className="form__actions">
        <Button onClick={onDone}>{t('security.twoFactor.recovery.done')}</Button>
      </div>
    </div>
  );
}
