import type { RegionsQuery } from '@concertation/web-data-access';
import { localizedName, type Language, type MessageKey } from '@concertation/web-i18n';
import type { SelectOption } from '@concertation/web-ui';

export type RegionItem = RegionsQuery['regions'][number];

/** Provinces and territories first, then Quebec's administrative regions, each group in code order. */
export function sortRegions(regions: readonly RegionItem[]): RegionItem[] {
  const rank = (region: RegionItem) => (region.kind === 'ADMINISTRATIVE_REGION' ? 1 : 0);
  return [...regions].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
}

export function regionOptions(regions: readonly RegionItem[], language: Language, t: (key: MessageKey) => string): SelectOption[] {
  return sortRegions(regions).map((region) => ({
    value: region.id,
    label: localizedName(language, region),
    group: region.kind === 'ADMINISTRATIVE_REGION' ? t('directory.quebecRegions') : t('directory.provincesAndTerritories'),
  }));
}
