import { useId, useState } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { Button, ConfirmDialog, TextAreaField } from '@concertation/web-ui';
import type { MinutesConflict } from './use-minutes-autosave';

export interface ConflictPanelProps {
  conflict: MinutesConflict;
  /** The person's own, unsaved text. */
  mine: string;
  /** Saves the chosen text against the version that won; `conflict.theirs` keeps theirs. */
  onResolve: (text: string) => Promise<void>;
}

type Mode = 'none' | 'compare' | 'merge';

/**
 * Someone else saved first. Nothing is overwritten until the person chooses: compare both texts,
 * merge them by hand, keep theirs or keep their own (both after a confirmation, since one text is
 * replaced).
 */
export function ConflictPanel({ conflict, mine, onResolve }: ConflictPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<Mode>('none');
  const [merged, setMerged] = useState('');
  const [confirm, setConfirm] = useState<'keep' | 'take' | null>(null);
  const [busy, setBusy] = useState(false);

  const resolve = async (text: string) => {
    setBusy(true);
    try {
      await onResolve(text);
    } finally {
      setBusy(false);
      setConfirm(null);
    }
  };
  const startMerge = () => {
    setMerged([t('minutes.conflict.mergeTheirs'), conflict.theirs, '', t('minutes.conflict.mergeMine'), mine].join('\n'));
    setMode('merge');
  };

  return (
    <div className="minutes-conflict">
      <div role="alert" className="minutes-conflict__message">
        <p className="alert__title">{t('minutes.conflict.title')}</p>
        <p>{t('minutes.conflict.body')}</p>
      </div>
      <div className="button-row">
        <Button
          variant="secondary"
          size="small"
          aria-expanded={mode === 'compare'}
          aria-controls={`${id}-compare`}
          onClick={() => setMode(mode === 'compare' ? 'none' : 'compare')}
        >
          {mode === 'compare' ? t('minutes.conflict.hideCompare') : t('minutes.conflict.compare')}
        </Button>
        <Button variant="secondary" size="small" onClick={startMerge} disabled={busy}>
          {t('minutes.conflict.merge')}
        </Button>
        <Button variant="secondary" size="small" onClick={() => setConfirm('keep')} disabled={busy}>
          {t('minutes.conflict.keepMine')}
        </Button>
        <Button variant="secondary" size="small" onClick={() => setConfirm('take')} disabled={busy}>
          {t('minutes.conflict.takeTheirs')}
        </Button>
      </div>
      <div id={`${id}-compare`}>
        {mode === 'compare' && (
          <div className="minutes-compare" role="group" aria-label={t('minutes.conflict.comparison')}>
            <figure className="minutes-compare__side">
              <figcaption>{t('minutes.conflict.theirs')}</figcaption>
              <pre className="minutes-text">{conflict.theirs || t('minutes.conflict.empty')}</pre>
            </figure>
            <figure className="minutes-compare__side">
              <figcaption>{t('minutes.conflict.mine')}</figcaption>
              <pre className="minutes-text">{mine || t('minutes.conflict.empty')}</pre>
            </figure>
          </div>
        )}
      </div>
      {mode === 'merge' && (
        <div className="stack minutes-merge">
          <TextAreaField
            label={t('minutes.conflict.mergeLabel')}
            hint={t('minutes.conflict.mergeHint')}
            rows={10}
            value={merged}
            onChange={(event) => setMerged(event.target.value)}
          />
          <div className="button-row">
            <Button busy={busy} onClick={() => void resolve(merged)}>
              {t('minutes.conflict.saveMerge')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('none')} disabled={busy}>
              {t('minutes.conflict.cancelMerge')}
            </Button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirm === 'keep'}
        title={t('minutes.conflict.keepTitle')}
        confirmLabel={t('minutes.conflict.keepMine')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onConfirm={() => void resolve(mine)}
        onCancel={() => setConfirm(null)}
      >
        <p>{t('minutes.conflict.keepBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'take'}
        title={t('minutes.conflict.takeTitle')}
        confirmLabel={t('minutes.conflict.takeTheirs')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        onConfirm={() => void resolve(conflict.theirs)}
        onCancel={() => setConfirm(null)}
      >
        <p>{t('minutes.conflict.takeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
