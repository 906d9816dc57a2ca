/** The minutes editor, decisions and the minutes page: French source (see fr.ts). */
export const frMinutes = {
  minutes: {},
};
