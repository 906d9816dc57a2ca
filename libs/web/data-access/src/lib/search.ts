// Filled by the search feature.
export {};
