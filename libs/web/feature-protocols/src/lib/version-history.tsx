import type { ProtocolVersionItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Badge } from '@concertation/web-ui';

/** Every published version, newest first, with who published it and why. */
export function VersionHistory({ versions }: { versions: readonly ProtocolVersionItem[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <ol className="card-list version-history" reversed>
      {versions.map((version, index) => (
        <li key={version.id} className="card">
          <h3 className="card__title">
            {t('protocols.versions.item', { number: version.number })}
            {index === 0 && (
              <>
                {' '}
                <Badge tone="success">{t('protocols.versions.current')}</Badge>
              </>
            )}
          </h3>
          <p className="card__meta muted">
            {t('protocols.detail.publishedBy', { date: formatDateTime(version.publishedAt), name: version.publishedBy.displayName })}
          </p>
          <p className="card__meta protocol-note">
            {version.changeNote ? version.changeNote : <span className="muted">{t('protocols.versions.noNote')}</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
