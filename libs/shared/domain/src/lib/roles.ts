export type PlatformRole = 'COORDINATOR' | 'MEMBER';
export type TableRole = 'CHAIR' | 'SECRETARY' | 'MEMBER' | 'OBSERVER';
export const TABLE_ROLES: readonly TableRole[] = ['CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'];

/** Officers build agendas, take minutes and decide membership requests. */
export const isOfficerRole = (role: TableRole | null | undefined): boolean => role === 'CHAIR' || role === 'SECRETARY';

export type Sector =
  | 'POLICE'
  | 'YOUTH_PROTECTION'
  | 'HEALTH_AND_SOCIAL_SERVICES'
  | 'EDUCATION'
  | 'COMMUNITY'
  | 'JUSTICE'
  | 'MUNICIPAL'
  | 'GOVERNMENT'
  | 'OTHER';
export const SECTORS: readonly Sector[] = [
  'POLICE',
  'YOUTH_PROTECTION',
  'HEALTH_AND_SOCIAL_SERVICES',
  'EDUCATION',
  'COMMUNITY',
  'JUSTICE',
  'MUNICIPAL',
  'GOVERNMENT',
  'OTHER',
];
