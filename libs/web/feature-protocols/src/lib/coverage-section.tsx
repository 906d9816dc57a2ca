import type { ProtocolDetail } from '@concertation/web-data-access';
import { useI18n } from '@concertation/web-i18n';
import { Section } from '@concertation/web-ui';
import { CoverageMap } from './coverage-map';
import { CoverageTable } from './coverage-table';

/** Where the protocol stands in Quebec's 17 regions: the counts, the map, and the same data as a table. */
export function CoverageSection({ protocol }: { protocol: ProtocolDetail }) {
  const { t, tp } = useI18n();
  const { coverage } = protocol;
  const current = protocol.currentVersion?.number ?? null;
  return (
    <Section title={t('protocols.coverage.title')}>
      <p>
        {tp('protocols.coverage.adopted', coverage.adoptedCount)}
        {coverage.outdatedCount > 0 && <> {tp('protocols.coverage.outdated', coverage.outdatedCount)}</>}
        {coverage.outdatedCount === 0 && '.'}
      </p>
      <p className="muted">{t('protocols.coverage.intro')}</p>
      <div className="coverage-layout">
        <CoverageMap regions={coverage.regions} currentVersion={current} />
        <CoverageTable regions={coverage.regions} currentVersion={current} />
      </div>
    </Section>
  );
}
