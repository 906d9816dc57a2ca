import { useId } from 'react';
import type { RegionActivityItem } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { DataTable, RegionTileMap, Section } from '@concertation/web-ui';
import { activityScale, type ActivityScale } from './activity-scale';
import { useReportFormat } from './report-format';

/** The legend says each step with its fill and pattern, and in whole meetings. */
function ActivityLegend({ scale }: { scale: ActivityScale }) {
  const { t, tp } = useI18n();
  const titleId = useId();
  return (
    <div className="activity-legend">
      <p id={titleId} className="activity-legend__title">
        {t('reports.network.legend')}
      </p>
      <ul aria-labelledby={titleId} className="activity-legend__items">
        {scale.ranges.map((range) => (
          <li key={range.level} className="activity-legend__item">
            <span className={`activity-legend__swatch activity-level--${range.level}`} aria-hidden="true" />
            {range.level === 0
              ? t('reports.network.levelNone')
              : range.min === range.max
                ? tp('reports.network.levelSingle', range.min)
                : t('reports.network.levelRange', { min: range.min, max: range.max })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Quebec's 17 regions on the shared tile map, shaded by meetings held; every tile writes its count. */
function ActivityMap({ regions }: { regions: readonly RegionActivityItem[] }) {
  const { t, tp, language } = useI18n();
  const captionId = useId();
  const scale = activityScale(regions.map((entry) => entry.meetingsHeld));
  return (
    <figure className="activity-map" aria-labelledby={captionId}>
      <RegionTileMap
        items={regions}
        regionCode={(entry) => entry.region.code}
        label={t('reports.network.mapLabel')}
        renderTile={(entry) => (
          <p className={`region-tile activity-tile activity-level--${scale.levelOf(entry.meetingsHeld)}`}>
            <span className="region-tile__name">{localizedName(language, entry.region)}</span>
            <span className="activity-tile__figure">{tp('reports.network.tileMeetings', entry.meetingsHeld)}</span>
          </p>
        )}
      />
      <figcaption id={captionId} className="activity-map__caption">
        {t('reports.network.mapCaption')}
      </figcaption>
      <ActivityLegend scale={scale} />
    </figure>
  );
}

/** The map's data, and more, as a table by region code: what screen-reader users read instead of the tiles. */
function RegionTable({ regions }: { regions: readonly RegionActivityItem[] }) {
  const { t, language } = useI18n();
  const format = useReportFormat();
  return (
    <DataTable
      caption={t('reports.network.regionsCaption')}
      rows={regions}
      rowKey={(row) => row.region.code}
      columns={[
        { key: 'region', header: t('reports.network.region'), rowHeader: true, render: (row: RegionActivityItem) => localizedName(language, row.region) },
        { key: 'tables', header: t('reports.network.regionalTables'), render: (row: RegionActivityItem) => format.number(row.tables) },
        { key: 'meetings', header: t('reports.network.meetingsHeld'), render: (row: RegionActivityItem) => format.number(row.meetingsHeld) },
        {
          key: 'attendance',
          header: t('reports.network.attendanceRate'),
          render: (row: RegionActivityItem) =>
            row.attendanceRate === null ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t('reports.network.noMeetingHeld')}</span>
              </>
            ) : (
              format.percent(row.attendanceRate)
            ),
        },
        { key: 'protocols', header: t('reports.network.protocolsAdopted'), render: (row: RegionActivityItem) => format.number(row.protocolsAdopted) },
      ]}
    />
  );
}

export function RegionActivity({ regions }: { regions: readonly RegionActivityItem[] }) {
  const { t } = useI18n();
  return (
    <Section title={t('reports.network.regionsTitle')}>
      <p className="muted">{t('reports.network.regionsIntro')}</p>
      <div className="region-activity">
        <ActivityMap regions={regions} />
        <RegionTable regions={regions} />
      </div>
    </Section>
  );
}
