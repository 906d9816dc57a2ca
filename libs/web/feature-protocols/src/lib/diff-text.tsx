import { useI18n } from '@concertation/web-i18n';
import { VisuallyHidden } from '@concertation/web-ui';
import type { DiffPart } from './text-diff';

/**
 * A diff as running text, line breaks kept. Insertions and deletions are <ins> and <del> (underlined,
 * struck through, marked + and − by the stylesheet) and each starts with a hidden « Ajouté : » or
 * « Retiré : », so that neither colour nor a screen reader's handling of ins/del is needed to tell them.
 */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useI18n();
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} className="diff-part diff-part--added">
            <VisuallyHidden>{t('protocols.diff.added')} </VisuallyHidden>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} className="diff-part diff-part--removed">
            <VisuallyHidden>{t('protocols.diff.removed')} </VisuallyHidden>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
