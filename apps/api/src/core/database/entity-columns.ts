import type { DataSource, EntityMetadata, EntityTarget } from 'typeorm';

const lists = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * The select list of an entity's columns under their property names (`m.table_id AS "tableId"`),
 * for hot reads written as fixed SQL: the driver's rows are then the entity's shape, with no query
 * building or hydration. Taken from the entity's own mapping, once per entity and alias, so that
 * the two never disagree. A date column comes back as its text (YYYY-MM-DD), as the entities hold it.
 */
export function entityColumns(dataSource: DataSource, entity: EntityTarget<unknown>, alias: string): string {
  const metadata = dataSource.getMetadata(entity);
  const byAlias = lists.get(metadata) ?? new Map<string, string>();
  lists.set(metadata, byAlias);
  let list = byAlias.get(alias);
  if (list === undefined) {
    list = metadata.columns
      .map((column) => {
        if (column.embeddedMetadata || column.relationMetadata) throw new Error(`entityColumns: ${metadata.name}.${column.propertyName} is not a plain column`);
        return `${alias}.${column.databaseName}${column.type === 'date' ? '::text' : ''} AS "${column.propertyName}"`;
      })
      .join(', ');
    byAlias.set(alias, list);
  }
  return list;
}
