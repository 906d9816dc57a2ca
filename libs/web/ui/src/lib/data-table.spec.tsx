import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type DataTableColumn } from './data-table';

interface Row {
  name: string;
  meetings: number;
}

const rows: Row[] = [
  { name: 'Table de Laval', meetings: 4 },
  { name: 'Table de Montréal', meetings: 9 },
];

const columns: DataTableColumn<Row>[] = [
  { key: 'name', header: 'Table', rowHeader: true, sortable: true, render: (row) => row.name },
  { key: 'meetings', header: 'Rencontres', sortable: true, render: (row) => row.meetings },
  { key: 'note', header: 'Note', render: () => '—' },
];

describe('DataTable', () => {
  it('is a captioned table in a focusable region, its rows named by their header cell', () => {
    render(<DataTable caption="Activité des tables" columns={columns} rows={rows} rowKey={(row) => row.name} />);
    const region = screen.getByRole('region', { name: 'Activité des tables' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Activité des tables' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.getAttribute('scope')),
    ).toEqual(['col', 'col', 'col']);
    expect(within(table).getByRole('rowheader', { name: 'Table de Laval' })).toHaveAttribute('scope', 'row');
    // Without onSort, headers are words, not buttons.
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('makes sortable headers buttons and marks the sorted column with aria-sort', () => {
    const onSort = vi.fn();
    render(
      <DataTable
        caption="Activité des tables"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.name}
        sort={{ key: 'meetings', direction: 'descending' }}
        onSort={onSort}
      />,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('aria-sort'))).toEqual([null, 'descending', null]);
    expect(within(headers[2]).queryByRole('button')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(onSort).toHaveBeenCalledWith('name');
    fireEvent.click(screen.getByRole('button', { name: 'Rencontres' }));
    expect(onSort).toHaveBeenLastCalledWith('meetings');
  });
});
