import type { MigrationInterface, QueryRunner } from 'typeorm';

type Row = [code: string, nameFr: string, nameEn: string, kind: string, timeZone: string];

// Provinces and territories (ISO 3166-2:CA). NT uses America/Edmonton: America/Yellowknife is now
// only a link to it in the tz database.
const PROVINCES: Row[] = [
  ['CA-AB', 'Alberta', 'Alberta', 'PROVINCE', 'America/Edmonton'],
  ['CA-BC', 'Colombie-Britannique', 'British Columbia', 'PROVINCE', 'America/Vancouver'],
  ['CA-MB', 'Manitoba', 'Manitoba', 'PROVINCE', 'America/Winnipeg'],
  ['CA-NB', 'Nouveau-Brunswick', 'New Brunswick', 'PROVINCE', 'America/Moncton'],
  ['CA-NL', 'Terre-Neuve-et-Labrador', 'Newfoundland and Labrador', 'PROVINCE', 'America/St_Johns'],
  ['CA-NS', 'Nouvelle-Écosse', 'Nova Scotia', 'PROVINCE', 'America/Halifax'],
  ['CA-ON', 'Ontario', 'Ontario', 'PROVINCE', 'America/Toronto'],
  ['CA-PE', 'Île-du-Prince-Édouard', 'Prince Edward Island', 'PROVINCE', 'America/Halifax'],
  ['CA-QC', 'Québec', 'Quebec', 'PROVINCE', 'America/Toronto'],
  ['CA-SK', 'Saskatchewan', 'Saskatchewan', 'PROVINCE', 'America/Regina'],
  ['CA-NT', 'Territoires du Nord-Ouest', 'Northwest Territories', 'TERRITORY', 'America/Edmonton'],
  ['CA-NU', 'Nunavut', 'Nunavut', 'TERRITORY', 'America/Iqaluit'],
  ['CA-YT', 'Yukon', 'Yukon', 'TERRITORY', 'America/Whitehorse'],
];

// Quebec's 17 administrative regions. Each region gets the zone where most of its people live.
// Two regions straddle another zone, and meetings held there should name it explicitly:
// the Îles-de-la-Madeleine (in QC-11) keep Atlantic time (America/Halifax), and the Côte-Nord
// east of the Natashquan river (in QC-09) keeps Atlantic Standard Time all year
// (America/Blanc-Sablon). The web client offers both zones by those names.
const QUEBEC_REGIONS: Row[] = [
  ['QC-01', 'Bas-Saint-Laurent', 'Bas-Saint-Laurent', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-02', 'Saguenay–Lac-Saint-Jean', 'Saguenay–Lac-Saint-Jean', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-03', 'Capitale-Nationale', 'Capitale-Nationale', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-04', 'Mauricie', 'Mauricie', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-05', 'Estrie', 'Estrie', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-06', 'Montréal', 'Montreal', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-07', 'Outaouais', 'Outaouais', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-08', 'Abitibi-Témiscamingue', 'Abitibi-Témiscamingue', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-09', 'Côte-Nord', 'Côte-Nord', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-10', 'Nord-du-Québec', 'Nord-du-Québec', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-11', 'Gaspésie–Îles-de-la-Madeleine', 'Gaspésie–Îles-de-la-Madeleine', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-12', 'Chaudière-Appalaches', 'Chaudière-Appalaches', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-13', 'Laval', 'Laval', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-14', 'Lanaudière', 'Lanaudière', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-15', 'Laurentides', 'Laurentides', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-16', 'Montérégie', 'Montérégie', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
  ['QC-17', 'Centre-du-Québec', 'Centre-du-Québec', 'ADMINISTRATIVE_REGION', 'America/Toronto'],
];

/** Reference data every database has, demo or not. Idempotent by region code. */
export class ReferenceRegions1764300000001 implements MigrationInterface {
  name = 'ReferenceRegions1764300000001';

  async up(q: QueryRunner): Promise<void> {
    for (const [code, nameFr, nameEn, kind, timeZone] of PROVINCES) {
      await q.query(
        `INSERT INTO region (code, name_fr, name_en, kind, time_zone) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO NOTHING`,
        [code, nameFr, nameEn, kind, timeZone],
      );
    }
    for (const [code, nameFr, nameEn, kind, timeZone] of QUEBEC_REGIONS) {
      await q.query(
        `INSERT INTO region (code, name_fr, name_en, kind, time_zone, parent_id)
         SELECT $1, $2, $3, $4, $5, id FROM region WHERE code = 'CA-QC'
         ON CONFLICT (code) DO NOTHING`,
        [code, nameFr, nameEn, kind, timeZone],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM region WHERE parent_id IS NOT NULL`);
    await q.query(`DELETE FROM region`);
  }
}
