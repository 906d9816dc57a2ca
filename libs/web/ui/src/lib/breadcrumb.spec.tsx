import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Breadcrumb } from './breadcrumb';

describe('Breadcrumb', () => {
  const items = [
    { label: 'Accueil', to: '/' },
    { label: 'Tables', to: '/directory/tables' },
    { label: 'Table provinciale', to: '/tables/p' },
    { label: 'Table régionale' },
  ];

  it('is a named nav with the pages above as links and the current one marked', () => {
    render(
      <MemoryRouter>
        <Breadcrumb label="Fil d’Ariane" items={items} />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Fil d’Ariane' });
    const entries = within(nav).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent)).toEqual(['Accueil', 'Tables', 'Table provinciale', 'Table régionale']);
    expect(within(nav).getByRole('link', { name: 'Tables' })).toHaveAttribute('href', '/directory/tables');
    expect(within(nav).getByRole('link', { name: 'Table provinciale' })).toHaveAttribute('href', '/tables/p');
    expect(within(nav).queryByRole('link', { name: 'Table régionale' })).toBeNull();
    expect(within(nav).getByText('Table régionale')).toHaveAttribute('aria-current', 'page');
  });

  it('marks the last item current even when it is given a path', () => {
    render(
      <MemoryRouter>
        <Breadcrumb
          label="Breadcrumb"
          items={[
            { label: 'Home', to: '/' },
            { label: 'Here', to: '/here' },
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByText('Here')).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Here' })).toBeNull();
  });
});
