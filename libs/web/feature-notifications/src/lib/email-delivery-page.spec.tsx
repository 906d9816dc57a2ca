import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NOTIFICATION_KIND_TEXTS } from '@concertation/shared-domain';
import { EmailDeliveryDocument, RetryFailedEmailsDocument } from '@concertation/web-data-access';
import { renderWithProviders, viewer } from '@concertation/web-testing';
import { EmailDeliveryPage } from './email-delivery-page';

const coordinator = viewer({ platformRole: 'COORDINATOR' });
const HOUR = 3_600_000;

function failure(id: string, purpose: 'NOTIFICATION' | 'DIGEST' | 'PASSWORD_RESET', extra: Record<string, unknown> = {}) {
  return {
    __typename: 'EmailFailure' as const,
    id,
    purpose,
    notificationKind: null,
    queuedAt: '2027-01-05T15:00:00.000Z',
    attempts: 5,
    lastError: '550 5.1.1 Adresse inconnue (fictive)',
    recipient: { __typename: 'User' as const, id: `user-${id}`, displayName: 'Alexis Fictif' },
    ...extra,
  };
}

const FAILURES = [
  failure('3f1c2a9e-0000-4000-8000-000000000001', 'NOTIFICATION', { notificationKind: 'MEETING_SCHEDULED' }),
  failure('3f1c2a9e-0000-4000-8000-000000000002', 'DIGEST', { attempts: 1, lastError: null, recipient: null }),
  failure('3f1c2a9e-0000-4000-8000-000000000003', 'PASSWORD_RESET', { attempts: 3 }),
];

function delivery(overrides: Record<string, unknown> = {}) {
  return {
    request: { query: EmailDeliveryDocument },
    result: {
      data: {
        emailDelivery: {
          __typename: 'EmailDelivery',
          pending: 4,
          sentLastDay: 1250,
          failed: 3,
          oldestPendingAt: new Date(Date.now() - 3 * HOUR - 5 * 60_000).toISOString(),
          recentFailures: FAILURES,
          ...overrides,
        },
      },
    },
  };
}

const nothingFailed = () => delivery({ failed: 0, recentFailures: [], pending: 0, oldestPendingAt: null });

describe('EmailDeliveryPage', () => {
  afterEach(() => localStorage.clear());

  it('shows the counts, the oldest wait in words and the recent failures in French, without codes or ids', async () => {
    renderWithProviders(<EmailDeliveryPage />, { mocks: [delivery()], me: coordinator });

    expect(await screen.findByRole('heading', { level: 1, name: 'Envoi des courriels' })).toBeInTheDocument();
    const counts = await screen.findByRole('region', { name: 'En bref' });
    const term = (name: string) => within(counts).getByText(name).nextElementSibling?.textContent;
    expect(term('En attente')).toBe('4');
    expect(term('Envoyés dans les dernières 24 heures')).toMatch(/^1\s250$/);
    expect(term('En échec')).toBe('3');
    expect(within(counts).getByText('Le plus ancien courriel en attente attend depuis 3 heures.')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Échecs récents' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Courriel', 'Destinataire', 'Mis en file', 'Tentatives', 'Dernière erreur']);
    expect(cells(rows[0])).toEqual([
      NOTIFICATION_KIND_TEXTS.FR.MEETING_SCHEDULED.name,
      'Alexis Fictif',
      expect.stringContaining('2027'),
      '5',
      '550 5.1.1 Adresse inconnue (fictive)',
    ]);
    expect(cells(rows[1])).toEqual(['Résumé quotidien', 'Compte supprimé', expect.stringContaining('2027'), '1', 'Aucun détail']);
    expect(cells(rows[2])[0]).toBe('Réinitialisation du mot de passe');
    expect(within(rows[0]).getByText(/2027/).tagName).toBe('TIME');

    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/PASSWORD_RESET|\bDIGEST\b|\bNOTIFICATION\b|3f1c2a9e/);
  });

  it('reads in English', async () => {
    renderWithProviders(<EmailDeliveryPage />, { mocks: [delivery()], me: { ...coordinator, locale: 'EN' }, language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'E-mail delivery' })).toBeInTheDocument();
    expect(await screen.findByText('The oldest e-mail waiting has waited for 3 hours.')).toBeInTheDocument();
    expect(screen.getByText('Sent in the last 24 hours')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Recent failures' });
    expect(within(table).getByRole('rowheader', { name: NOTIFICATION_KIND_TEXTS.EN.MEETING_SCHEDULED.name })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Daily digest' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Password reset' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Queue the failed e-mails again' })).toBeInTheDocument();
  });

  it('says when nothing failed and nothing waits, and offers no retry', async () => {
    renderWithProviders(<EmailDeliveryPage />, { mocks: [nothingFailed()], me: coordinator });

    expect(await screen.findByText('Aucun courriel en échec')).toBeInTheDocument();
    expect(screen.getByText('Aucun courriel n’attend d’être envoyé.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remettre en file les courriels en échec' })).toBeNull();
  });

  it('asks before queuing the failed e-mails again, can be cancelled, then says how many went back', async () => {
    const retry = { request: { query: RetryFailedEmailsDocument }, result: { data: { retryFailedEmails: 3 } } };
    renderWithProviders(<EmailDeliveryPage />, {
      mocks: [
        delivery(),
        retry,
        {
          ...nothingFailed(),
          result: { data: { emailDelivery: { ...nothingFailed().result.data.emailDelivery, pending: 3, oldestPendingAt: new Date().toISOString() } } },
        },
      ],
      me: coordinator,
    });

    const open = await screen.findByRole('button', { name: 'Remettre en file les courriels en échec' });
    fireEvent.click(open);
    let dialog = screen.getByRole('alertdialog', { name: 'Remettre en file les courriels en échec\u00a0?' });
    expect(dialog).toHaveTextContent('Les 3 courriels en échec seront envoyés de nouveau.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(open);
    dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remettre en file' }));
    expect(await screen.findByText('3 courriels remis en file')).toBeInTheDocument();
    expect(screen.getByText('3 courriels remis en file').closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // The counts were fetched again: nothing failed any more, three wait.
    expect(screen.getByText('Aucun courriel en échec')).toBeInTheDocument();
    expect(screen.getByText('Le plus ancien courriel en attente attend depuis moins d’une minute.')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('3 courriels remis en file').closest('[tabindex="-1"]')));
  });

  it('refreshes the counts on demand', async () => {
    renderWithProviders(<EmailDeliveryPage />, { mocks: [delivery(), nothingFailed()], me: coordinator });
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Actualiser' }));
    expect(await screen.findByText('Aucun courriel en échec')).toBeInTheDocument();
  });
});
