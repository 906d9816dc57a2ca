import { useMemo } from 'react';
import { useI18n } from '@concertation/web-i18n';
import { Markdown } from '@concertation/web-ui';
import { diffMarkdown, rehypeDiffMarks } from './diff-markdown';
import type { DiffPart } from './text-diff';

/**
 * A diff as the formatted text it compares, block by block (headings, paragraphs, lists). Insertions and
 * deletions are <ins> and <del> (underlined, struck through, marked + and − by the stylesheet) and each
 * starts with a hidden « Ajouté : » or « Retiré : », so that neither colour nor a screen reader's
 * handling of ins/del is needed to tell them.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useI18n();
  const added = t('protocols.diff.added');
  const removed = t('protocols.diff.removed');
  const plugins = useMemo(() => [rehypeDiffMarks({ added, removed })], [added, removed]);
  return (
    <Markdown headingLevel={4} rehypePlugins={plugins}>
      {diffMarkdown(parts)}
    </Markdown>
  );
}
