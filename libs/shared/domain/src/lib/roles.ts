import { type EnumValue, TableRole } from './enums';

/** Officers build agendas, take minutes and decide membership requests. */
export const isOfficerRole = (role: EnumValue<TableRole> | null | undefined): boolean => role === TableRole.CHAIR || role === TableRole.SECRETARY;

/** How many alternates an organization may name at a table, besides its delegate. */
export const MAX_ALTERNATES = 3;

/** A substitution's note to the colleague sent (« Merci de présenter notre bilan »). */
export const MAX_SUBSTITUTION_NOTE_LENGTH = 1000;
