/** True for an IANA zone name this runtime knows, e.g. America/Toronto. */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64 || !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zones people in Canada meet in, with how to name them. The two Quebec exceptions are
 * listed on their own: the Îles-de-la-Madeleine and the Basse-Côte-Nord are not on Toronto time.
 */
export const CANADIAN_TIME_ZONES: ReadonlyArray<{ zone: string; fr: string; en: string }> = [
  { zone: 'America/Toronto', fr: 'Heure de l’Est (Montréal, Québec, Toronto)', en: 'Eastern time (Montreal, Quebec City, Toronto)' },
  { zone: 'America/Halifax', fr: 'Heure de l’Atlantique (Îles-de-la-Madeleine, Halifax)', en: 'Atlantic time (Magdalen Islands, Halifax)' },
  {
    zone: 'America/Blanc-Sablon',
    fr: 'Heure de l’Atlantique sans heure avancée (Basse-Côte-Nord)',
    en: 'Atlantic time, no daylight saving (Lower North Shore)',
  },
  { zone: 'America/Moncton', fr: 'Heure de l’Atlantique (Nouveau-Brunswick)', en: 'Atlantic time (New Brunswick)' },
  { zone: 'America/St_Johns', fr: 'Heure de Terre-Neuve', en: 'Newfoundland time' },
  { zone: 'America/Winnipeg', fr: 'Heure du Centre (Manitoba)', en: 'Central time (Manitoba)' },
  { zone: 'America/Regina', fr: 'Heure du Centre sans heure avancée (Saskatchewan)', en: 'Central time, no daylight saving (Saskatchewan)' },
  { zone: 'America/Edmonton', fr: 'Heure des Rocheuses (Alberta, T.N.-O.)', en: 'Mountain time (Alberta, N.W.T.)' },
  { zone: 'America/Vancouver', fr: 'Heure du Pacifique (Colombie-Britannique)', en: 'Pacific time (British Columbia)' },
  { zone: 'America/Whitehorse', fr: 'Heure du Yukon', en: 'Yukon time' },
  { zone: 'America/Iqaluit', fr: 'Heure de l’Est (Nunavut)', en: 'Eastern time (Nunavut)' },
];
