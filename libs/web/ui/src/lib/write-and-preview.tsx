import type { ReactNode } from 'react';
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
}

/** A Markdown field with an « Écrire » tab and an « Aperçu » tab showing the text as readers will see it. */
export function WriteAndPreview({ labels, text, headingLevel, children }: WriteAndPreviewProps) {
  return (
    <Tabs
      label={labels.tabs}
      className="write-preview"
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
