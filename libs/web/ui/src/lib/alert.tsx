import type { ReactNode } from 'react';
import { cx } from './class-names';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** Errors interrupt (role="alert"); other messages are announced politely (role="status"). */
export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  return (
    <div className={cx('alert', `alert--${tone}`, className)} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}

export function ErrorMessage({ title, children, className }: Omit<AlertProps, 'tone'>) {
  return (
    <Alert tone="error" title={title} className={className}>
      {children}
    </Alert>
  );
}
