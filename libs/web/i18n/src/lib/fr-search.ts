/** The header search box and the search results page: French source (see fr.ts). */
export const frSearch = {
  search: {},
};
