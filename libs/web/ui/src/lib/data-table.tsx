import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

/** The column the rows are sorted by, and which way: the screen sorts its rows, the table says so. */
export interface DataTableSort {
  key: string;
  direction: SortDirection;
}

export interface DataTableColumn<Row> {
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  /** The column that names the row (a <th scope="row">): screen readers announce it with each cell. */
  rowHeader?: boolean;
  /** Its header is a button that sorts by it (the table needs `sort` and `onSort`). */
  sortable?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  /** Keep the caption for assistive technology only, when a heading right above already says it. */
  hideCaption?: boolean;
  columns: ReadonlyArray<DataTableColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** How `rows` are sorted; the sorted column's header carries aria-sort. */
  sort?: DataTableSort;
  /** A sortable column's header was pressed: the screen sorts again (the same column the other way). */
  onSort?: (key: string) => void;
}

/** ▲ ▼ beside the sorted column, ↕ beside the others: drawn only, aria-sort says it to screen readers. */
function SortMark({ direction }: { direction: SortDirection | undefined }) {
  return (
    <span className="data-table__sort-mark" aria-hidden="true">
      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
    </span>
  );
}

export function DataTable<Row>({ caption, hideCaption, columns, rows, rowKey, sort, onSort }: DataTableProps<Row>) {
  return (
    // A wide table scrolls on its own; the region is focusable so that keyboard users can scroll it.
    <div className="data-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.key === column.key ? sort.direction : undefined;
              return column.sortable && onSort ? (
                <th key={column.key} scope="col" aria-sort={direction}>
                  <button type="button" className="data-table__sort" onClick={() => onSort(column.key)}>
                    {column.header}
                    <SortMark direction={direction} />
                  </button>
                </th>
              ) : (
                <th key={column.key} scope="col">
                  {column.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row">
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key}>{column.render(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
