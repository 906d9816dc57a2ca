import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ConfirmDialog } from './confirm-dialog';
import { useConfirmedAction } from './use-confirmed-action';

function Harness({ action }: { action: () => Promise<unknown> }) {
  const confirmed = useConfirmedAction<'close'>((error) => `Failed: ${(error as Error).message}`);
  return (
    <>
      {confirmed.notice && <p role="status">{confirmed.notice}</p>}
      {confirmed.error && <p role="alert">{confirmed.error}</p>}
      <button onClick={() => confirmed.ask('close')}>Close the consultation</button>
      <ConfirmDialog
        {...confirmed.dialog('close')}
        title="Close it?"
        confirmLabel="Close"
        cancelLabel="Cancel"
        onConfirm={() => void confirmed.run(action, 'Closed.')}
      >
        No more answers.
      </ConfirmDialog>
    </>
  );
}

describe('useConfirmedAction', () => {
  it('asks, then acts and says it was done', async () => {
    render(<Harness action={async () => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close the consultation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Closed.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says what went wrong, and nothing happens on cancel', async () => {
    render(<Harness action={() => Promise.reject(new Error('forbidden'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close the consultation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Close the consultation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed: forbidden');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
