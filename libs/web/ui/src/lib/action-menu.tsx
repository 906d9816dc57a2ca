import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { Button, type ButtonVariant } from './button';
import { cx } from './class-names';

export interface ActionMenuProps {
  /** The button's visible text (« Plus d’actions »). */
  label: string;
  /** A more specific name for screen readers, when several menus sit on one page (« Plus d’actions pour « Bilan » »). */
  accessibleLabel?: string;
  variant?: ButtonVariant;
  /**
   * The actions, usually buttons. `close` hides the menu and gives the focus back to its button:
   * call it before an action that opens a dialog, so that the dialog returns the focus there too.
   */
  children: (close: () => void) => ReactNode;
  className?: string;
  /** The menu's button, for a caller that gives the focus back to it later (after a form it opened closes). */
  buttonRef?: RefObject<HTMLButtonElement | null>;
}

/**
 * A disclosure that holds secondary actions: a button (aria-expanded) that shows or hides a list
 * of actions. Escape or a click elsewhere closes it; Escape gives the focus back to the button.
 * Not an ARIA `menu`: its actions are ordinary buttons reached with Tab, which keeps them usable
 * with every screen reader and lets them hold their own keyboard shortcuts.
 */
export function ActionMenu({ label, accessibleLabel, variant = 'secondary', children, className, buttonRef: givenRef }: ActionMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const ownRef = useRef<HTMLButtonElement>(null);
  const buttonRef = givenRef ?? ownRef;

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    close();
  };

  return (
    <div ref={rootRef} className={cx('action-menu', open && 'action-menu--open', className)} onKeyDown={onKeyDown}>
      <Button
        ref={buttonRef}
        size="small"
        variant={variant}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={accessibleLabel}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <span className="action-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <div id={`${id}-panel`} className="action-menu__panel" hidden={!open}>
        {open && children(close)}
      </div>
    </div>
  );
}
