import { useId, type ReactNode } from 'react';

export interface SectionProps {
  title: ReactNode;
  /** Pages use h1 for themselves, h2 for their sections and h3 inside those: headings stay in order. */
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}

export function Section({ title, level = 2, actions, children, id }: SectionProps) {
  const generated = useId();
  const headingId = `${id ?? `section-${generated}`}-heading`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`section section--level-${level}`} aria-labelledby={headingId} id={id}>
      <div className="section__header">
        <Heading id={headingId} className="section__title">
          {title}
        </Heading>
        {actions && <div className="section__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
