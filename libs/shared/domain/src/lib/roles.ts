import { type EnumValue, Sector, TableRole } from './enums';

export const TABLE_ROLES: readonly TableRole[] = Object.values(TableRole);

/** Officers build agendas, take minutes and decide membership requests. */
export const isOfficerRole = (role: EnumValue<TableRole> | null | undefined): boolean => role === TableRole.CHAIR || role === TableRole.SECRETARY;

export const SECTORS: readonly Sector[] = Object.values(Sector);
