import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ActionMenu } from './action-menu';

function Example({ onEdit }: { onEdit: () => void }) {
  return (
    <>
      <ActionMenu label="Plus d’actions" accessibleLabel="Plus d’actions pour « Bilan »">
        {(close) => (
          <>
            <button type="button" onClick={onEdit}>
              Modifier
            </button>
            <button
              type="button"
              onClick={() => {
                close();
              }}
            >
              Retirer
            </button>
          </>
        )}
      </ActionMenu>
      <p>Ailleurs</p>
    </>
  );
}

describe('ActionMenu', () => {
  it('is a disclosure: the button says whether its actions are shown', () => {
    render(<Example onEdit={() => undefined} />);
    const toggle = screen.getByRole('button', { name: 'Plus d’actions pour « Bilan »' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(screen.getByRole('button', { name: 'Modifier' }));
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with Escape from any of its actions and gives the focus back to its button', () => {
    const onEdit = vi.fn();
    render(<Example onEdit={onEdit} />);
    const toggle = screen.getByRole('button', { name: 'Plus d’actions pour « Bilan »' });
    fireEvent.click(toggle);
    const edit = screen.getByRole('button', { name: 'Modifier' });
    edit.focus();
    fireEvent.keyDown(edit, { key: 'Escape' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Modifier' })).toBeNull();
  });

  it('closes when an action asks it to, and on a click elsewhere', () => {
    render(<Example onEdit={() => undefined} />);
    const toggle = screen.getByRole('button', { name: 'Plus d’actions pour « Bilan »' });
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Retirer' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    fireEvent.click(toggle);
    fireEvent.mouseDown(screen.getByText('Ailleurs'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
