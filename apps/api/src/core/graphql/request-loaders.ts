import DataLoader from 'dataloader';

/** For keys that are objects: the string that identifies one (DataLoader caches by identity otherwise). */
export interface LoaderOptions<K> {
  cacheKeyFn?: (key: K) => string;
}

/**
 * The DataLoaders of one request, created on first use and shared by every field resolver of
 * that request, so that a list resolves each relation in one query instead of one per row.
 *
 * A live event is resolved once per subscriber, each with its own loaders (permissions are the
 * subscriber's own); but the rows themselves are the same for all of them. Loaders made with
 * `shared` may therefore come from a wider scope: every subscriber of one event (or every stream
 * of one periodic re-check) reads the meeting once, and their seats in one batched query.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** @param sharedScope where `shared` loaders live; without one, they are this request's own. */
  constructor(private readonly sharedScope?: RequestLoaders) {}

  /**
   * A loader whose answers do not depend on who asks: rows by id, or keys that name the viewer
   * (a seat by user and table). Its batch function must not read the viewer of any context.
   */
  shared<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>, options?: LoaderOptions<K>): DataLoader<K, V> {
    return (this.sharedScope ?? this).get(name, batch, options);
  }

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>, options?: LoaderOptions<K>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string | K>(batch, options);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows found by key in the order DataLoader asked for them; missing ones become null. */
export function byKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups rows by key in the order DataLoader asked for them; missing keys get an empty list. */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
