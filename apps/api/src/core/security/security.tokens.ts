/** The rate-limit counts of the process: Redis when REDIS_URL is set, in memory otherwise. */
export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');
