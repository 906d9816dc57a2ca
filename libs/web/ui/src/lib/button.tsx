import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx } from './class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export function buttonClassName(variant: ButtonVariant = 'primary', size: 'normal' | 'small' = 'normal'): string {
  return cx('btn', `btn--${variant}`, size === 'small' && 'btn--small');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  /** Disables the button while its action runs, so that it is not sent twice. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', size = 'normal', busy = false, className, disabled, type, children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type ?? 'button'}
      className={cx(buttonClassName(variant, size), className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy && <span className="btn__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
