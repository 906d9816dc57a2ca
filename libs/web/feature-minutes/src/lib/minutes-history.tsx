import { useI18n } from '@concertation/web-i18n';
import type { MinutesRecord } from './types';

/** Every saved version, newest first: who changed the minutes, and when. */
export function MinutesHistory({ minutes }: { minutes: MinutesRecord }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  if (minutes.revisions.length === 0) return <p className="muted">{t('minutes.page.noHistory')}</p>;
  const newestFirst = [...minutes.revisions].sort((a, b) => b.version - a.version);
  return (
    <div className="data-table">
      <table>
        <caption className="visually-hidden">{t('minutes.page.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('minutes.page.version')}</th>
            <th scope="col">{t('minutes.page.editor')}</th>
            <th scope="col">{t('minutes.page.editedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((revision) => (
            <tr key={revision.version}>
              <th scope="row">{formatNumber(revision.version)}</th>
              <td>{revision.editor.displayName}</td>
              <td>{formatDateTime(revision.editedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
