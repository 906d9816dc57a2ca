// Filled by the minutes feature.
export {};
