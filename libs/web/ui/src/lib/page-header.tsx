import { useEffect, type ReactNode } from 'react';

export const APP_NAME = 'Concertation';

/** Each page names itself in the browser tab too, so that people using screen readers know where they are. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title && typeof document !== 'undefined') document.title = `${title} · ${APP_NAME}`;
  }, [title]);
}

export interface PageHeaderProps {
  title: string;
  /** A short line above the title: the kind of page (« Table de concertation »). */
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /**
   * 2 for a tab inside a page that has its own h1 (a table's tabs): the heading goes one level down,
   * and the page around it names the browser tab.
   */
  level?: 1 | 2;
}

export function PageHeader({ title, eyebrow, description, actions, level = 1 }: PageHeaderProps) {
  useDocumentTitle(level === 1 ? title : null);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className={level === 1 ? 'page-header' : 'page-header page-header--level-2'}>
      <div className="page-header__text">
        {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
        <Heading className="page-header__title">{title}</Heading>
        {description && <div className="page-header__description">{description}</div>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}
