import { type EnumValue, TableRole } from './enums';

/** Officers build agendas, take minutes and decide membership requests. */
export const isOfficerRole = (role: EnumValue<TableRole> | null | undefined): boolean => role === TableRole.CHAIR || role === TableRole.SECRETARY;
