import type { fr } from './catalogs';
import type { frShell } from './fr';

export type Language = 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** The catalog's shape with every text widened to `string`: what each translation must provide. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;

/** What the shell's catalog (fr.ts, en.ts) gives: the texts every page may show before any feature loads. */
export type ShellMessages = Pick<Messages, keyof typeof frShell>;

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of the catalog, e.g. `auth.signIn.title`. */
export type MessageKey = Paths<Messages>;

export type MessageParams = Record<string, string | number>;

type PluralPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends { one: string; other: string } ? `${Prefix}${K}` : T[K] extends string ? never : PluralPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Keys whose text depends on a count: `{ one: '{count} table', other: '{count} tables' }`. */
export type PluralKey = PluralPaths<Messages>;
