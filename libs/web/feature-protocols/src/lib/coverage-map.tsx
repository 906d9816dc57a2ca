import { useId, useState } from 'react';
import type { RegionAdoptionItem } from '@concertation/web-data-access';
import { localizedName, useI18n } from '@concertation/web-i18n';
import { RegionTileMap } from '@concertation/web-ui';
import { COVERAGE_STATES, COVERAGE_SYMBOLS, regionState, type CoverageState } from './coverage-state';

export interface CoverageProps {
  regions: readonly RegionAdoptionItem[];
  currentVersion: number | null;
}

const stateClass = (state: CoverageState) => `coverage-state--${state.toLowerCase().replace('_', '-')}`;

/** The legend says each state three ways: fill, pattern and symbol, and the word itself. */
function CoverageLegend() {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <div className="coverage-legend">
      <p id={titleId} className="coverage-legend__title">
        {t('protocols.coverage.legend')}
      </p>
      <ul aria-labelledby={titleId} className="coverage-legend__items">
        {COVERAGE_STATES.map((state) => (
          <li key={state} className="coverage-legend__item">
            <span className={`coverage-legend__swatch ${stateClass(state)}`} aria-hidden="true">
              {COVERAGE_SYMBOLS[state]}
            </span>
            {t(`protocols.coverage.states.${state}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Quebec's 17 regions as tiles, coloured (and patterned) by adoption. Each tile is a button named
 * by its region and status (« Montréal : À jour, version 2 »); choosing one shows its tables below, announced politely.
 * The tiles' places, their reading order and whole-word names are the shared map's (web-ui's RegionTileMap).
 */
export function CoverageMap({ regions, currentVersion }: CoverageProps) {
  const { t, language } = useI18n();
  const captionId = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const stateOf = (entry: RegionAdoptionItem) => regionState(entry, currentVersion);
  // The status in words, with the adopted version: the same on the tile, in its name and below the map.
  const statusText = (entry: RegionAdoptionItem, state: CoverageState) =>
    entry.adoptedVersion !== null
      ? `${t(`protocols.coverage.states.${state}`)}, ${t('protocols.coverage.tileVersion', { number: entry.adoptedVersion })}`
      : t(`protocols.coverage.states.${state}`);
  const chosenEntry = regions.find((entry) => entry.region.code === selected);
  const chosen = chosenEntry ? { entry: chosenEntry, state: stateOf(chosenEntry) } : undefined;

  return (
    <figure className="coverage-map" aria-labelledby={captionId}>
      <RegionTileMap
        items={regions}
        regionCode={(entry) => entry.region.code}
        label={t('protocols.coverage.mapLabel')}
        renderTile={(entry) => {
          const state = stateOf(entry);
          return (
            <button
              type="button"
              className={`region-tile coverage-tile ${stateClass(state)}`}
              aria-pressed={selected === entry.region.code}
              aria-label={t('protocols.coverage.tileLabel', { region: localizedName(language, entry.region), status: statusText(entry, state) })}
              onClick={() => setSelected((current) => (current === entry.region.code ? null : entry.region.code))}
            >
              <span className="region-tile__name">{localizedName(language, entry.region)}</span>
              <span className="coverage-tile__status">
                <span className="coverage-tile__symbol" aria-hidden="true">
                  {COVERAGE_SYMBOLS[state]}
                </span>{' '}
                {statusText(entry, state)}
              </span>
            </button>
          );
        }}
      />
      <figcaption id={captionId} className="coverage-map__caption">
        {t('protocols.coverage.mapCaption')}
      </figcaption>
      <CoverageLegend />
      <div className="coverage-map__details" aria-live="polite">
        {chosen ? (
          <>
            <p className="coverage-map__selected">
              <strong>{t('protocols.coverage.selected', { region: localizedName(language, chosen.entry.region) })}</strong> —{' '}
              {statusText(chosen.entry, chosen.state)}
            </p>
            <p>
              {chosen.entry.tables.length > 0
                ? t('protocols.coverage.tablesOf', { names: chosen.entry.tables.map((table) => table.name).join(', ') })
                : t('protocols.coverage.noTables')}
            </p>
          </>
        ) : (
          <p className="muted">{t('protocols.coverage.selectHint')}</p>
        )}
      </div>
    </figure>
  );
}
