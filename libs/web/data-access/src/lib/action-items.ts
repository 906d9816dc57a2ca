// Filled by the action-items feature.
export {};
