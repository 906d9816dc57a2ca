import type { ReactNode } from 'react';
import { Link, matchPath, NavLink, useLocation } from 'react-router';

export interface MenuLinkProps {
  to: string;
  /** Only this very page, not the pages below it (the home page). */
  end?: boolean;
  /**
   * Route patterns of the pages that belong to this entry without being below its address: a
   * table's pages (`/tables/:id/*`) belong to « Tables » (`/directory/tables`).
   */
  also?: readonly string[];
  className: (state: { isActive: boolean }) => string;
  children: ReactNode;
}

/**
 * A main-menu link that shows where one is: aria-current="page" on its own page (NavLink), and
 * aria-current="true" on the pages of its section, so the menu says « you are in Tables » there too.
 */
export function MenuLink({ to, end, also = [], className, children }: MenuLinkProps) {
  const { pathname } = useLocation();
  const inSection = also.some((pattern) => matchPath({ path: pattern, end: false }, pathname) !== null);
  if (inSection) {
    return (
      <Link to={to} aria-current="true" className={className({ isActive: true })}>
        {children}
      </Link>
    );
  }
  return (
    <NavLink to={to} end={end} className={className}>
      {children}
    </NavLink>
  );
}
