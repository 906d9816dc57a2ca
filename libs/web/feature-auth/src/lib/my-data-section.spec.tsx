import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { FileTransferError, type ProgressDownloadOptions } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { MyDataSection } from './my-data-section';

type Fake = (options?: Omit<ProgressDownloadOptions, 'isWhole'>) => Promise<void>;

/** A download the test steps through: bytes arrive when it says, then it ends or fails. */
function steppedDownload() {
  let options: Omit<ProgressDownloadOptions, 'isWhole'> = {};
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const download: Fake = vi.fn((given = {}) => {
    options = given;
    return new Promise<void>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  });
  return { download, receive: (bytes: number) => options.onProgress?.(bytes), finish: () => finish(), fail: (error: unknown) => fail(error) };
}

const route = { route: '/profile', path: '/profile', me: viewer() };

describe('MyDataSection', () => {
  afterEach(() => localStorage.clear());

  it('downloads the file, says how much has arrived while it comes, then that it is done', async () => {
    const step = steppedDownload();
    renderWithProviders(<MyDataSection download={step.download} />, route);
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger mes données' }));

    expect(await screen.findByText('Préparation du fichier…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger mes données' })).toBeDisabled();
    await act(async () => step.receive(1_234_567));
    expect(await screen.findByText('Téléchargement en cours : 1,2 Mo reçus.')).toBeInTheDocument();
    await act(async () => step.finish());
    expect(await screen.findByText('Vos données sont téléchargées (1,2 Mo).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger mes données' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Ce que la plateforme conserve, et pourquoi' }).getAttribute('href')).toBe('/privacy');
  });

  it('says so when the download stops midway, as an alert', async () => {
    const step = steppedDownload();
    renderWithProviders(<MyDataSection download={step.download} />, route);
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger mes données' }));
    await act(async () => step.receive(830_000));
    expect(await screen.findByText('Téléchargement en cours : 830 ko reçus.')).toBeInTheDocument();
    await act(async () => step.fail(new FileTransferError(0, 'Network error')));
    expect((await screen.findByRole('alert')).textContent).toBe('Le téléchargement a été interrompu avant la fin. Réessayez.');
  });

  it('reads in English, and explains a refusal in words', async () => {
    const step = steppedDownload();
    renderWithProviders(<MyDataSection download={step.download} />, { ...route, language: 'en' });
    expect(screen.getByText(/Download a file of everything the platform keeps about you/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    await act(async () => step.receive(2_000));
    expect(await screen.findByText('Downloading: 2 kB received.')).toBeInTheDocument();
    await act(async () => step.fail(new FileTransferError(401, 'Unauthorized')));
    expect((await screen.findByRole('alert')).textContent).toBe('You are not signed in, or your session has ended. Sign in to continue.');
  });
});
