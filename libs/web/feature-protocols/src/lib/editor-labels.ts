import { useI18n } from '@concertation/web-i18n';
import type { WriteAndPreviewLabels } from '@concertation/web-ui';

/** The « Écrire / Aperçu » tabs of a protocol's text, the same in the new-protocol and new-version forms. */
export function useEditorLabels(): WriteAndPreviewLabels {
  const { t } = useI18n();
  return { tabs: t('protocols.editor.tabs'), write: t('protocols.editor.write'), preview: t('protocols.editor.preview'), empty: t('protocols.editor.empty') };
}
