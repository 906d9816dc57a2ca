import type { MessageKey, MessageParams, Messages, PluralKey } from './types';

/**
 * A catalog as the app holds it: the shell's texts, and each feature's once its namespace is loaded
 * (a route loads them before its screen renders).
 */
type Catalog = Partial<Messages>;

/** Looks a dotted key up in a catalog; a key that names no text comes back as itself, never as "undefined". */
export function lookup(messages: Catalog, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(messages: Catalog, key: MessageKey, params?: MessageParams): string {
  return interpolate(lookup(messages, key) ?? key, params);
}

/** Every dotted key of a catalog, for completeness checks. */
export function catalogKeys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => catalogKeys(value, prefix ? `${prefix}.${key}` : key));
}

export function translatePlural(messages: Catalog, key: PluralKey, count: number, locale: string, params?: MessageParams): string {
  const category = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  const text = lookup(messages, `${key}.${category}`) ?? lookup(messages, `${key}.other`) ?? key;
  return interpolate(text, { ...params, count: new Intl.NumberFormat(locale).format(count) });
}
