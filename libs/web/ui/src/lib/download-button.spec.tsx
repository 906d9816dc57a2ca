import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DownloadButton } from './download-button';

describe('DownloadButton', () => {
  it('fetches its file under its name and stays busy until the file is saved', async () => {
    let save = () => undefined as void;
    const fetchFile = vi.fn(() => new Promise<void>((resolve) => (save = resolve)));
    const onError = vi.fn();
    render(
      <DownloadButton variant="secondary" path="/meetings/meeting-1.ics" fileName="Rencontre.ics" fetchFile={fetchFile} onError={onError}>
        Ajouter à mon agenda
      </DownloadButton>,
    );
    const button = screen.getByRole('button', { name: 'Ajouter à mon agenda' });
    expect(button.className).toContain('btn--secondary');

    fireEvent.click(button);
    expect(fetchFile).toHaveBeenCalledWith('/meetings/meeting-1.ics', 'Rencontre.ics');
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');

    await act(async () => save());
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-busy')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('hands a refusal to the screen and can be pressed again', async () => {
    const refusal = new Error('403');
    const fetchFile = vi.fn().mockRejectedValue(refusal);
    const onError = vi.fn();
    render(
      <DownloadButton path="/attachments/a1" fileName="a.pdf" fetchFile={fetchFile} onError={onError} aria-label="Télécharger a.pdf">
        a.pdf
      </DownloadButton>,
    );
    const button = screen.getByRole('button', { name: 'Télécharger a.pdf' });
    fireEvent.click(button);
    await waitFor(() => expect(onError).toHaveBeenCalledWith(refusal));
    expect(button.hasAttribute('disabled')).toBe(false);
  });
});
