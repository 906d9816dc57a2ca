import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DataTable } from './data-table';
import { SelectField } from './select-field';
import { TextField } from './text-field';

describe('form fields', () => {
  it('tie the label, hint and error to the control', () => {
    render(<TextField label="E-mail" hint="We never share it." error="Enter a valid e-mail address." />);
    const input = screen.getByLabelText('E-mail');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['We never share it.', 'Enter a valid e-mail address.']);
  });

  it('leave a valid control unmarked', () => {
    render(<TextField label="Name" />);
    const input = screen.getByLabelText('Name');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });

  it('group select options under their headings', () => {
    render(
      <SelectField
        label="Region"
        placeholder="All regions"
        options={[
          { value: 'on', label: 'Ontario', group: 'Provinces' },
          { value: 'qc06', label: 'Montréal', group: 'Quebec regions' },
        ]}
      />,
    );
    const select = screen.getByLabelText('Region');
    expect(select.querySelectorAll('optgroup')).toHaveLength(2);
    expect(screen.getByRole('option', { name: 'All regions' })).toBeInTheDocument();
  });
});

describe('DataTable', () => {
  it('names itself and its rows for assistive technology', () => {
    render(
      <DataTable
        caption="Organizations"
        hideCaption
        rows={[{ id: '1', name: 'Police de Montréal' }]}
        rowKey={(row) => row.id}
        columns={[{ key: 'name', header: 'Name', rowHeader: true, render: (row) => row.name }]}
      />,
    );
    expect(screen.getByRole('table', { name: 'Organizations' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Police de Montréal' })).toBeInTheDocument();
  });
});
