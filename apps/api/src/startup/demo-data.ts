/** Every demo account shares this password; the data is fictitious and says so. */
export const DEMO_PASSWORD = 'demo-concertation-2026';

export const DEMO_SIGN_INS: ReadonlyArray<{ email: string; role: string }> = [];
