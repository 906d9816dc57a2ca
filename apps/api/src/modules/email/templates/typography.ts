import type { Lang } from './email-content';

/** French puts a narrow no-break space before ':' ';' '?' '!' and no-break spaces inside « »; English none. */
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

export const colon = (lang: Lang): string => (lang === 'EN' ? ':' : `${NNBSP}:`);
export const question = (lang: Lang): string => (lang === 'EN' ? '?' : `${NNBSP}?`);
export const quoted = (lang: Lang, text: string): string => (lang === 'EN' ? `“${text}”` : `«${NBSP}${text}${NBSP}»`);

/** "Concertation : <title>" in French, "Concertation: <title>" in English. */
export const subjectOf = (lang: Lang, title: string): string => `Concertation${colon(lang)} ${title}`;
