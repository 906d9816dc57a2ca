import { useMemo, useState } from 'react';
import type { ProtocolVersionItem } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { SelectField } from '@concertation/web-ui';
import { DiffText } from './diff-text';
import { compareTexts } from './text-diff';

/** Two versions side by side in one text: by default, what the current version changed from the one before. */
export function VersionDiff({ versions }: { versions: readonly ProtocolVersionItem[] }) {
  const { t, tp, formatDate } = useI18n();
  const [fromId, setFromId] = useState(versions[1]?.id ?? '');
  const [toId, setToId] = useState(versions[0]?.id ?? '');
  const from = versions.find((version) => version.id === fromId) ?? versions[1];
  const to = versions.find((version) => version.id === toId) ?? versions[0];
  const diff = useMemo(() => (from && to && from.id !== to.id ? compareTexts(from.body, to.body) : null), [from, to]);

  if (versions.length < 2 || !from || !to) return <p className="muted">{t('protocols.diff.onlyOne')}</p>;

  const options = versions.map((version) => ({
    value: version.id,
    label: t('protocols.diff.option', { number: version.number, date: formatDate(version.publishedAt) }),
  }));
  return (
    <div className="stack">
      <p className="muted">{t('protocols.diff.intro')}</p>
      <div className="form--inline-grid version-diff__choices">
        <SelectField label={t('protocols.diff.from')} options={options} value={from.id} onChange={(event) => setFromId(event.target.value)} />
        <SelectField label={t('protocols.diff.to')} options={options} value={to.id} onChange={(event) => setToId(event.target.value)} />
      </div>
      <p role="status" aria-live="polite" className="version-diff__summary">
        {!diff
          ? t('protocols.diff.sameVersion')
          : diff.added === 0 && diff.removed === 0
            ? t('protocols.diff.identical')
            : `${tp('protocols.diff.addedCount', diff.added)} · ${tp('protocols.diff.removedCount', diff.removed)}`}
      </p>
      {diff && (
        // Focusable so that keyboard users can scroll a long text.
        <div className="protocol-text protocol-diff" role="region" aria-label={t('protocols.diff.result', { from: from.number, to: to.number })} tabIndex={0}>
          <DiffText parts={diff.parts} />
        </div>
      )}
    </div>
  );
}
