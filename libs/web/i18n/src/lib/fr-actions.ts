/** My actions, the action board and an action item's page: French source (see fr.ts). */
export const frActions = {
  actions: {},
};
