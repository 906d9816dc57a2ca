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
}

export function PageHeader({ title, eyebrow, description, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <div className="page-header__text">
        {eyebrow && <p className="page-header__eyebrow">{eyebrow}</p>}
        <h1 className="page-header__title">{title}</h1>
        {description && <div className="page-header__description">{description}</div>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}
