import { describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { paths, routePatterns } from '@concertation/shared-paths';
import { MenuLink } from './menu-link';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'site-nav__link site-nav__link--active' : 'site-nav__link');

function renderAt(pathname: string) {
  render(
    <MemoryRouter initialEntries={[pathname]}>
      <MenuLink to={paths.tablesDirectory()} also={[routePatterns.table]} className={navClass}>
        Tables de concertation
      </MenuLink>
      <MenuLink to={paths.home()} end className={navClass}>
        Accueil
      </MenuLink>
    </MemoryRouter>,
  );
  return { tables: screen.getByRole('link', { name: 'Tables de concertation' }), home: screen.getByRole('link', { name: 'Accueil' }) };
}

describe('MenuLink', () => {
  it('marks its own page as the current page', () => {
    const { tables, home } = renderAt('/directory/tables');
    expect(tables).toHaveAttribute('aria-current', 'page');
    expect(tables).toHaveClass('site-nav__link--active');
    expect(home).not.toHaveAttribute('aria-current');
  });

  it('marks the pages of its section, a table and each of its tabs, as where one is', () => {
    for (const pathname of [paths.table('t1'), paths.tableMembers('t1'), paths.tableJournal('t1')]) {
      const { tables, home } = renderAt(pathname);
      expect(tables).toHaveAttribute('aria-current', 'true');
      expect(tables).toHaveClass('site-nav__link--active');
      expect(home).not.toHaveAttribute('aria-current');
      cleanup();
    }
  });

  it('leaves other pages unmarked', () => {
    const { tables } = renderAt('/meetings');
    expect(tables).not.toHaveAttribute('aria-current');
    expect(tables).not.toHaveClass('site-nav__link--active');
  });
});
