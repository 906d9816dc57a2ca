import { useState, type ReactNode } from 'react';
import { Markdown, type MarkdownProps } from './markdown';
import { Tabs } from './tabs';

export interface WriteAndPreviewLabels {
  /** Names the tab list (« Résumé : écrire ou prévisualiser »). */
  tabs: string;
  write: string;
  preview: string;
  /** Said in the preview while there is nothing to show. */
  empty: string;
}

export interface WriteAndPreviewProps {
  labels: WriteAndPreviewLabels;
  /** The text being written, as the preview renders it. */
  text: string;
  headingLevel?: MarkdownProps['headingLevel'];
  /** The field itself, in the « Écrire » tab: it stays mounted (and keeps its state) while the preview shows. */
  children: ReactNode;
  /** The field has an error: it comes back into view, so that the error is seen and the field can take focus. */
  invalid?: boolean;
}

/** A Markdown field with an « Écrire » tab and an « Aperçu » tab showing the text as readers will see it. */
export function WriteAndPreview({ labels, text, headingLevel, children, invalid = false }: WriteAndPreviewProps) {
  const [tab, setTab] = useState('write');
  const [wasInvalid, setWasInvalid] = useState(invalid);
  // Adjusted while rendering, not in an effect, so that the field is shown before the form focuses it.
  if (invalid !== wasInvalid) {
    setWasInvalid(invalid);
    if (invalid) setTab('write');
  }
  return (
    <Tabs
      label={labels.tabs}
      className="write-preview"
      selected={tab}
      onSelect={setTab}
      tabs={[
        { key: 'write', label: labels.write, panel: children },
        {
          key: 'preview',
          label: labels.preview,
          focusablePanel: true,
          panel: (
            <div className="write-preview__preview">
              {text.trim() ? <Markdown headingLevel={headingLevel}>{text}</Markdown> : <p className="muted">{labels.empty}</p>}
            </div>
          ),
        },
      ]}
    />
  );
}
