import type { ChangeEventHandler } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { TextAreaField, WriteAndPreview } from '@concertation/web-ui';

interface ProtocolBodyFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: ChangeEventHandler<HTMLTextAreaElement>;
  error?: string | null;
}

/** A protocol's text in Markdown, with its « Écrire / Aperçu » tabs: the same in the new-protocol and new-version forms. */
export function ProtocolBodyField({ label, hint, value, onChange, error }: ProtocolBodyFieldProps) {
  const { t } = useI18n();
  const labels = {
    tabs: t('protocols.editor.tabs'),
    write: t('protocols.editor.write'),
    preview: t('protocols.editor.preview'),
    empty: t('protocols.editor.empty'),
  };
  return (
    <WriteAndPreview labels={labels} text={value} headingLevel={3} invalid={Boolean(error)}>
      <TextAreaField label={label} hint={hint} name="body" rows={14} required className="protocol-form__body" value={value} onChange={onChange} error={error} />
    </WriteAndPreview>
  );
}
