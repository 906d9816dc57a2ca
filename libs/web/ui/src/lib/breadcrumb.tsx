import { Link } from 'react-router';

export interface BreadcrumbItem {
  label: string;
  /** The page's path; the last item (the page itself) has none. */
  to?: string;
}

export interface BreadcrumbProps {
  /** The landmark's name, « Fil d’Ariane » / « Breadcrumb ». */
  label: string;
  /** From the home page down to this page. */
  items: readonly BreadcrumbItem[];
}

/**
 * Where the page sits, from the home page down (WAI-ARIA breadcrumb pattern): a named nav landmark,
 * an ordered list, and the current page marked with aria-current. The separators are drawn by CSS,
 * so screen readers do not read them.
 */
export function Breadcrumb({ label, items }: BreadcrumbProps) {
  return (
    <nav aria-label={label} className="breadcrumb">
      <ol>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`}>
              {last || !item.to ? <span aria-current={last ? 'page' : undefined}>{item.label}</span> : <Link to={item.to}>{item.label}</Link>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
