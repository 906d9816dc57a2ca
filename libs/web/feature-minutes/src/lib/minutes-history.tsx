import { useI18n } from '@concertation/web-i18n';
import { DataTable } from '@concertation/web-ui';
import type { MinutesRecord } from './types';

type Revision = MinutesRecord['revisions'][number];

/** Every saved version, newest first: who changed the minutes, and when. */
export function MinutesHistory({ minutes }: { minutes: MinutesRecord }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  if (minutes.revisions.length === 0) return <p className="muted">{t('minutes.page.noHistory')}</p>;
  const newestFirst = [...minutes.revisions].sort((a, b) => b.version - a.version);
  // The ui table scrolls inside itself on a phone, as a focusable region keyboard users can scroll.
  return (
    <DataTable<Revision>
      caption={t('minutes.page.historyCaption')}
      hideCaption
      rows={newestFirst}
      rowKey={(revision) => String(revision.version)}
      columns={[
        { key: 'version', header: t('minutes.page.version'), rowHeader: true, render: (revision) => formatNumber(revision.version) },
        { key: 'editor', header: t('minutes.page.editor'), render: (revision) => revision.editor.displayName },
        { key: 'editedAt', header: t('minutes.page.editedAt'), render: (revision) => formatDateTime(revision.editedAt) },
      ]}
    />
  );
}
