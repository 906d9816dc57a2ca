import { useId } from 'react';
import { MAX_BODY_LENGTH } from '@concertation/shared-domain';
import { useI18n } from '@concertation/web-i18n';
import { Markdown, WriteAndPreview, type MarkdownProps } from '@concertation/web-ui';
import { ConflictPanel } from './conflict-panel';
import { PersonalInformationNotice, usePersonalInformation } from './personal-information-notice';
import { SaveStatusLine } from './save-status';
import { useMinutesAutosave, type ServerText } from './use-minutes-autosave';

export interface MinutesTextEditorProps {
  label: string;
  server: ServerText;
  save: (expectedVersion: number, text: string) => Promise<ServerText>;
  fetchLatest: () => Promise<ServerText | null>;
  rows?: number;
  /** Where the text's own headings start, under the page's (see Markdown). */
  headingLevel?: MarkdownProps['headingLevel'];
  /** Tests shorten the pause after which typing is saved. */
  autosaveDelayMs?: number;
  /** Tests shorten the pause after which the text is checked for personal information again. */
  privacyCheckDelayMs?: number;
}

/**
 * One text of the minutes, saved as the person types (after a pause, and on leaving the field), in
 * Markdown: the « Aperçu » tab shows it as readers will see it. What in it looks like personal
 * information is pointed out beside it as it is typed; saving goes on regardless.
 */
export function MinutesTextEditor({
  label,
  server,
  save,
  fetchLatest,
  rows = 8,
  headingLevel = 4,
  autosaveDelayMs,
  privacyCheckDelayMs,
}: MinutesTextEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const autosave = useMinutesAutosave({ server, editable: true, save, fetchLatest, delayMs: autosaveDelayMs });
  const tooLong = autosave.draft.length > MAX_BODY_LENGTH;
  const personalInformation = usePersonalInformation(autosave.draft, privacyCheckDelayMs);
  const describedBy = [`${id}-hint`, tooLong && `${id}-error`, personalInformation.length > 0 && `${id}-privacy`].filter(Boolean).join(' ');
  return (
    <div className="minutes-editor">
      <div className={tooLong ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-text`}>
          {label}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('minutes.save.hint')} {t('minutes.editor.hint')}
        </p>
        <WriteAndPreview
          labels={{ tabs: t('minutes.editor.tabs'), write: t('minutes.editor.write'), preview: t('minutes.editor.preview'), empty: t('minutes.editor.empty') }}
          text={autosave.draft}
          headingLevel={headingLevel}
        >
          <textarea
            id={`${id}-text`}
            className="field__control minutes-editor__text"
            rows={rows}
            value={autosave.draft}
            aria-invalid={tooLong || undefined}
            aria-describedby={describedBy}
            onChange={(event) => autosave.change(event.target.value)}
            onBlur={() => void autosave.flush()}
          />
        </WriteAndPreview>
        <PersonalInformationNotice id={`${id}-privacy`} matches={personalInformation} />
        {tooLong && (
          <p className="field__error" id={`${id}-error`}>
            {t('validation.tooLong', { max: MAX_BODY_LENGTH })}
          </p>
        )}
      </div>
      {/* Paper shows the text, not the form around it (see minutes.css). */}
      <div className="print-only" aria-hidden="true">
        <Markdown headingLevel={headingLevel}>{autosave.draft}</Markdown>
      </div>
      <SaveStatusLine status={autosave.status} paused={autosave.conflict !== null} onRetry={() => void autosave.flush()} />
      {autosave.conflict && <ConflictPanel conflict={autosave.conflict} mine={autosave.draft} onResolve={autosave.resolve} />}
    </div>
  );
}
